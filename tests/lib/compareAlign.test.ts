import { describe, expect, it } from 'vitest';
import { alignYear, calendarYear, yardsticks, type AlignedEra } from '../../src/lib/compareAlign';
import { dollarLifespan } from '../../src/lib/compareLifespan';
import { alignPoints, valuesAt } from '../../src/lib/comparePoints';
import type { IndicatorSeries } from '../../src/lib/compareSeries';

// The datings of data/eras.yml, as the chart receives them.
const eras: AlignedEra[] = [
  {
    id: 'guilder',
    datings: [
      { by: 'Dalio 2021', rise: 1581, end: 1795 },
      { by: 'J.P. Morgan', rise: 1640, end: 1720 },
    ],
  },
  {
    id: 'sterling',
    datings: [
      { by: 'Eichengreen', rise: 1850, end: 1924 },
      { by: 'J.P. Morgan', rise: 1815, end: 1920 },
    ],
  },
  {
    id: 'dollar',
    datings: [
      { by: 'Eichengreen 2011', rise: 1913 },
      { by: 'The article', rise: 1865 },
      { by: 'J.P. Morgan', rise: 1921 },
    ],
  },
];
const [guilder, sterling, dollar] = eras.map((e) => e.datings) as [
  AlignedEra['datings'],
  AlignedEra['datings'],
  AlignedEra['datings'],
];
const defaults = { guilder: 0, sterling: 0, dollar: 0 };

describe('alignYear', () => {
  it("alignYear(y, 'calendar') is the year itself under every dating", () => {
    for (const d of [...guilder, ...sterling, ...dollar]) expect(alignYear(1870, 'calendar', d)).toEqual([1870]);
  });

  it("alignYear(y, 'since') counts years from each dating's rise", () => {
    expect(alignYear(1700, 'since', guilder[0]!)).toEqual([119]);
    expect(alignYear(1700, 'since', guilder[1]!)).toEqual([60]);
    expect(alignYear(1870, 'since', sterling[0]!)).toEqual([20]);
    expect(alignYear(1870, 'since', sterling[1]!)).toEqual([55]);
    expect(alignYear(1944, 'since', dollar[0]!)).toEqual([31]);
    expect(alignYear(1944, 'since', dollar[1]!)).toEqual([79]);
    expect(alignYear(1944, 'since', dollar[2]!)).toEqual([23]);
  });

  it("alignYear(y, 'lifecycle') puts a finished era's start at 0 and its end at 1", () => {
    expect(alignYear(1581, 'lifecycle', guilder[0]!)).toEqual([0]);
    expect(alignYear(1795, 'lifecycle', guilder[0]!)).toEqual([1]);
    expect(alignYear(1680, 'lifecycle', guilder[1]!)).toEqual([0.5]);
    expect(alignYear(1887, 'lifecycle', sterling[0]!)).toEqual([0.5]);
    expect(alignYear(1920, 'lifecycle', sterling[1]!)).toEqual([1]);
  });

  it("alignYear(y, 'lifecycle') gives the open dollar one position per yardstick: a range, not a point", () => {
    const sticks = yardsticks(eras, defaults);
    expect(sticks).toEqual([
      { era: 'sterling', length: 74 },
      { era: 'guilder', length: 214 },
    ]);
    const [a, b] = alignYear(2026, 'lifecycle', dollar[0]!, sticks);
    expect(a).toBeCloseTo(113 / 74);
    expect(b).toBeCloseTo(113 / 214);
    // With J.P. Morgan's datings the yardsticks are 80 and 105 years.
    const jpm = yardsticks(eras, { guilder: 1, sterling: 1, dollar: 2 }).map((s) => s.length);
    expect(jpm).toEqual([80, 105]);
    expect(alignYear(1913, 'lifecycle', dollar[0]!, [])).toEqual([]);
  });

  it('calendarYear inverts alignYear', () => {
    expect(calendarYear(119, 'since', guilder[0]!)).toBe(1700);
    expect(calendarYear(0.5, 'lifecycle', sterling[0]!)).toBe(1887);
    expect(calendarYear(1, 'lifecycle', dollar[0]!, { length: 74 })).toBe(1987);
    expect(calendarYear(1, 'lifecycle', dollar[0]!)).toBeNaN();
  });
});

describe('dollarLifespan', () => {
  it('dollarLifespan sets every dollar dating against every finished dating: 3 × (2 + 2) cases', () => {
    const life = dollarLifespan(eras, 2026);
    expect(life.cases).toHaveLength(12);
    // Shortest: the article's 1865 (161 years old) against Eichengreen's 74-year sterling era.
    expect(life.min).toBe(74 - 161);
    // Longest: J.P. Morgan's 1921 (105 years old) against Dalio's 214-year guilder era.
    expect(life.max).toBe(214 - 105);
    expect(life.cases.find((c) => c.dollarRise === 1913 && c.length === 74)?.left).toBe(-39);
  });
});

const series = (id: string, era: 'guilder' | 'sterling' | 'dollar', dates: string[], estimate: boolean[] = []) =>
  ({
    id,
    indicator: 'gdp',
    era,
    label: id,
    secondary: false,
    curve: 'linear',
    maxGap: 1.5,
    sources: ['x'],
    points: dates.map((date, i) => ({ date, value: i + 1, estimate: estimate[i] ?? false })),
  }) satisfies IndicatorSeries;

describe('alignPoints', () => {
  it('alignPoints leaves a missing year as a gap: the line breaks, nothing is filled in', () => {
    const pts = alignPoints([series('s', 'sterling', ['1860', '1861', '1862', '1870', '1871'])], eras, {
      align: 'since',
      datings: defaults,
    });
    expect(pts.map((p) => p.x)).toEqual([10.5, 11.5, 12.5, 20.5, 21.5]);
    expect(new Set(pts.map((p) => p.run)).size).toBe(2);
    expect(pts.filter((p) => p.x > 12.5 && p.x < 20.5)).toEqual([]);
  });

  it('alignPoints keeps a lone row as a lone point (drawn as a dot), never joined to a far neighbour', () => {
    const pts = alignPoints([series('g', 'guilder', ['1600', '1700', '1701'])], eras, {
      align: 'since',
      datings: defaults,
    });
    expect(pts.map((p) => p.alone)).toEqual([true, false, false]);
  });

  it('alignPoints splits runs where estimates begin, sharing the boundary row so no value is invented', () => {
    const pts = alignPoints(
      [series('d', 'dollar', ['1948', '1949', '1950', '1951'], [true, true, false, false])],
      eras,
      {
        align: 'calendar',
        datings: defaults,
      },
    );
    const runs = [...new Set(pts.map((p) => p.run))];
    expect(runs).toHaveLength(2);
    expect(pts.filter((p) => p.run === runs[1]).map((p) => p.date)).toEqual(['1949', '1950', '1951']);
  });

  it('alignPoints draws the dollar once per yardstick on the life-cycle axis', () => {
    const pts = alignPoints([series('d', 'dollar', ['2020'])], eras, { align: 'lifecycle', datings: defaults });
    expect(pts.map((p) => p.line)).toEqual(['d@sterling', 'd@guilder']);
    expect(pts[0]!.x).toBeCloseTo((2020.5 - 1913) / 74);
  });

  it('valuesAt reads the nearest row within the tolerance and nothing between rows', () => {
    const pts = alignPoints([series('s', 'sterling', ['1860', '1861', '1870'])], eras, {
      align: 'since',
      datings: defaults,
    });
    expect(valuesAt(pts, 11.4, 0.6).map((p) => p.date)).toEqual(['1861']);
    expect(valuesAt(pts, 15, 0.6)).toEqual([]);
  });
});
