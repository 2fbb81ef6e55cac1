import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/lib/format';
import { lookupValue, readValue } from '../../src/lib/lookup';

const DOLLAR_2024 = {
  dataset: 'reserve-currency-shares',
  where: { date: '2024-12', currency: 'USD', basis: 'allocated', vintage: '2026-07' },
  field: 'share',
};

describe('readValue', () => {
  it('prints the row’s value in the format asked for, `number` when none is', () => {
    const { value, source } = lookupValue(DOLLAR_2024);
    expect(readValue({ ...DOLLAR_2024, format: 'percent' })).toMatchObject({
      value,
      source,
      shown: FORMATS.percent(value),
    });
    expect(readValue(DOLLAR_2024).shown).toBe(FORMATS.number(value));
    expect(source).toContain('imf-cofer');
  });

  it('stops the build on a format it does not know, and on a row that is not there exactly once', () => {
    expect(() => readValue({ ...DOLLAR_2024, format: 'percentage' })).toThrow(/unknown format "percentage"/);
    expect(() => readValue({ ...DOLLAR_2024, format: 'toString' })).toThrow(/unknown format/);
    expect(() => readValue({ ...DOLLAR_2024, where: { ...DOLLAR_2024.where, date: '1066-01' } })).toThrow(
      /exactly one row .* found 0/,
    );
    expect(() => readValue({ ...DOLLAR_2024, where: { currency: 'USD' } })).toThrow(/exactly one row/);
  });
});
