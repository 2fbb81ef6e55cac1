import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, minus, yearTick } from '../../src/lib/format';

describe('formatValue', () => {
  it('writes billions as trillions to one decimal, dropping a trailing zero', () => {
    expect(formatValue(34001.3, 'bnAsTrillion')).toBe('34\u00a0trillion');
    expect(formatValue(36218.6, 'bnAsTrillion')).toBe('36.2\u00a0trillion');
    expect(formatValue(391.1, 'bnAsTrillion')).toBe('0.4\u00a0trillion');
  });

  it('joins a number to its unit with a no-break space, so a line never ends between them', () => {
    expect(formatValue(41.25, 'percent')).toBe('41.3\u00a0%');
    expect(formatValue(391.1, 'usdBn')).toBe('$391\u00a0bn');
    expect(formatValue(6.25, 'btc')).toBe('6.25\u00a0BTC');
  });

  it('groups thousands, as a reader reads a price or a count', () => {
    expect(formatValue(1234567.4, 'integer')).toBe('1,234,567');
    expect(formatValue(35, 'usd')).toBe('$35.00');
    expect(formatValue(4744.46, 'usd')).toBe('$4,744.46');
    expect(formatValue(1800, 'usd')).toBe('$1,800.00');
    expect(formatValue(12345.67, 'number')).toBe('12,345.7');
    expect(formatValue(2143.2, 'usdBn')).toBe('$2,143\u00a0bn');
    expect(formatValue(21_000_000, 'btc')).toBe('21,000,000\u00a0BTC');
    expect(formatValue(0.00000001, 'btc')).toBe('0.00000001\u00a0BTC');
  });

  it('writes dollars on an axis without cents where the tick is whole, and with both where it is not', () => {
    expect(formatValue(3500, 'usdAxis')).toBe('$3,500');
    expect(formatValue(0, 'usdAxis')).toBe('$0');
    expect(formatValue(0.5, 'usdAxis')).toBe('$0.50');
    expect(formatValue(4.86, 'usdAxis')).toBe('$4.86');
  });

  it('writes a value below zero with the minus sign, not a hyphen, and a value that rounds to zero without a sign', () => {
    expect(formatValue(-5.91, 'percent')).toBe('\u22125.9\u00a0%');
    expect(formatValue(-10, 'percentAxis')).toBe('\u221210%');
    expect(formatValue(-1234.6, 'integer')).toBe('\u22121,235');
    expect(formatValue(-5, 'usd')).toBe('\u2212$5.00');
    expect(formatValue(-0.04, 'percent')).toBe('0.0\u00a0%');
    expect(formatValue(-0.001, 'usd')).toBe('$0.00');
    expect(formatNumber(-0.04, 1)).toBe('0');
  });
});

describe('minus and yearTick', () => {
  it('turn a leading hyphen-minus into the minus sign and leave other text alone', () => {
    expect(minus('-100')).toBe('\u2212100');
    expect(minus('100')).toBe('100');
    expect(minus('-0')).toBe('0');
    expect(minus('1-2')).toBe('1-2');
  });

  it('writes the year a tick falls in, with a minus sign before an era began', () => {
    expect(yearTick(1971.5)).toBe('1971');
    expect(yearTick(-50)).toBe('\u221250');
    expect(yearTick(-0.5)).toBe('\u22121');
  });
});
