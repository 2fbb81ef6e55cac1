import { describe, expect, it } from 'vitest';
import { COMPARE_DEFAULTS } from '../../src/state/compare';
import { compare } from './fixtures';

// The properties every codec keeps (round trip, canonical, hostile input) run in hostile.test.ts.

describe('compareCodec', () => {
  it('format(defaults) writes nothing', () => {
    expect(compare.format(COMPARE_DEFAULTS)).toBe('');
    expect(compare.parse('')).toEqual(COMPARE_DEFAULTS);
  });

  it('format writes only the fields that differ, datings counted from 1', () => {
    expect(compare.format({ ...COMPARE_DEFAULTS, align: 'lifecycle' })).toBe('?align=lifecycle');
    expect(compare.format({ ...COMPARE_DEFAULTS, datings: { guilder: 0, sterling: 1, dollar: 2 } })).toBe(
      '?dating=sterling-2%2Cdollar-3',
    );
    expect(compare.format({ ...COMPARE_DEFAULTS, show: ['gdp'], at: 113 })).toBe('?show=gdp&at=113');
  });

  it('parse drops values out of range and keeps the rest', () => {
    const s = compare.parse('?align=sideways&dating=sterling-2,dollar-4,bitcoin-1&show=gdp,nonsense&at=1e9');
    expect(s).toEqual({ ...COMPARE_DEFAULTS, datings: { guilder: 0, sterling: 1, dollar: 0 }, show: ['gdp'] });
  });

  it('parse migrates a version-1 link (axis and ind) to the current format', () => {
    const s = compare.parse('?v=1&axis=life&ind=gdp,ca&dating=guilder-2');
    expect(s).toEqual({
      ...COMPARE_DEFAULTS,
      align: 'lifecycle',
      show: ['gdp', 'current-account'],
      datings: { guilder: 1, sterling: 0, dollar: 0 },
    });
    // A version-1 link without its `v` is recognised by its keys.
    expect(compare.parse('?axis=year').align).toBe('calendar');
    expect(compare.format(compare.parse('?axis=year'))).toBe('?align=calendar');
  });
});
