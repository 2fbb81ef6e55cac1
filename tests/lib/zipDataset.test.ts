import { describe, expect, it } from 'vitest';
import { publishedDatasets } from '../../src/lib/catalog';
import { loadSources } from '../../src/lib/data';
import { datasetZip } from '../../src/lib/zipDataset';
import { unzip } from '../../src/lib/zipRead';

function readZip(bytes: Uint8Array): Map<string, string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Map(unzip(bytes).map((f) => [f.name, decoder.decode(f.data)]));
}

describe('datasetZip', () => {
  const dataset = publishedDatasets().find((d) => d.entry.id === 'gold-price')!;
  const { bytes } = datasetZip(dataset, loadSources(), 'https://example.org/data/#gold-price', '2026-12-06');
  const files = readZip(bytes);

  it('datasetZip(gold-price) holds the CSV, metadata.json and README.md', () => {
    expect([...files.keys()]).toEqual(['gold-price.csv', 'metadata.json', 'README.md']);
    const csv = files.get('gold-price.csv')!;
    expect(csv.split('\n')[0]).toBe(dataset.entry.columns.map((c) => c.name).join(','));
    expect(csv.trim().split('\n')).toHaveLength(dataset.rows.length + 1);
  });

  it('metadata.json names columns with units, every source with its licence, the licence and the vintage', () => {
    const meta = JSON.parse(files.get('metadata.json')!) as Record<string, unknown> & {
      columns: { name: string; unit: string }[];
      sources: { id: string; licence: string }[];
      vintage: { checksum: string; built: string };
    };
    expect(meta['id']).toBe('gold-price');
    expect(meta['licence']).toBe(dataset.entry.licence);
    expect(meta.columns.map((c) => c.name)).toEqual(dataset.entry.columns.map((c) => c.name));
    expect(meta.columns.every((c) => typeof c.unit === 'string')).toBe(true);
    expect(meta.sources.map((s) => s.id)).toEqual(dataset.entry.sources);
    expect(meta.sources.every((s) => s.licence.length > 0)).toBe(true);
    expect(meta.vintage.checksum).toMatch(/^[0-9a-f]{16}$/);
    expect(meta.vintage.built).toBe('2026-12-06');
  });

  it('README.md says how to cite the table, with its address', () => {
    const readme = files.get('README.md')!;
    expect(readme).toContain('## How to cite');
    expect(readme).toContain('https://example.org/data/#gold-price');
    expect(readme).toContain(dataset.entry.title);
  });
});
