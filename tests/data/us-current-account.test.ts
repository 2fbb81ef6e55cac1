import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { usCurrentAccount } from '../../src/schemas/datasets/usCurrentAccount';

const rows = loadRows(usCurrentAccount);
const ca = (year: number) => rows.find((r) => r.date === String(year))?.ca_pct_gdp;

describe('us-current-account', () => {
  it('covers every year from 1946 to 2024 once, in order', () => {
    expect(rows.map((r) => Number(r.date))).toEqual(Array.from({ length: 79 }, (_, i) => 1946 + i));
  });

  it('has no year after 2024: the 2025 projection and IMF forecasts are left out', () => {
    expect(rows.filter((r) => Number(r.date) > 2024)).toEqual([]);
    expect(rows.filter((r) => r.estimate)).toEqual([]);
  });

  it('balances lie between a 7 percent deficit and a 5 percent surplus of GDP', () => {
    expect(rows.filter((r) => r.ca_pct_gdp < -7 || r.ca_pct_gdp > 5)).toEqual([]);
  });

  it('1946-1959 come from JST and 1960 on from the OECD Economic Outlook, each cited with GMD', () => {
    const wrong = rows.filter((r) => {
      const jst = Number(r.date) < 1960;
      const expected = jst ? 'gmd-2025-06;jst-macrohistory' : 'gmd-2025-06;oecd-economic-outlook';
      return r.gmd_source !== (jst ? 'JST' : 'OECD_EO') || r.source.join(';') !== expected;
    });
    expect(wrong).toEqual([]);
  });

  it('anchor values match GMD: 1947 +3.60, 1971 -0.12, 1987 -3.31, 2024 -2.96', () => {
    expect(ca(1947)).toBe(3.6);
    expect(ca(1971)).toBe(-0.12);
    expect(ca(1987)).toBe(-3.31);
    expect(ca(2024)).toBe(-2.96);
  });

  it('the largest deficit is 2006, at 5.91 percent of GDP', () => {
    const min = rows.reduce((a, b) => (b.ca_pct_gdp < a.ca_pct_gdp ? b : a));
    expect(min.date).toBe('2006');
    expect(min.ca_pct_gdp).toBe(-5.91);
  });

  it('the balance is in deficit every year from 1992 to 2024', () => {
    const surplus = rows.filter((r) => Number(r.date) >= 1992 && r.ca_pct_gdp >= 0);
    expect(surplus).toEqual([]);
  });
});
