import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedDatasets, type PublishedDataset } from '../../lib/catalog';
import { formatCsv } from '../../lib/csv';

export const getStaticPaths = (() =>
  publishedDatasets().map((dataset) => ({
    params: { id: dataset.entry.id },
    props: { dataset },
  }))) satisfies GetStaticPaths;

/** A dataset as CSV, written from the validated rows (lists joined with `;`). */
export const GET: APIRoute<{ dataset: PublishedDataset }> = ({ props }) => {
  const { entry, rows } = props.dataset;
  return new Response(
    formatCsv(
      entry.columns.map((c) => c.name),
      rows,
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
