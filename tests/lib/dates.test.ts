import { describe, expect, it } from 'vitest';
import { decimalYear, formatIsoDate, formatQuarter } from '../../src/lib/dates';
import { isIsoDate } from '../../src/schemas/common';

describe('dates', () => {
  it('decimalYear(iso) places a year, a month and a day at the middle of the period', () => {
    expect(decimalYear('1971')).toBe(1971.5);
    expect(decimalYear('1971-01')).toBeCloseTo(1971 + 0.5 / 12, 6);
    expect(decimalYear('1971-08-15')).toBeCloseTo(1971 + (226 + 0.5) / 365, 6);
  });

  it('formatIsoDate(iso) writes a date at its own precision', () => {
    expect([formatIsoDate('1971'), formatIsoDate('1971-08'), formatIsoDate('1971-08-15')]).toEqual([
      '1971',
      'Aug 1971',
      '15 Aug 1971',
    ]);
  });

  it('formatQuarter(end month) names the quarter', () => {
    expect(['1999-03', '1999-06', '1999-09', '1999-12'].map(formatQuarter)).toEqual([
      '1999 Q1',
      '1999 Q2',
      '1999 Q3',
      '1999 Q4',
    ]);
  });

  it('isIsoDate rejects impossible months and days and accepts leap days', () => {
    expect(['1971-13', '1971-02-29', '1971-00', '71', '1971-8'].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['2024-02-29', '1600', '2026-11'].map(isIsoDate)).toEqual([true, true, true]);
  });
});
