import { claimPath } from './claimLedger';
import { formatResult } from './guideAnswers';
import type { LoadedGuide } from './guidesContent';

/** Joins Markdown blocks with blank lines. */
const blocks = (...parts: (string | string[])[]) => parts.flat().join('\n\n') + '\n';
const numbered = (items: readonly string[]) => items.map((s, i) => `${i + 1}. ${s}`).join('\n');
const bullets = (items: readonly string[]) => items.map((s) => `- ${s}`).join('\n');

/** The activity as students get it: the question, the file, the columns and the steps. */
function activityMarkdown(g: LoadedGuide, dataFile: string): string[] {
  const { activity } = g.guide;
  const { entry } = g.dataset;
  return [
    `**${activity.title}**`,
    `Data: \`${dataFile}\` (${entry.title}), also at ${entry.csv} on the site.`,
    'Columns used:',
    bullets(activity.columns.map((name) => `\`${name}\`: ${entry.columns.find((c) => c.name === name)!.description}`)),
    numbered(activity.steps),
  ];
}

/** The teacher guide as Markdown, with site-relative links (prefix them with the site's address). */
export function guideMarkdown(g: LoadedGuide, dataFile: string): string {
  return blocks(
    `# Teacher guide: ${g.chapterTitle}`,
    `Chapter ${g.order} of the essay, at ${g.chapterHref}. Guide on the web: ${g.href}`,
    '## Learning objectives',
    numbered(g.guide.objectives),
    '## Key terms',
    bullets(g.terms.map((t) => `**${t.term}** (glossary: /glossary/#${t.id}): ${t.definition}`)),
    ...(g.related.length > 0
      ? [
          'Related terms to teach alongside; the chapter itself does not use these words:',
          bullets(g.related.map((t) => `**${t.term}** (glossary: /glossary/#${t.id}): ${t.definition}`)),
        ]
      : []),
    '## Discussion questions',
    numbered(g.guide.questions),
    '## Data activity',
    activityMarkdown(g, dataFile),
    'The worked answer is in `answers.md`.',
    '## Where the article is contested',
    g.contested.map(
      ({ claim, prompt }) =>
        `> ${claim.claim_en}\n\nOur verdict: **${claim.verdict}** (${claimPath(claim.id)}). ${prompt}`,
    ),
  );
}

/** The worksheet students fill in: the activity with room for their results. */
export function worksheetMarkdown(g: LoadedGuide, dataFile: string): string {
  return blocks(
    `# Worksheet: ${g.chapterTitle}`,
    'Name: ______________________    Date: ____________',
    activityMarkdown(g, dataFile),
    '## My results',
    g.answer.results.map((r) => `${r.task}: ______________________`),
    '## One sentence: what did the data show, and what would you still need to know?',
    '______________________________________________________________\n\n______________________________________________________________',
  );
}

/** The worked answer, with the numbers computed from the data at build time. */
export function answersMarkdown(g: LoadedGuide): string {
  const { answer } = g;
  const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return blocks(
    `# Answers: ${g.chapterTitle}`,
    `For the teacher. Computed from the published data when the site was built; on the web: ${g.answersHref}`,
    `**${g.guide.activity.title}**`,
    '## The rows students should find',
    [row(answer.columns), row(answer.columns.map(() => '---')), ...answer.rows.map(row)].join('\n'),
    '## Results',
    bullets(answer.results.map((r) => `${r.label}: **${formatResult(r)}**`)),
    '## What it shows',
    g.guide.activity.debrief,
  );
}
