import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { policyRates } from '../../src/schemas/datasets/policyRates';

const rows = loadRows(policyRates);
const boe = rows.filter((r) => r.rate_id === 'boe-bank-rate');
const ff = rows.filter((r) => r.rate_id === 'us-fed-funds');
const fedFunds = (month: string) => ff.find((r) => r.date === month)?.rate;

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

describe('policy-rates', () => {
  it('date and rate_id identify each row once', () => {
    const keys = rows.map((r) => `${r.date}|${r.rate_id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('Bank of England rows are changes and federal funds rows are monthly averages', () => {
    expect(boe.filter((r) => r.kind !== 'change' || r.source.join(';') !== 'boe-bank-rate')).toEqual([]);
    expect(ff.filter((r) => r.kind !== 'monthly-average' || r.source.join(';') !== 'fred-fedfunds')).toEqual([]);
  });

  it('Bank Rate starts in October 1694 at 6 percent', () => {
    expect(boe[0].date).toBe('1694-10');
    expect(boe[0].rate).toBe(6);
  });

  it('Bank Rate ends with the cut to 4.25 percent on 8 May 2025', () => {
    expect(boe.at(-1)?.date).toBe('2025-05-08');
    expect(boe.at(-1)?.rate).toBe(4.25);
  });

  it('Bank Rate changes are in date order and each one changes the rate', () => {
    for (let i = 1; i < boe.length; i++) {
      expect(boe[i].date > boe[i - 1].date, boe[i].date).toBe(true);
      expect(boe[i].rate, boe[i].date).not.toBe(boe[i - 1].rate);
    }
  });

  it('Bank Rate dates carry a day from September 1844 and only a month before', () => {
    const wrong = boe.filter((r) => (r.date < '1844-09' ? r.date.length !== 7 : r.date.length !== 10));
    expect(wrong).toEqual([]);
  });

  it('Bank Rate lies between 0.1 percent (March 2020) and 17 percent (November 1979)', () => {
    const min = boe.reduce((a, b) => (b.rate < a.rate ? b : a));
    const max = boe.reduce((a, b) => (b.rate > a.rate ? b : a));
    expect([min.date, min.rate]).toEqual(['2020-03-19', 0.1]);
    expect([max.date, max.rate]).toEqual(['1979-11-15', 17]);
  });

  it('Bank Rate held at 0.5 percent from 5 March 2009 to 4 August 2016 with no change in between', () => {
    const i = boe.findIndex((r) => r.date === '2009-03-05');
    expect(boe[i].rate).toBe(0.5);
    expect(boe[i + 1].date).toBe('2016-08-04');
    expect(boe[i + 1].rate).toBe(0.25);
  });

  it('the federal funds rate covers every month from July 1954 to July 2026, in order', () => {
    expect(ff.map((r) => r.date)).toEqual(monthsBetween('1954-07', '2026-07'));
  });

  it('the federal funds rate peaks at 19.10 percent in June 1981, after 18.90 in December 1980 and 19.08 in January 1981', () => {
    const max = ff.reduce((a, b) => (b.rate > a.rate ? b : a));
    expect([max.date, max.rate]).toEqual(['1981-06', 19.1]);
    expect(fedFunds('1980-12')).toBe(18.9);
    expect(fedFunds('1981-01')).toBe(19.08);
  });

  it("no monthly federal funds average reaches the essay's 20 percent", () => {
    expect(ff.filter((r) => r.rate >= 20)).toEqual([]);
  });

  it('the federal funds rate lies between 0.05 and 19.1 percent, and 1954-07 is 0.80', () => {
    expect(ff.filter((r) => r.rate < 0.05 || r.rate > 19.1)).toEqual([]);
    expect(fedFunds('1954-07')).toBe(0.8);
  });
});
