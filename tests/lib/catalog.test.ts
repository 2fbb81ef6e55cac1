import { describe, expect, it } from 'vitest';
import { publishedDatasets } from '../../src/lib/catalog';

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('the published catalog', () => {
  it("gives each dataset's coverage as two dates, from its first dated row to its last", () => {
    for (const { entry, rows } of publishedDatasets()) {
      const dates = rows.map((r) => r['date']).filter((d): d is string => typeof d === 'string' && d !== '');
      expect(entry.coverage, entry.id).toEqual([dates.toSorted()[0], dates.toSorted().at(-1)]);
      for (const d of entry.coverage) expect(d, entry.id).toMatch(ISO);
    }
  });

  it('ends the Bitcoin schedule at its last dated halving, not at the epochs whose dates are not yet known', () => {
    const bitcoin = publishedDatasets().find((d) => d.entry.id === 'bitcoin-supply')!;
    expect(bitcoin.rows.some((r) => r['date'] === null || r['date'] === undefined || r['date'] === '')).toBe(true);
    expect(bitcoin.entry.coverage[0]).toBe('2009-01-03');
    expect(bitcoin.entry.coverage[1]).toMatch(/^20\d\d-\d\d-\d\d$/);
  });
});
