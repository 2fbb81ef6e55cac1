import { describe, expect, it } from 'vitest';
import { reserveSharesSeries } from '../../src/figures/reserveSharesSeries';
import type { ReserveShareRow } from '../../src/schemas/datasets/reserveCurrencyShares';

const row = (date: string, share: number, vintage: string): ReserveShareRow => ({
  date,
  currency: 'USD',
  share,
  basis: 'allocated',
  vintage,
  estimate: false,
  transcribed: vintage === 'old',
  source: ['imf-cofer'],
  note: '',
});

const rows = [
  row('2014-03', 61.3, 'new'),
  row('2014', 65.2, 'old'),
  row('2013', 61.2, 'old'),
  row('2014-06', 61.0, 'new'),
];

describe('reserveSharesSeries', () => {
  it('reserveSharesSeries(rows, vintages) keeps each vintage its own series, never spliced', () => {
    const series = reserveSharesSeries(rows, { currencies: ['USD'], vintages: ['new', 'old'], basis: 'allocated' });
    expect(series.map((s) => s.points.map((p) => p.date))).toEqual([
      ['2014-03', '2014-06'],
      ['2013', '2014'],
    ]);
    expect(series.map((s) => s.dashed)).toEqual([false, true]);
  });

  it('reserveSharesSeries labels quarters as quarters and years as years', () => {
    const [current, old] = reserveSharesSeries(rows, {
      currencies: ['USD'],
      vintages: ['new', 'old'],
      basis: 'allocated',
    });
    expect(current.points[0].dateLabel).toBe('2014 Q1');
    expect(old.points[0].dateLabel).toBe('2013');
  });

  it('reserveSharesSeries drops rows before `from` and omits empty series', () => {
    const series = reserveSharesSeries(rows, {
      currencies: ['USD', 'EUR'],
      vintages: ['old'],
      basis: 'allocated',
      from: '2014',
    });
    expect(series).toHaveLength(1);
    expect(series[0].points.map((p) => p.date)).toEqual(['2014']);
  });
});
