import { formatCsv } from './csv';
import type { LoadedGuide } from './guidesContent';
import { answersMarkdown, guideMarkdown, worksheetMarkdown } from './guidesMarkdown';

/** The files of one chapter's classroom pack, by their path inside the zip. */
export function packFiles(g: LoadedGuide): { name: string; data: string }[] {
  const { entry, rows } = g.dataset;
  const dataFile = `data/${entry.id}.csv`;
  return [
    {
      name: 'README.txt',
      data: [
        `Classroom pack: ${g.chapterTitle}`,
        '',
        'guide.md       the teacher guide: objectives, key terms, questions, the data activity, contested claims',
        'worksheet.md   the activity for students, with room for their results (print it)',
        'answers.md     the worked answer, for the teacher',
        `${dataFile.padEnd(14)} the data the activity uses, as published on the site`,
        `figures/       the chapter's step figures as PNG, named by their printed numbers (figure-${g.order}.1.png is Figure ${g.order}.1),\n               their captions and addresses in figures/captions.txt`,
        '',
        'Links starting with / are on the essay site. Data licence and sources: /data/ on the site.',
        '',
      ].join('\n'),
    },
    { name: 'guide.md', data: guideMarkdown(g, dataFile) },
    { name: 'worksheet.md', data: worksheetMarkdown(g, dataFile) },
    { name: 'answers.md', data: answersMarkdown(g) },
    {
      name: dataFile,
      data: formatCsv(
        entry.columns.map((c) => c.name),
        rows,
      ),
    },
  ];
}
