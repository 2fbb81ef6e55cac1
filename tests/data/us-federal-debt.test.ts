import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { usFederalDebt } from '../../src/schemas/datasets/usFederalDebt';

const rows = loadRows(usFederalDebt);

type Measure = (typeof rows)[number]['measure'];
type Unit = (typeof rows)[number]['unit'];
type Basis = (typeof rows)[number]['basis'];

function value(date: string, measure: Measure, unit: Unit, basis: Basis): number | undefined {
  return rows.find((r) => r.date === date && r.measure === measure && r.unit === unit && r.basis === basis)?.value;
}

const fy = (date: string, measure: Measure, unit: Unit) => value(date, measure, unit, 'fiscal-year-end');
const qe = (date: string, unit: Unit) => value(date, 'total-public-debt', unit, 'quarter-end');

function quartersBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 3;
    if (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  return out;
}

describe('us-federal-debt', () => {
  it('date, measure, unit and basis identify each row once', () => {
    const keys = rows.map((r) => `${r.date}|${r.measure}|${r.unit}|${r.basis}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('fiscal-year rows cover every year 1940-2022 with all four OMB figures, and stop before the projected years', () => {
    const fiscal = rows.filter((r) => r.basis === 'fiscal-year-end' && r.date.length === 4);
    const years = [...new Set(fiscal.map((r) => Number(r.date)))].sort((a, b) => a - b);
    expect(years).toEqual(Array.from({ length: 83 }, (_, i) => 1940 + i));
    expect(fiscal.length).toBe(83 * 4);
  });

  it('the only non-annual fiscal row is the 1976 transition quarter, at the OMB figure 643.561 bn', () => {
    const odd = [
      ...new Set(rows.filter((r) => r.basis === 'fiscal-year-end' && r.date.length !== 4).map((r) => r.date)),
    ];
    expect(odd).toEqual(['1976-09']);
    expect(fy('1976-09', 'gross-federal-debt', 'usd-bn')).toBe(643.561);
  });

  it('quarter-end rows cover every quarter from 1970 Q1 to 2026 Q1 in both units', () => {
    for (const unit of ['usd-bn', 'pct-gdp'] as const) {
      const dates = rows
        .filter((r) => r.basis === 'quarter-end' && r.unit === unit)
        .map((r) => r.date)
        .sort();
      expect(dates, unit).toEqual(quartersBetween('1970-03', '2026-03'));
    }
  });

  it('each basis carries only its own measures: OMB definitions by fiscal year, Treasury total by quarter', () => {
    const mixed = rows.filter((r) => (r.basis === 'quarter-end') !== (r.measure === 'total-public-debt'));
    expect(mixed).toEqual([]);
  });

  it('rows cite the source of their definition: OMB Table 7.1, GFDEBTN for dollars, GFDEGDQ188S for ratios', () => {
    const wrong = rows.filter((r) => {
      const cited = r.source.join(';');
      if (r.basis === 'fiscal-year-end') return cited !== 'omb-hist-7-1';
      return cited !== (r.unit === 'usd-bn' ? 'fred-gfdebtn' : 'fred-gfdegdq188s');
    });
    expect(wrong).toEqual([]);
  });

  it('no row is an estimate, because OMB projections are left out', () => {
    expect(rows.filter((r) => r.estimate)).toEqual([]);
  });

  it('percent-of-GDP values lie between 20 and 140, dollar values between 40 bn and 40 tn', () => {
    const pct = rows.filter((r) => r.unit === 'pct-gdp' && (r.value < 20 || r.value > 140));
    const usd = rows.filter((r) => r.unit === 'usd-bn' && (r.value < 40 || r.value > 40000));
    expect(pct).toEqual([]);
    expect(usd).toEqual([]);
  });

  it('debt held by the public never exceeds gross federal debt in any fiscal year', () => {
    const dates = [...new Set(rows.filter((r) => r.basis === 'fiscal-year-end').map((r) => r.date))];
    for (const d of dates) {
      for (const unit of ['usd-bn', 'pct-gdp'] as const) {
        expect(fy(d, 'debt-held-by-public', unit)!, `${d} ${unit}`).toBeLessThanOrEqual(
          fy(d, 'gross-federal-debt', unit)!,
        );
      }
    }
  });

  it('FY1946 debt is 118.9 percent of GDP gross and 106.1 percent held by the public (OMB Table 7.1)', () => {
    expect(fy('1946', 'gross-federal-debt', 'pct-gdp')).toBe(118.9);
    expect(fy('1946', 'debt-held-by-public', 'pct-gdp')).toBe(106.1);
    expect(fy('1946', 'gross-federal-debt', 'usd-bn')).toBe(270.991);
  });

  it('FY1971 gross federal debt is 408.176 bn, 36.6 percent of GDP; held by the public 303.037 bn, 27.1 percent', () => {
    expect(fy('1971', 'gross-federal-debt', 'usd-bn')).toBe(408.176);
    expect(fy('1971', 'gross-federal-debt', 'pct-gdp')).toBe(36.6);
    expect(fy('1971', 'debt-held-by-public', 'usd-bn')).toBe(303.037);
    expect(fy('1971', 'debt-held-by-public', 'pct-gdp')).toBe(27.1);
  });

  it('FY2022, the last OMB actual, is 30,838.586 bn gross (123.4 percent) and 24,252.357 bn held by the public (97.0 percent)', () => {
    expect(fy('2022', 'gross-federal-debt', 'usd-bn')).toBe(30838.586);
    expect(fy('2022', 'gross-federal-debt', 'pct-gdp')).toBe(123.4);
    expect(fy('2022', 'debt-held-by-public', 'usd-bn')).toBe(24252.357);
    expect(fy('2022', 'debt-held-by-public', 'pct-gdp')).toBe(97);
  });

  it('1971 Q1 total public debt is 391.668 bn, 34.5 percent of GDP: the essay\'s "391 bn (34 percent)"', () => {
    expect(qe('1971-03', 'usd-bn')).toBe(391.668);
    expect(qe('1971-03', 'pct-gdp')).toBeCloseTo(34.5, 1);
  });

  it("the essay's 1971 figure is the Q1 total, not OMB fiscal-year gross debt, which is over 4 percent higher", () => {
    expect(fy('1971', 'gross-federal-debt', 'usd-bn')! / 391).toBeGreaterThan(1.04);
  });

  it('2023 Q4 total public debt is 34,001.494 bn, 119.6 percent of GDP: the essay\'s "34 tn (120 percent)"', () => {
    expect(qe('2023-12', 'usd-bn')).toBe(34001.494);
    expect(qe('2023-12', 'pct-gdp')).toBeCloseTo(119.6, 1);
  });

  it('total public debt at each fiscal-year end is within 3 percent of OMB gross federal debt, FY1970-FY2022', () => {
    for (let y = 1970; y <= 2022; y++) {
      const quarter = y <= 1976 ? `${y}-06` : `${y}-09`;
      const ratio = qe(quarter, 'usd-bn')! / fy(String(y), 'gross-federal-debt', 'usd-bn')!;
      expect(Math.abs(ratio - 1), `FY${y}`).toBeLessThan(0.03);
    }
  });

  it('the latest quarter, 2026 Q1, is 39,065.421 bn, 122.6 percent of GDP', () => {
    expect(qe('2026-03', 'usd-bn')).toBe(39065.421);
    expect(qe('2026-03', 'pct-gdp')).toBeCloseTo(122.59, 2);
  });
});
