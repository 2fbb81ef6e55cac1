import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { ukPublicDebt } from '../../src/schemas/datasets/ukPublicDebt';

const rows = loadRows(ukPublicDebt);

function series(name: string): Map<number, number> {
  return new Map(rows.filter((r) => r.series === name).map((r) => [Number(r.date), r.debt_pct_gdp]));
}
const clio = series('clio-infra');
const imf = series('imf-hpdd');
const primary = new Map(rows.filter((r) => r.primary).map((r) => [Number(r.date), r.debt_pct_gdp]));

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

describe('uk-public-debt', () => {
  it('no year appears twice within a series', () => {
    const keys = rows.map((r) => `${r.series}|${r.date}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('Clio Infra covers every year 1692-2010 and the IMF database every year 1800-2015, and nothing later', () => {
    expect([...clio.keys()].sort((a, b) => a - b)).toEqual(range(1692, 2010));
    expect([...imf.keys()].sort((a, b) => a - b)).toEqual(range(1800, 2015));
  });

  it('exactly one row per year 1692-2015 is primary: Clio Infra before 1800, the IMF from 1800', () => {
    const prim = rows.filter((r) => r.primary);
    expect(prim.map((r) => Number(r.date)).sort((a, b) => a - b)).toEqual(range(1692, 2015));
    expect(prim.filter((r) => (Number(r.date) < 1800 ? r.series !== 'clio-infra' : r.series !== 'imf-hpdd'))).toEqual(
      [],
    );
  });

  it('ratios stay between 5 and 300 percent of GDP', () => {
    expect(rows.filter((r) => r.debt_pct_gdp < 5 || r.debt_pct_gdp > 300)).toEqual([]);
  });

  it('anchors match the sources: Clio 1692 5.59, 1815 226.41, 1946 237.12, 2010 76.661; IMF 1815 226.31, 1946 269.80, 2015 88.98', () => {
    expect(clio.get(1692)).toBe(5.59);
    expect(clio.get(1815)).toBe(226.41);
    expect(clio.get(1946)).toBe(237.12);
    expect(clio.get(2010)).toBe(76.661);
    expect(imf.get(1815)).toBe(226.31);
    expect(imf.get(1946)).toBe(269.8);
    expect(imf.get(2015)).toBe(88.98);
  });

  it('claim check: after Waterloo debt exceeded 200 percent of GDP in every year 1815-1825 and peaked above 250', () => {
    const years = range(1815, 1825);
    expect(years.filter((y) => primary.get(y)! <= 200)).toEqual([]);
    expect(Math.max(...years.map((y) => primary.get(y)!))).toBeGreaterThan(250);
  });

  it('claim check: in 1946 debt was about 250 percent of GDP, 237 (Clio Infra) or 270 (IMF) depending on the source', () => {
    expect(primary.get(1946)).toBeGreaterThan(240);
    expect(primary.get(1946)).toBeLessThan(280);
    expect(clio.get(1946)).toBeGreaterThan(230);
  });

  it('the two compilations agree within 0.5 points in 1800-1829, so the primary line has no step at 1800', () => {
    expect(range(1800, 1829).filter((y) => Math.abs(clio.get(y)! - imf.get(y)!) > 0.5)).toEqual([]);
    expect(Math.abs(primary.get(1800)! - primary.get(1799)!)).toBeLessThan(1);
  });

  it('from 1830 to 1979 the IMF figure is above the Clio Infra figure in every year (the difference is real, not a typo)', () => {
    expect(range(1830, 1979).filter((y) => imf.get(y)! <= clio.get(y)!)).toEqual([]);
  });

  it('the 1946 peak is the highest primary value since 1692', () => {
    const max = Math.max(...primary.values());
    expect(primary.get(1946)).toBe(max);
  });

  it('each series cites its own source', () => {
    expect(
      rows.filter((r) => r.source.join(';') !== (r.series === 'clio-infra' ? 'clio-infra-govt-debt' : 'imf-hpdd')),
    ).toEqual([]);
  });
});
