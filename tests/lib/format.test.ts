import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/lib/format';

describe('formatValue', () => {
  it('writes billions as trillions to one decimal, dropping a trailing zero', () => {
    expect(formatValue(34001.3, 'bnAsTrillion')).toBe('34 trillion');
    expect(formatValue(36218.6, 'bnAsTrillion')).toBe('36.2 trillion');
    expect(formatValue(391.1, 'bnAsTrillion')).toBe('0.4 trillion');
  });

  it('keeps its other formats', () => {
    expect(formatValue(41.25, 'percent')).toBe('41.3 %');
    expect(formatValue(1234567.4, 'integer')).toBe('1,234,567');
    expect(formatValue(35, 'usd')).toBe('$35.00');
  });
});
