import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { reserveCurrencyShares } from '../../src/schemas/datasets/reserveCurrencyShares';

const rows = loadRows(reserveCurrencyShares);

const NEW = '2026-07';
const OLD = 'pre-2025';

function share(date: string, currency: string, vintage: string, basis = 'allocated'): number | undefined {
  return rows.find((r) => r.date === date && r.currency === currency && r.vintage === vintage && r.basis === basis)
    ?.share;
}

function sums(): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.date}|${r.basis}|${r.vintage}`;
    out.set(key, (out.get(key) ?? 0) + r.share);
  }
  return out;
}

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

describe('reserve-currency-shares', () => {
  it('shares of one date, basis and vintage add up to at most 100.5 percent', () => {
    const over = [...sums()].filter(([, total]) => total > 100.5);
    expect(over).toEqual([]);
  });

  it('shares of every date, basis and vintage add up to 100 within rounding (every table is complete)', () => {
    const off = [...sums()].filter(([, total]) => Math.abs(total - 100) > 0.3);
    expect(off).toEqual([]);
  });

  it('both COFER vintages are present and labelled', () => {
    const vintages = new Set(rows.map((r) => r.vintage));
    expect(vintages.has(NEW)).toBe(true);
    expect(vintages.has(OLD)).toBe(true);
  });

  it('the 2026-07 vintage USD share for 2024 Q4 is the IMF figure 58.41', () => {
    expect(share('2024-12', 'USD', NEW)).toBe(58.41);
  });

  it('the 2026-07 vintage USD share for 2026 Q1 is the IMF figure 57.13', () => {
    expect(share('2026-03', 'USD', NEW)).toBe(57.13);
  });

  it('the pre-2025 vintage USD share for 1999 is 71.0 as in the Federal Reserve table', () => {
    expect(share('1999', 'USD', OLD)).toBe(71);
  });

  it('the pre-2025 vintage USD share for 2022 is 58.4, below the revised 2022 Q4 figure', () => {
    expect(share('2022', 'USD', OLD)).toBe(58.4);
    expect(share('2022-12', 'USD', NEW)).toBeGreaterThan(58.4);
  });

  it('the 2026-07 vintage covers every quarter from 2014 Q1 to 2026 Q1 with a USD share', () => {
    const dates = rows
      .filter((r) => r.vintage === NEW && r.currency === 'USD')
      .map((r) => r.date)
      .sort();
    expect(dates).toEqual(quartersBetween('2014-03', '2026-03'));
  });

  it('coverage ends at 2026 Q1, the latest quarter available', () => {
    const last = rows
      .filter((r) => r.basis === 'allocated')
      .map((r) => r.date)
      .sort()
      .at(-1);
    expect(last).toBe('2026-03');
  });

  it('the pre-2025 vintage covers every year from 1999 to 2022', () => {
    const years = rows
      .filter((r) => r.vintage === OLD && r.currency === 'USD')
      .map((r) => Number(r.date))
      .sort((a, b) => a - b);
    expect(years).toEqual(Array.from({ length: 24 }, (_, i) => 1999 + i));
  });

  it('the renminbi appears only from 2016, when COFER began to identify it', () => {
    const cny = rows
      .filter((r) => r.currency === 'CNY')
      .map((r) => r.date)
      .sort();
    expect(cny[0] >= '2016').toBe(true);
    expect(share('2016-09', 'CNY', NEW)).toBeUndefined();
    expect(share('2016-12', 'CNY', NEW)).toBeGreaterThan(0);
  });

  it('the dollar is the largest reserve currency at every COFER date', () => {
    const byDate = new Map<string, { cur: string; share: number }[]>();
    for (const r of rows.filter((x) => x.vintage === NEW || x.vintage === OLD)) {
      const key = `${r.date}|${r.vintage}`;
      byDate.set(key, [...(byDate.get(key) ?? []), { cur: r.currency, share: r.share }]);
    }
    const notFirst = [...byDate].filter(([, list]) => list.reduce((a, b) => (b.share > a.share ? b : a)).cur !== 'USD');
    expect(notFirst).toEqual([]);
  });

  it('the two vintages agree on the USD share to within 3 points where they overlap (2014-2022)', () => {
    for (let y = 2014; y <= 2022; y++) {
      const oldShare = share(String(y), 'USD', OLD);
      const newShare = share(`${y}-12`, 'USD', NEW);
      expect(oldShare, `${y}`).toBeDefined();
      expect(Math.abs(newShare! - oldShare!), `${y}`).toBeLessThan(3);
    }
  });

  it('rows of the 2026-07 vintage are IMF figures, not transcriptions or estimates', () => {
    const odd = rows.filter(
      (r) => r.vintage === NEW && (r.transcribed || r.estimate || r.source.join(';') !== 'imf-cofer'),
    );
    expect(odd).toEqual([]);
  });

  it('the IMF Annual Report 2003 table (vintage 2003-11) covers 1993-2001 on the identified basis', () => {
    const years = rows
      .filter((r) => r.vintage === '2003-11' && r.currency === 'USD')
      .map((r) => r.date)
      .sort();
    expect(years).toEqual(['1993', '1994', '1995', '1996', '1997', '1998', '1999', '2000', '2001']);
    expect(rows.filter((r) => r.vintage === '2003-11').every((r) => r.basis === 'identified')).toBe(true);
  });

  it('the IMF Annual Report 2003 table gives USD 56.6 for 1993 and DEM 12.2 for 1998', () => {
    expect(share('1993', 'USD', '2003-11', 'identified')).toBe(56.6);
    expect(share('1998', 'DEM', '2003-11', 'identified')).toBe(12.2);
  });

  it('COFER as published c.2012 gives USD 59.0 and DEM 15.8 for 1995', () => {
    expect(share('1995', 'USD', 'c2012')).toBe(59);
    expect(share('1995', 'DEM', 'c2012')).toBe(15.8);
  });

  it('legacy European currencies appear only before 1999 and the euro only from 1999', () => {
    const legacy = rows.filter((r) => ['DEM', 'FRF', 'NLG', 'ECU'].includes(r.currency));
    const euro = rows.filter((r) => r.currency === 'EUR');
    expect(legacy.length).toBeGreaterThan(0);
    expect(legacy.every((r) => Number(r.date.slice(0, 4)) <= 1998)).toBe(true);
    expect(euro.every((r) => Number(r.date.slice(0, 4)) >= 1999)).toBe(true);
  });

  it('coverage starts in 1993: nothing earlier could be traced to a readable table', () => {
    const first = rows.map((r) => r.date).sort()[0];
    expect(first).toBe('1993');
  });

  it('hand-typed rows are flagged as transcribed and every row cites at least one source', () => {
    const typed = rows.filter((r) => r.vintage !== NEW);
    expect(typed.every((r) => r.transcribed)).toBe(true);
    expect(rows.every((r) => r.source.length > 0)).toBe(true);
  });
});
