import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { usdGbp } from '../../src/schemas/datasets/usdGbp';

const rows = loadRows(usdGbp);
const rate = new Map(rows.map((r) => [Number(r.date), r.usd_per_gbp]));

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

describe('usd-gbp', () => {
  it('covers every year from 1791 to 2025 once, and nothing beyond the source', () => {
    expect(rows.map((r) => Number(r.date))).toEqual(range(1791, 2025));
  });

  it('dates are years', () => {
    expect(rows.filter((r) => !/^\d{4}$/.test(r.date))).toEqual([]);
  });

  it('rates stay between 1.2 and 10 dollars per pound', () => {
    const out = rows.filter((r) => r.usd_per_gbp < 1.2 || r.usd_per_gbp > 10);
    expect(out).toEqual([]);
  });

  it('anchors match MeasuringWorth: 1791 4.55, 1815 4.90, 1864 9.97, 1949 3.69, 2025 1.32', () => {
    expect(rate.get(1791)).toBe(4.55);
    expect(rate.get(1815)).toBe(4.9);
    expect(rate.get(1864)).toBe(9.97);
    expect(rate.get(1949)).toBe(3.69);
    expect(rate.get(2025)).toBe(1.32);
  });

  it('under the classical gold standard (1880-1913) the rate stays within 4.83-4.89, around the 4.87 mint parity', () => {
    const out = range(1880, 1913).filter((y) => rate.get(y)! < 4.83 || rate.get(y)! > 4.89);
    expect(out).toEqual([]);
  });

  it('the Bretton Woods pegs show: 2.79-2.81 in 1950-1966 after the 1949 devaluation, 2.39-2.40 in 1968-1970 after 1967', () => {
    expect(range(1950, 1966).filter((y) => rate.get(y)! < 2.79 || rate.get(y)! > 2.81)).toEqual([]);
    expect(range(1968, 1970).filter((y) => rate.get(y)! < 2.39 || rate.get(y)! > 2.4)).toEqual([]);
  });

  it('the pound is worth less in 2025 than in any year before 1950', () => {
    const cheaper = range(1791, 1949).filter((y) => rate.get(y)! <= rate.get(2025)!);
    expect(cheaper).toEqual([]);
  });

  it('every row cites MeasuringWorth', () => {
    expect(rows.every((r) => r.source.join(';') === 'measuringworth-exchange-usuk')).toBe(true);
  });
});
