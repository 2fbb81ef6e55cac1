import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/lib/format';

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

  it('keeps its other formats', () => {
    expect(formatValue(1234567.4, 'integer')).toBe('1,234,567');
    expect(formatValue(35, 'usd')).toBe('$35.00');
  });
});
