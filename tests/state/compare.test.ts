import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALIGNMENTS } from '../../src/lib/compareAlign';
import { PATTERN_CLAIMS } from '../../src/lib/compareClaims';
import { INDICATORS } from '../../src/lib/compareSeries';
import { COMPARE_DEFAULTS, compareCodec, type CompareState } from '../../src/state/compare';

const codec = compareCodec({ guilder: 2, sterling: 2, dollar: 3 });

const stateArb: fc.Arbitrary<CompareState> = fc.record({
  align: fc.constantFrom(...ALIGNMENTS),
  datings: fc.record({
    guilder: fc.integer({ min: 0, max: 1 }),
    sterling: fc.integer({ min: 0, max: 1 }),
    dollar: fc.integer({ min: 0, max: 2 }),
  }),
  show: fc.subarray([...INDICATORS], { minLength: 1 }),
  claim: fc.constantFrom('', ...PATTERN_CLAIMS.map((c) => c.claim)),
  at: fc.option(
    fc.integer({ min: -100000, max: 300000 }).map((n) => n / 100 + 0),
    { nil: null },
  ),
});

const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.webQueryParameters(),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('align', 'dating', 'show', 'claim', 'at', 'v', 'axis', 'ind', '__proto__', 'constructor'),
        fc.oneof(
          fc.string(),
          fc.double().map(String),
          fc.constantFrom(
            'NaN',
            'Infinity',
            '-0',
            '1e400',
            '%E0%A4%A',
            '<img src=x onerror=alert(1)>',
            '\u0000\u202e',
            'sterling-9,dollar-0,guilder-2',
            'gdp,,gdp,debt',
            'x'.repeat(5000),
          ),
        ),
      ),
      { maxLength: 8 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);

/** A state is valid when every field is one the chart can show. */
function isValid(s: CompareState): boolean {
  return (
    ALIGNMENTS.includes(s.align) &&
    s.datings.guilder >= 0 &&
    s.datings.guilder < 2 &&
    s.datings.sterling >= 0 &&
    s.datings.sterling < 2 &&
    s.datings.dollar >= 0 &&
    s.datings.dollar < 3 &&
    s.show.length > 0 &&
    s.show.every((i) => INDICATORS.includes(i)) &&
    (s.claim === '' || PATTERN_CLAIMS.some((c) => c.claim === s.claim)) &&
    (s.at === null || Number.isFinite(s.at))
  );
}

describe('compareCodec', () => {
  it('format(defaults) writes nothing', () => {
    expect(codec.format(COMPARE_DEFAULTS)).toBe('');
    expect(codec.parse('')).toEqual(COMPARE_DEFAULTS);
  });

  it('format writes only the fields that differ, datings counted from 1', () => {
    expect(codec.format({ ...COMPARE_DEFAULTS, align: 'lifecycle' })).toBe('?align=lifecycle');
    expect(codec.format({ ...COMPARE_DEFAULTS, datings: { guilder: 0, sterling: 1, dollar: 2 } })).toBe(
      '?dating=sterling-2%2Cdollar-3',
    );
    expect(codec.format({ ...COMPARE_DEFAULTS, show: ['gdp'], at: 113 })).toBe('?show=gdp&at=113');
  });

  it('parse drops values out of range and keeps the rest', () => {
    const s = codec.parse('?align=sideways&dating=sterling-2,dollar-4,bitcoin-1&show=gdp,nonsense&at=1e9');
    expect(s).toEqual({ ...COMPARE_DEFAULTS, datings: { guilder: 0, sterling: 1, dollar: 0 }, show: ['gdp'] });
  });

  it('parse migrates a version-1 link (axis and ind) to the current format', () => {
    const s = codec.parse('?v=1&axis=life&ind=gdp,ca&dating=guilder-2');
    expect(s).toEqual({
      ...COMPARE_DEFAULTS,
      align: 'lifecycle',
      show: ['gdp', 'current-account'],
      datings: { guilder: 1, sterling: 0, dollar: 0 },
    });
    // A version-1 link without its `v` is recognised by its keys.
    expect(codec.parse('?axis=year').align).toBe('calendar');
    expect(codec.format(codec.parse('?axis=year'))).toBe('?align=calendar');
  });

  it('parse never throws and always gives a valid state, whatever the query', () => {
    fc.assert(
      fc.property(hostile, (q) => {
        const s = codec.parse(q);
        expect(isValid(s)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('format(parse(q)) is canonical: parsing it again gives the same text', () => {
    fc.assert(
      fc.property(hostile, (q) => {
        const once = codec.format(codec.parse(q));
        expect(codec.format(codec.parse(once))).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it('parse(format(s)) equals s for every valid state', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(codec.parse(codec.format(s))).toEqual(s);
      }),
      { numRuns: 5000 },
    );
  });
});
