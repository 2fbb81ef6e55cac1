import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { publishedDatasets } from '../../src/lib/catalog';
import { loadSources } from '../../src/lib/data';
import { crc32, zipStore } from '../../src/lib/zip';
import { datasetZip } from '../../src/lib/zipDataset';
import { readStoredZip } from './zipRead';

describe('zipStore', () => {
  it('crc32(bytes) agrees with zlib', () => {
    const bytes = new TextEncoder().encode('Reserve currencies, £ and € and 美元');
    expect(crc32(bytes)).toBe(nodeCrc32(bytes));
  });

  it('zipStore(entries) gives an archive an unzip reads back, byte for byte, with UTF-8 names', () => {
    const zip = zipStore([
      { name: 'a.csv', data: 'date,value\n1971,35\n' },
      { name: 'über.txt', data: 'ümlaut' },
    ]);
    expect([...readStoredZip(zip)]).toEqual([
      ['a.csv', 'date,value\n1971,35\n'],
      ['über.txt', 'ümlaut'],
    ]);
  });
});

describe('datasetZip', () => {
  const dataset = publishedDatasets().find((d) => d.entry.id === 'gold-price')!;
  const { bytes } = datasetZip(dataset, loadSources(), 'https://example.org/data/#gold-price', '2026-12-06');
  const files = readStoredZip(bytes);

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
