import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

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
    /** Slugs of the chapters where the term matters. */
    chapters: z.array(z.string()).default([]),
  }),
});

export const collections = { chapters, glossary };
