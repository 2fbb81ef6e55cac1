import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedDatasets, type PublishedDataset } from '../../lib/catalog';

export const getStaticPaths = (() =>
  publishedDatasets().map((dataset) => ({
    params: { id: dataset.entry.id },
    props: { dataset },
  }))) satisfies GetStaticPaths;

/** A dataset as JSON: its catalog entry and its rows. */
export const GET: APIRoute<{ dataset: PublishedDataset }> = ({ props }) =>
  new Response(JSON.stringify({ dataset: props.dataset.entry, rows: props.dataset.rows }, null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
