import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { publishedDatasets } from '../../lib/catalog';
import { chapterHref } from '../../lib/chapters';
import { loadGuides } from '../../lib/guidesContent';
import { imsccFiles, type KitGroup } from '../../lib/imscc';
import { withBase } from '../../lib/url';
import { zip } from '../../lib/zip';

/** The whole classroom kit as an IMS Common Cartridge 1.1: weblinks to the chapters, guides, answers and data. */
export const GET: APIRoute = async ({ site }) => {
  const guides = await loadGuides();
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const groups: KitGroup[] = [
    {
      title: 'Start here',
      links: [
        { title: 'Classroom kit', href: withBase('/classroom/') },
        { title: 'Lesson plans (45 and 90 minutes)', href: withBase('/classroom/lesson-plans/') },
        { title: 'Reading primary sources', href: withBase('/classroom/sources/') },
        { title: 'Glossary', href: withBase('/glossary/') },
        { title: 'Claim ledger', href: withBase('/claims/') },
      ],
    },
    {
      title: 'Chapters of the essay',
      links: chapters.map((c) => ({ title: `${c.data.order}. ${c.data.title}`, href: chapterHref(c.id) })),
    },
    { title: 'Teacher guides', links: guides.map((g) => ({ title: `Guide: ${g.chapterTitle}`, href: g.href })) },
    {
      title: 'Answers (teachers only)',
      links: guides.map((g) => ({ title: `Answers: ${g.chapterTitle}`, href: g.answersHref })),
      instructorOnly: true,
    },
    {
      title: 'Data',
      links: [
        { title: 'All datasets, with sources and licences', href: withBase('/data/') },
        ...publishedDatasets().map((d) => ({ title: `${d.entry.title} (CSV)`, href: d.entry.csv })),
      ],
    },
  ];
  const files = imsccFiles('Reserve currencies: a history to test. Classroom kit', groups, site);
  return new Response(zip(files), { headers: { 'Content-Type': 'application/zip' } });
};
