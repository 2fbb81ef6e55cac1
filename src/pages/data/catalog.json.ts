import type { APIRoute } from 'astro';
import { publishedDatasets } from '../../lib/catalog';

/** The machine-readable list of every dataset, its columns, coverage, sources and downloads. */
export const GET: APIRoute = () => {
  const datasets = publishedDatasets().map((d) => d.entry);
  return new Response(JSON.stringify({ datasets }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
