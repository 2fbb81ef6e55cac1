import { getCollection } from 'astro:content';
import { chapterSlug } from './chapters';
import type { ChapterInfo } from './previewCards';
import { chapterLead } from './previewLead';

/** The chapters as preview cards need them, in reading order. */
export async function previewChapters(): Promise<ChapterInfo[]> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  return chapters.map((c) => ({
    slug: chapterSlug(c.id),
    title: c.data.title,
    description: c.data.description,
    order: c.data.order,
    era: c.data.era,
    lead: chapterLead(c.body ?? ''),
  }));
}
