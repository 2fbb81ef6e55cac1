import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedDatasets, type PublishedDataset } from '../../lib/catalog';
import { loadSources } from '../../lib/data';
import { withBase } from '../../lib/url';
import { datasetZip } from '../../lib/zipDataset';

export const getStaticPaths = (() =>
  publishedDatasets().map((dataset) => ({
    params: { id: dataset.entry.id },
    props: { dataset },
  }))) satisfies GetStaticPaths;

/** A dataset's bundle: its CSV, `metadata.json` and a README with how to cite it. */
export const GET: APIRoute<{ dataset: PublishedDataset }> = ({ props, site }) => {
  const path = withBase(`/data/#${props.dataset.entry.id}`);
  const url = site ? new URL(path, site).href : path;
  const { bytes } = datasetZip(props.dataset, loadSources(), url, new Date().toISOString().slice(0, 10));
  return new Response(bytes, { headers: { 'Content-Type': 'application/zip' } });
};
