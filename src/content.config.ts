import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { GUIDE_MAPS } from './lib/eraMaps';

/** Essay chapters: MDX files in `content/chapters/`, ordered by `order`. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: z.object({
    /** Chapter title. */
    title: z.string(),
    /** One-sentence summary for the table of contents and link previews. */
    description: z.string(),
    /** Position in the essay, from 1. */
    order: z.number().int().min(1),
    /** The era the chapter is mainly about, for its colour; none for general chapters. */
    era: z.enum(['guilder', 'sterling', 'dollar', 'bitcoin']).optional(),
  }),
});

/** Glossary terms: `content/glossary.yml`, one entry per term, defined in our own words. */
const glossary = defineCollection({
  loader: file('./content/glossary.yml'),
  schema: z.object({
    /** The term as the essay writes it. */
    term: z.string().min(1),
    /** Other spellings and inflections the essay uses, to find a term's first use in a chapter. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One to three sentences, in our own words; numbers belong in data/, not here. */
    definition: z.string().min(20),
    /** Slugs of the chapters where the term matters; each must use the term or an alias (the build checks). */
    chapters: z.array(z.string()).default([]),
  }),
});

/** Teacher guides: `content/guides/<chapter-slug>.yml`, one per chapter, checked against the data by `guideProblems`. */
const guides = defineCollection({
  loader: glob({ pattern: '*.yml', base: './content/guides' }),
  schema: z.object({
    /** The chapter's file id (`04-the-dollar-era`). */
    chapter: z.string(),
    /** What students should be able to do after the lesson, each a sentence starting with a verb. */
    objectives: z.array(z.string().min(10)).min(2).max(5),
    /** Glossary ids (`content/glossary.yml`) of the key terms: each one the chapter uses (the build checks). */
    terms: z.array(z.string()).min(2),
    /** Glossary ids of terms worth teaching with the chapter that its text does not use, shown apart as background. */
    related: z.array(z.string()).default([]),
    /** Questions for discussion, in our own words. */
    questions: z.array(z.string().min(10)).min(3).max(5),
    /** One data activity on a published dataset, done in a spreadsheet or by hand. */
    activity: z.object({
      /** What the activity finds out, as a question. */
      title: z.string(),
      /** The dataset id, as `/data/catalog.json` lists it. */
      dataset: z.string(),
      /** The columns the steps use, as the catalog names them. */
      columns: z.array(z.string()).min(1),
      /** The steps, in order. */
      steps: z.array(z.string().min(10)).min(3),
      /** Key of the worked answer in `src/lib/guideAnswers.ts`: its numbers are computed from the same rows. */
      answer: z.string(),
      /** For the teacher: what the answer shows and what to discuss, without numbers (they are on the answer page). */
      debrief: z.string().min(20),
    }),
    /** An era map to show in the guide (`src/components/GuideMap.astro`). */
    map: z.enum(GUIDE_MAPS).optional(),
    /** Where the article is contested: prompts built on claims of the ledger (`data/claims.yml`). */
    contested: z
      .array(
        z.object({
          /** Claim id. */
          claim: z.string(),
          /** A question for students about the claim and our verdict. */
          prompt: z.string().min(20),
        }),
      )
      .min(1),
  }),
});

export const collections = { chapters, glossary, guides };
