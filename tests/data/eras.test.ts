import { describe, expect, it } from 'vitest';
import { loadEras } from '../../src/lib/data';

const eras = loadEras();

/** The years a dating names, in phase order. */
function phases(d: { rise: number; peak?: number; decline?: number; end?: number }): number[] {
  return [d.rise, d.peak, d.decline, d.end].filter((y): y is number => y !== undefined);
}

describe('eras', () => {
  it('lists the four eras in order: guilder, sterling, dollar, bitcoin', () => {
    expect(eras.map((e) => e.id)).toEqual(['guilder', 'sterling', 'dollar', 'bitcoin']);
  });

  it('keeps the spans other data are checked against', () => {
    expect(eras.map((e) => e.span)).toEqual([
      { start: 1568, end: 1815 },
      { start: 1694, end: 1976 },
      { start: 1861 },
      { start: 2008 },
    ]);
  });

  it('every dating falls within its era span', () => {
    const outside = eras.flatMap((e) =>
      e.datings
        .filter((d) => phases(d).some((y) => y < e.span.start || (e.span.end !== undefined && y > e.span.end)))
        .map((d) => `${e.id}: ${d.by}`),
    );
    expect(outside).toEqual([]);
  });

  it('every dating runs rise <= peak <= decline <= end where present', () => {
    const disordered = eras.flatMap((e) =>
      e.datings.filter((d) => phases(d).some((y, i, all) => i > 0 && y < all[i - 1])).map((d) => `${e.id}: ${d.by}`),
    );
    expect(disordered).toEqual([]);
  });

  it('every era has at least two named datings, each citing a source', () => {
    for (const e of eras) {
      expect(e.datings.length).toBeGreaterThanOrEqual(2);
      expect(e.datings.every((d) => d.sources.length > 0 && d.by.length > 0)).toBe(true);
    }
  });

  it('the default (first) dating of every era says it is the default and why', () => {
    expect(eras.filter((e) => !/^Default\./.test(e.datings[0].note)).map((e) => e.id)).toEqual([]);
  });

  it('the eras that have ended have an end in their default dating; the dollar and Bitcoin do not', () => {
    expect(eras.map((e) => e.datings[0].end !== undefined)).toEqual([true, true, false, false]);
  });

  it('the default datings rise in historical order', () => {
    const rises = eras.map((e) => e.datings[0].rise);
    expect(rises).toEqual([...rises].sort((a, b) => a - b));
  });
});
