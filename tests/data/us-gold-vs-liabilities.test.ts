import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { usGoldVsLiabilities } from '../../src/schemas/datasets/usGoldVsLiabilities';

const rows = loadRows(usGoldVsLiabilities);

/** The series' value at the end of `year`; in a break year, line 1 (comparable with the year before). */
function value(series: string, year: number, line: number | null = null): number | null | undefined {
  const hits = rows.filter((r) => r.series === series && r.date === String(year));
  const hit = hits.length > 1 ? hits.find((r) => r.line === (line ?? 1)) : hits[0];
  return hit?.value_usd_mn;
}

function years(series: string): number[] {
  return [...new Set(rows.filter((r) => r.series === series).map((r) => Number(r.date)))].sort((a, b) => a - b);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** First year in which `liability` exceeds the total gold stock, on either line. */
function firstCrossing(liability: string): number | undefined {
  return years('gold-stock-total').find((y) => {
    const gold = value('gold-stock-total', y)!;
    return rows.some(
      (r) => r.series === liability && r.date === String(y) && r.value_usd_mn !== null && r.value_usd_mn > gold,
    );
  });
}

describe('us-gold-vs-liabilities', () => {
  it('the total gold stock at the end of 1957 is 22,857 million dollars, as Table IFS-1 prints', () => {
    expect(value('gold-stock-total', 1957)).toBe(22857);
  });

  it('the total gold stock falls to 10,206 million at the end of 1971', () => {
    expect(value('gold-stock-total', 1971)).toBe(10206);
  });

  it('Treasury gold for 1957 and 1958 in IFS-1 matches the October 1959 bulletin (22,781.0 and 20,534.3)', () => {
    expect(value('gold-stock-treasury', 1957)).toBe(22781);
    expect(value('gold-stock-treasury', 1958)).toBe(20534);
  });

  it('Treasury gold covers every year 1948-1973 and the total gold stock every year 1957-1973', () => {
    expect(years('gold-stock-treasury')).toEqual(range(1948, 1973));
    expect(years('gold-stock-total')).toEqual(range(1957, 1973));
  });

  it('Treasury gold never exceeds the total gold stock, which also counts the Stabilization Fund', () => {
    const over = years('gold-stock-total').filter(
      (y) => value('gold-stock-treasury', y)! > value('gold-stock-total', y)!,
    );
    expect(over).toEqual([]);
  });

  it('IFS-2 series cover 1957-1973, and official liabilities are a gap (n.a.) in 1957 and 1958', () => {
    expect(years('liabilities-total')).toEqual(range(1957, 1973));
    expect(years('liabilities-official')).toEqual(range(1957, 1973));
    expect(value('liabilities-official', 1957)).toBeNull();
    expect(value('liabilities-official', 1958)).toBeNull();
  });

  it('no official-liabilities figure is given before 1957', () => {
    expect(years('liabilities-official')[0]).toBe(1957);
  });

  it('break years 1960-1964 and 1966-1971 carry both lines, other years none', () => {
    const breaks = [...range(1960, 1964), ...range(1966, 1971)];
    for (const series of ['liabilities-total', 'liabilities-official']) {
      const twoLines = years(series).filter(
        (y) => rows.filter((r) => r.series === series && r.date === String(y)).length === 2,
      );
      expect(twoLines).toEqual(breaks);
      const lines = rows.filter((r) => r.series === series).map((r) => ({ y: Number(r.date), line: r.line }));
      expect(lines.filter((l) => breaks.includes(l.y) !== (l.line !== null))).toEqual([]);
    }
  });

  it('official liabilities are 10,120 million in 1959 and 51,209 million (line 1) in 1971', () => {
    expect(value('liabilities-official', 1959)).toBe(10120);
    expect(value('liabilities-official', 1971, 1)).toBe(51209);
  });

  it('total liquid liabilities first exceed the total gold stock at the end of 1960', () => {
    expect(value('liabilities-total', 1959)).toBeLessThan(value('gold-stock-total', 1959)!);
    expect(firstCrossing('liabilities-total')).toBe(1960);
  });

  it('liabilities to foreign official institutions first exceed the total gold stock at the end of 1964', () => {
    expect(firstCrossing('liabilities-official')).toBe(1964);
  });

  it('once crossed, official liabilities stay above the gold stock through 1973', () => {
    const below = range(1964, 1973).filter(
      (y) => value('liabilities-official', y, 2)! <= value('gold-stock-total', y)!,
    );
    expect(below).toEqual([]);
  });

  it('bank-reported liabilities cover 1948-1958 and never exceed the IFS-2 total where both exist', () => {
    expect(years('bank-liabilities-total')).toEqual(range(1948, 1958));
    expect(years('bank-liabilities-official')).toEqual(range(1948, 1958));
    for (const y of [1957, 1958])
      expect(value('bank-liabilities-total', y)!).toBeLessThan(value('liabilities-total', y)!);
  });

  it('every value is positive and below 100,000 million dollars', () => {
    expect(rows.filter((r) => r.value_usd_mn !== null && (r.value_usd_mn <= 0 || r.value_usd_mn >= 100_000))).toEqual(
      [],
    );
  });

  it('Treasury Bulletin rows are flagged as transcribed and the NBER rows are not', () => {
    expect(rows.filter((r) => r.transcribed !== !r.source.includes('nber-m14076'))).toEqual([]);
  });
});
