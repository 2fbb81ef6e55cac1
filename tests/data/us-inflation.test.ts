import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { usInflation } from '../../src/schemas/datasets/usInflation';

const rows = loadRows(usInflation);
const row = (year: number) => rows.find((r) => r.date === String(year));

describe('us-inflation', () => {
  it('covers every year from 1913 to 2024 once, in order', () => {
    expect(rows.map((r) => Number(r.date))).toEqual(Array.from({ length: 112 }, (_, i) => 1913 + i));
  });

  it('has an inflation rate for every year except 1913, the first of the series', () => {
    expect(rows.filter((r) => r.inflation_pct === null).map((r) => r.date)).toEqual(['1913']);
  });

  it('uses CPIAUCNS through 2022 and CPIAUCSL for 2023-2024, and cites the series it uses', () => {
    const wrong = rows.filter((r) => {
      const expected = Number(r.date) <= 2022 ? 'CPIAUCNS' : 'CPIAUCSL';
      return r.series !== expected || r.source.join(';') !== `fred-${expected.toLowerCase()}`;
    });
    expect(wrong).toEqual([]);
  });

  it('inflation lies between -11 and 18 percent and the index between 9 and 320', () => {
    expect(rows.filter((r) => r.inflation_pct !== null && (r.inflation_pct < -11 || r.inflation_pct > 18))).toEqual([]);
    expect(rows.filter((r) => r.cpi_index < 9 || r.cpi_index > 320)).toEqual([]);
  });

  it('each inflation rate equals the change in the index from the year before, within rounding', () => {
    for (let i = 1; i < rows.length; i++) {
      const [prev, cur] = [rows[i - 1], rows[i]];
      if (prev.series !== cur.series) continue; // 2023 is compared with CPIAUCSL 2022, which is not a row
      const implied = (cur.cpi_index / prev.cpi_index - 1) * 100;
      expect(Math.abs(implied - cur.inflation_pct!), cur.date).toBeLessThan(0.06);
    }
  });

  it('1980 inflation is 13.5 percent (CPIAUCNS averages 82.408 over 72.575)', () => {
    expect(row(1980)?.inflation_pct).toBe(13.5);
    expect(row(1980)?.cpi_index).toBe(82.408);
    expect(row(1979)?.cpi_index).toBe(72.575);
  });

  it('anchor years: 1913 index 9.883, 1921 deflation of 10.9 percent, 2022 inflation 8.0 percent', () => {
    expect(row(1913)?.cpi_index).toBe(9.883);
    expect(row(1921)?.inflation_pct).toBe(-10.9);
    expect(row(2022)?.inflation_pct).toBe(8);
    expect(row(2022)?.cpi_index).toBe(292.655);
  });

  it('1980 has the highest inflation since 1947, when prices rose 14.4 percent', () => {
    const top = rows
      .filter((r) => Number(r.date) > 1947)
      .reduce((a, b) => ((b.inflation_pct ?? -99) > (a.inflation_pct ?? -99) ? b : a));
    expect(top.date).toBe('1980');
    expect(row(1947)?.inflation_pct).toBe(14.4);
  });

  it('2023 and 2024 (CPIAUCSL) show 4.1 and 3.0 percent; 2025 is absent because October 2025 is missing', () => {
    expect(row(2023)?.inflation_pct).toBe(4.1);
    expect(row(2024)?.inflation_pct).toBe(3);
    expect(row(2025)).toBeUndefined();
  });

  it('no row is an estimate: every figure is arithmetic on published monthly values', () => {
    expect(rows.filter((r) => r.estimate)).toEqual([]);
  });
});
