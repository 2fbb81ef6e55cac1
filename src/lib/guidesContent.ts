import { getCollection, type CollectionEntry } from 'astro:content';
import type { Claim } from '../schemas/claim';
import { publishedDatasets, type PublishedDataset } from './catalog';
import { chapterHref, chapterSlug } from './chapters';
import { loadClaims } from './data';
import { chapterProse, unusedTermClaims } from './glossaryUses';
import { readingMinutes } from './readingTime';
import { ANSWERS, type WorkedAnswer } from './guideAnswers';
import { guideProblems } from './guides';
import { withBase } from './url';

/** A teacher guide with everything its pages show: the chapter, the terms, the dataset, the claims and the worked answer. */
export interface LoadedGuide {
  guide: CollectionEntry<'guides'>['data'];
  slug: string;
  order: number;
  chapterTitle: string;
  chapterHref: string;
  /** The chapter's reading time in minutes, as the home and chapter pages give it. */
  readingMinutes: number;
  href: string;
  answersHref: string;
  packHref: string;
  /** The key terms, each used in the chapter's text. */
  terms: { id: string; term: string; definition: string }[];
  /** Terms to teach alongside that the chapter's text does not use. */
  related: { id: string; term: string; definition: string }[];
  dataset: PublishedDataset;
  contested: { claim: Claim; prompt: string }[];
  answer: WorkedAnswer;
}

let loaded: Promise<LoadedGuide[]> | undefined;

/** Every guide in chapter order; a guide naming a missing chapter, term, claim, dataset or column stops the build. */
export function loadGuides(): Promise<LoadedGuide[]> {
  loaded ??= build();
  return loaded;
}

async function build(): Promise<LoadedGuide[]> {
  const [chapters, guides, glossary] = await Promise.all([
    getCollection('chapters'),
    getCollection('guides'),
    getCollection('glossary'),
  ]);
  const datasets = publishedDatasets();
  const claims = loadClaims();
  const world = {
    catalog: datasets.map((d) => d.entry),
    glossary: new Set(glossary.map((t) => t.id)),
    claims: new Set(claims.map((c) => c.id)),
    chapters: new Set(chapters.map((c) => c.id)),
  };
  const entries = glossary.map((t) => ({ id: t.id, ...t.data }));
  const prose = (id: string) => {
    const chapter = chapters.find((c) => c.id === id);
    return chapter?.body === undefined ? undefined : chapterProse(chapter.body, chapter.data.title);
  };
  const problems = [
    ...guides.flatMap((g) => guideProblems({ id: g.id, ...g.data }, world)),
    // A key term is one the chapter uses; a term it does not use belongs under `related`.
    ...guides.flatMap((g) =>
      unusedTermClaims(
        `content/guides/${g.id}.yml: terms`,
        g.data.terms.map((id) => ({ id, chapter: g.data.chapter })),
        entries,
        prose,
      ),
    ),
  ];
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const term = (id: string) => {
    const t = glossary.find((e) => e.id === id)!;
    return { id, term: t.data.term, definition: t.data.definition };
  };
  const rowsOf = (id: string) => datasets.find((d) => d.entry.id === id)?.rows ?? [];
  return guides
    .map((g) => {
      const chapter = chapters.find((c) => c.id === g.data.chapter)!;
      const slug = chapterSlug(chapter.id);
      return {
        guide: g.data,
        slug,
        order: chapter.data.order,
        chapterTitle: chapter.data.title,
        chapterHref: chapterHref(chapter.id),
        readingMinutes: readingMinutes(chapter.body ?? ''),
        href: withBase(`/classroom/${slug}/`),
        answersHref: withBase(`/classroom/${slug}/answers/`),
        packHref: withBase(`/classroom/${slug}-pack.zip`),
        terms: g.data.terms.map(term),
        related: g.data.related.map(term),
        dataset: datasets.find((d) => d.entry.id === g.data.activity.dataset)!,
        contested: g.data.contested.map((c) => ({ claim: claims.find((k) => k.id === c.claim)!, prompt: c.prompt })),
        answer: ANSWERS[g.data.activity.answer]!(rowsOf),
      };
    })
    .sort((a, b) => a.order - b.order);
}
