import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { goldPrice } from '../../src/schemas/datasets/goldPrice';

const rows = loadRows(goldPrice);

const annual = new Map(rows.filter((r) => r.series === 'market-annual').map((r) => [Number(r.date), r.usd_per_oz]));
const monthly = rows.filter((r) => r.series === 'market-monthly');
const official = rows.filter((r) => r.series === 'official').sort((a, b) => (a.date < b.date ? -1 : 1));

function price(series: string, date: string): number | undefined {
  return rows.find((r) => r.series === series && r.date === date)?.usd_per_oz;
}

/** The official price in force for the whole of `year`, or undefined when it changed during the year. */
function officialAllYear(year: number): number | undefined {
  if (official.some((r) => Number(r.date.slice(0, 4)) === year)) return undefined;
  return official.filter((r) => Number(r.date.slice(0, 4)) < year).at(-1)?.usd_per_oz;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

describe('gold-price', () => {
  it('every date has the precision of its series (year, month, day)', () => {
    const want: Record<string, number[]> = {
      'market-annual': [4],
      'market-monthly': [7],
      'market-daily': [10],
      official: [7, 10],
    };
    const odd = rows.filter((r) => !want[r.series].includes(r.date.length));
    expect(odd).toEqual([]);
  });

  it('no date appears twice within a series', () => {
    const keys = rows.map((r) => `${r.series}|${r.date}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the annual market series covers every year from 1833 to 2025 without a gap', () => {
    expect([...annual.keys()].sort((a, b) => a - b)).toEqual(range(1833, 2025));
  });

  it('the monthly series covers every month from 1968-04 to 2026-01 without a gap', () => {
    expect(monthly.map((r) => r.date).sort()).toEqual(monthsBetween('1968-04', '2026-01'));
  });

  it('prices stay within a plausible band: 15 to 100 dollars before 1972, below 10,000 after', () => {
    const early = rows.filter((r) => Number(r.date.slice(0, 4)) < 1972 && (r.usd_per_oz < 15 || r.usd_per_oz > 100));
    const late = rows.filter((r) => r.usd_per_oz >= 10000);
    expect(early).toEqual([]);
    expect(late).toEqual([]);
  });

  it('official prices follow the legal regimes: 19.39, 20.69, 20.67, 35.00, 38.00, 42.22, in that order', () => {
    expect(official.map((r) => [r.date, r.usd_per_oz])).toEqual([
      ['1792-04-02', 19.39],
      ['1834-06-28', 20.69],
      ['1837-01-18', 20.67],
      ['1934-01-31', 35],
      ['1972-05', 38],
      ['1973-10-18', 42.22],
    ]);
  });

  it('the annual market price is the $35 official price exactly in every year 1935-1967', () => {
    const off = range(1935, 1967).filter((y) => Math.abs(annual.get(y)! - 35) > 0.005 || officialAllYear(y) !== 35);
    expect(off).toEqual([]);
  });

  it('the annual market price is within 1 percent of the official price in convertible years (1833, 1835-36, 1838-61, 1879-1932)', () => {
    const years = [1833, ...range(1835, 1836), ...range(1838, 1861), ...range(1879, 1932)];
    const off = years.filter((y) => {
      const o = officialAllYear(y);
      return o === undefined || Math.abs(annual.get(y)! / o - 1) > 0.01;
    });
    expect(off).toEqual([]);
  });

  it('the annual market price equals the $20.67 official price exactly from 1879 to 1932 (classical gold standard)', () => {
    const off = range(1879, 1932).filter((y) => annual.get(y) !== 20.67);
    expect(off).toEqual([]);
  });

  it('the greenback years 1862-1878 show a premium over the official price, largest in 1864 (42.03, about double)', () => {
    const noPremium = range(1862, 1878).filter((y) => annual.get(y)! <= officialAllYear(y)!);
    expect(noPremium).toEqual([]);
    expect(annual.get(1864)).toBe(42.03);
    expect(annual.get(1864)! / 20.67).toBeGreaterThan(2);
  });

  it('in the two-tier years 1968-1971 the market price is above the $35 official price', () => {
    const below = range(1968, 1971).filter((y) => annual.get(y)! <= 35);
    expect(below).toEqual([]);
  });

  it('the annual and monthly market series agree within 2.5 percent in every full year 1969-2025', () => {
    const off = range(1969, 2025).filter((y) => {
      const months = monthly.filter((r) => r.date.startsWith(`${y}-`));
      if (months.length !== 12) return true;
      const mean = months.reduce((s, r) => s + r.usd_per_oz, 0) / 12;
      return Math.abs(mean / annual.get(y)! - 1) > 0.025;
    });
    expect(off).toEqual([]);
  });

  it('anchors match MeasuringWorth: 1833 19.39, 1933 24.44, 1980 612.56, 2025 3450.00', () => {
    expect(annual.get(1833)).toBe(19.39);
    expect(annual.get(1933)).toBe(24.44);
    expect(annual.get(1980)).toBe(612.56);
    expect(annual.get(2025)).toBe(3450);
  });

  it('anchors match the LBMA file: 1968-04 mean 37.86, 1980-01 mean 675.31, daily high 850.00 on 1980-01-21', () => {
    expect(price('market-monthly', '1968-04')).toBe(37.86);
    expect(price('market-monthly', '1980-01')).toBe(675.31);
    expect(price('market-daily', '1980-01-21')).toBe(850);
  });

  it('the 1980 daily high is above every monthly mean before 2008', () => {
    const above = monthly.filter((r) => r.date < '2008' && r.usd_per_oz >= 850);
    expect(above).toEqual([]);
  });

  it('the only daily row is 1980-01-21 and the monthly means are flagged as our estimates', () => {
    expect(rows.filter((r) => r.series === 'market-daily').map((r) => r.date)).toEqual(['1980-01-21']);
    expect(monthly.every((r) => r.estimate && r.note.startsWith('mean of '))).toBe(true);
    expect(rows.filter((r) => r.series !== 'market-monthly').some((r) => r.estimate)).toBe(false);
  });

  it('each series cites its source: MeasuringWorth for annual and official values, LBMA for monthly and daily', () => {
    expect(
      rows.filter((r) => r.series === 'market-annual').every((r) => r.source.join(';') === 'measuringworth-gold'),
    ).toBe(true);
    expect(official.every((r) => r.source[0] === 'measuringworth-gold' && r.source.length >= 2)).toBe(true);
    expect(
      rows
        .filter((r) => r.series.startsWith('market-m') || r.series === 'market-daily')
        .every((r) => r.source.join(';') === 'lbma-gold-price-pm'),
    ).toBe(true);
  });
});
