import { extent } from 'd3-array';
import { DATASETS } from '../schemas/datasets/index';
import type { DatasetMeta } from '../schemas/datasetMeta';
import { data, type DataStore } from './data';
import { withBase } from './url';

/** One dataset as the public catalog describes it (`/data/catalog.json`). */
export interface CatalogEntry extends Omit<DatasetMeta, 'notes'> {
  id: string;
  notes: string;
  /** First and last date in the rows. */
  coverage: [string, string];
  /** Number of rows. */
  rows: number;
  /** Paths of the downloads. */
  csv: string;
  json: string;
}

/** A published table: its catalog entry, its columns and its rows as plain values. */
export interface PublishedDataset {
  entry: CatalogEntry;
  rows: Record<string, unknown>[];
}

const published = new WeakMap<DataStore, PublishedDataset[]>();

/** Every dataset the site publishes, validated, in catalog order: the tables, then the events (computed once per store). */
export function publishedDatasets(store: DataStore = data): PublishedDataset[] {
  const cached = published.get(store);
  if (cached) return cached;
  const result = buildPublished(store);
  published.set(store, result);
  return result;
}

function buildPublished(store: DataStore): PublishedDataset[] {
  const tables = DATASETS.map((def) => ({ id: def.id, rows: store.rows(def).rows }));
  const all = [...tables, { id: 'events', rows: store.events().rows as unknown as Record<string, unknown>[] }];
  return all.map(({ id, rows }) => {
    const meta = store.meta(id);
    // Over the rows that have a date: a row may be dated later than the data (a future halving has none yet).
    const [start, end] = extent(
      rows.filter((r) => typeof r['date'] === 'string' && r['date'] !== ''),
      (r) => r['date'] as string,
    );
    const cited = rows.flatMap((r) => (Array.isArray(r['source']) ? (r['source'] as string[]) : []));
    return {
      entry: {
        id,
        ...meta,
        sources: [...new Set([...meta.sources, ...cited])],
        coverage: [start ?? '', end ?? ''],
        rows: rows.length,
        csv: withBase(`/data/${id}.csv`),
        json: withBase(`/data/${id}.json`),
      },
      rows,
    };
  });
}
