import { citation, SITE_CITATION } from './cite';
import type { PublishedDataset } from './catalog';
import { datasetChecksum } from './checksum';
import { formatCsv } from './csv';
import type { SourceIndex } from './sourceIndex';
import { zip } from './zip';

/** What `metadata.json` in a dataset's zip says. */
export interface DatasetMetadata {
  id: string;
  title: string;
  description: string;
  unit: string;
  frequency: string;
  coverage: [string, string];
  rows: number;
  columns: { name: string; type: string; unit: string; description: string }[];
  licence: string;
  sources: {
    id: string;
    author: string;
    title: string;
    publisher: string;
    year: number;
    url?: string;
    locator: string;
    accessed: string;
    licence: string;
  }[];
  /** Which values these are: the checksum of the rows, the source vintages in them, and when the file was built. */
  vintage: { checksum: string; vintages: string[]; built: string };
  /** How to cite the table. */
  cite: string;
}

/**
 * A dataset's download bundle: its CSV, a `metadata.json` (columns, units, sources,
 * licence, vintage) and a README that says what it is and how to cite it.
 * `url` is the dataset's address on the site; `built` the build date (ISO).
 */
export function datasetZip(
  dataset: PublishedDataset,
  sources: SourceIndex,
  url: string,
  built: string,
): { bytes: Uint8Array<ArrayBuffer>; metadata: DatasetMetadata; readme: string } {
  const { entry, rows } = dataset;
  const vintages = [...new Set(rows.map((r) => r['vintage']).filter((v) => typeof v === 'string'))].sort() as string[];
  const cite = citation('APA', { title: entry.title, url, accessed: built, published: SITE_CITATION.published });
  const metadata: DatasetMetadata = {
    id: entry.id,
    title: entry.title,
    description: entry.description,
    unit: entry.unit,
    frequency: entry.frequency,
    coverage: entry.coverage,
    rows: entry.rows,
    columns: entry.columns.map(({ name, type, unit, description }) => ({ name, type, unit, description })),
    licence: entry.licence,
    sources: entry.sources.map((id) => {
      const s = sources.get(id);
      if (!s) throw new Error(`/data/${entry.id}.zip: unknown source id "${id}"`);
      return {
        id: s.id,
        author: s.author,
        title: s.title,
        publisher: s.publisher,
        year: s.year,
        ...(s.url ? { url: s.url } : {}),
        locator: s.locator,
        accessed: s.accessed,
        licence: s.licence,
      };
    }),
    vintage: { checksum: datasetChecksum(rows), vintages, built },
    cite,
  };
  const readme = [
    `# ${entry.title}`,
    '',
    entry.description,
    '',
    `- File: \`${entry.id}.csv\` (${entry.rows} rows, ${entry.coverage[0]} to ${entry.coverage[1]}, ${entry.frequency})`,
    `- Unit: ${entry.unit}`,
    `- Licence: ${entry.licence}`,
    `- Checksum of the rows: ${metadata.vintage.checksum}${vintages.length ? `; source vintages: ${vintages.join(', ')}` : ''}`,
    `- Online: ${url}`,
    '',
    '## Columns',
    '',
    ...metadata.columns.map((c) => `- \`${c.name}\` (${c.type}${c.unit ? `, ${c.unit}` : ''}): ${c.description}`),
    '',
    '## Sources',
    '',
    ...metadata.sources.map(
      (s) =>
        `- ${s.author}, ${s.title}, ${s.publisher}, ${s.year}; ${s.locator}.${s.url ? ` ${s.url}` : ''} Licence: ${s.licence}.`,
    ),
    '',
    '## How to cite',
    '',
    'Cite this table and, for its values, the original publishers above. For example (APA):',
    '',
    `> ${cite}`,
    '',
    `\`metadata.json\` has the columns, units, sources, licence and vintage in machine-readable form. ${entry.notes}`.trim(),
    '',
  ].join('\n');
  const csv = formatCsv(
    entry.columns.map((c) => c.name),
    rows,
  );
  const bytes = zip([
    { name: `${entry.id}.csv`, data: csv },
    { name: 'metadata.json', data: `${JSON.stringify(metadata, null, 2)}\n` },
    { name: 'README.md', data: readme },
  ]);
  return { bytes, metadata, readme };
}
