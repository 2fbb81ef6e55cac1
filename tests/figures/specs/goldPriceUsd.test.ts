import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { goldPriceSeries, goldPriceUsd, holdSteps } from '../../../src/figures/specs/goldPriceUsd';
import type { GoldPriceRow } from '../../../src/schemas/datasets/goldPrice';
import { toPoints } from '../../../src/figures/points';

const row = (date: string, series: GoldPriceRow['series'], usd_per_oz: number): GoldPriceRow => ({
  date,
  series,
  usd_per_oz,
  estimate: series === 'market-monthly',
  source: ['fixture'],
  note: '',
});

const rows = [
  row('1934-01-31', 'official', 35),
  row('1972-05', 'official', 38),
  row('1970', 'market-annual', 36.41),
  row('1974', 'market-annual', 159.74),
  row('1980-01', 'market-monthly', 675.31),
  row('1980-01-21', 'market-daily', 850),
];

describe('goldPriceSeries', () => {
  it('goldPriceSeries(rows) keeps market and official prices apart and leaves the single daily fix out', () => {
    const series = goldPriceSeries(rows);
    expect(series.map((s) => s.id)).toEqual(['gold-market-annual', 'gold-market-monthly', 'gold-official']);
    expect(series.flatMap((s) => s.points).some((p) => p.date === '1980-01-21')).toBe(false);
  });

  it('holdSteps(points, end) holds each official price until the next change, with copies of the row in force', () => {
    const points = holdSteps(
      toPoints([row('1934-01-31', 'official', 35), row('1972-05', 'official', 38)], { value: (r) => r.usd_per_oz }),
      1974.5,
    );
    const xs = points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const before1972 = points.filter((p) => p.x < 1972.37);
    expect(new Set(before1972.map((p) => p.date))).toEqual(new Set(['1934-01-31']));
    expect(before1972.every((p) => p.y === 35)).toBe(true);
    expect(points.filter((p) => p.x > 1972 && p.x < 1973).some((p) => p.y === 35)).toBe(true);
    expect(points.at(-1)).toMatchObject({ date: '1972-05', y: 38, x: 1974.5 });
  });

  it('holdSteps repeats a held price every year, so a chart window that starts later still shows it', () => {
    const points = holdSteps(toPoints([row('1934-01-31', 'official', 35)], { value: (r) => r.usd_per_oz }), 1971);
    expect(points.some((p) => p.x > 1960 && p.x < 1961 && p.y === 35)).toBe(true);
  });
});

describe('goldPriceUsd', () => {
  const series = goldPriceUsd.series(figureRows(goldPriceUsd));
  const byId = new Map(series.map((s) => [s.id, s]));

  it('goldPriceUsd.series(figureRows(goldPriceUsd)) has the market at $35.00 in 1967 and the London January 1980 mean as an estimate', () => {
    expect(byId.get('gold-market-annual')?.points.find((p) => p.date === '1967')?.y).toBe(35);
    const jan1980 = byId.get('gold-market-monthly')?.points.find((p) => p.date === '1980-01');
    expect(jan1980).toMatchObject({ y: 675.31, estimate: true });
  });

  it('goldPriceUsd.series(figureRows(goldPriceUsd)) draws every series in x order, and the official line only takes official values', () => {
    for (const s of series) {
      const xs = s.points.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
    const official = new Set(byId.get('gold-official')?.points.map((p) => p.y));
    expect(official).toEqual(new Set([19.39, 20.69, 20.67, 35, 38, 42.22]));
  });
});

describe('gold-price-usd drawn', () => {
  it('drawFigure(goldPriceUsd) matches its committed SVG', async () => {
    await expect(drawnFigure('gold-price-usd')).toMatchFileSnapshot('./__snapshots__/gold-price-usd.svg');
  }, 30_000);
});
