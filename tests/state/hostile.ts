import fc from 'fast-check';
import { expect, it } from 'vitest';

/** A view's codec as the hostile-input properties see it; adding a view is one `describeHostileInput` call. */
export interface CodecUnderTest<S> {
  /** Reads a query string; must never throw, whatever it is handed. */
  parse: (search: string) => S;
  /** Writes a state as a query string (`''` or `?…`). */
  format: (state: S) => string;
  /** Every valid state. */
  states: fc.Arbitrary<S>;
  /** Whether a parsed state is one the view can show. */
  isValid: (state: S) => boolean;
  /** The view's query keys, so adversarial queries aim at them. */
  keys: readonly string[];
  /** Values of the view's own that a careless link may carry (a dating out of range, a list with holes). */
  nasty?: readonly string[];
}

/** Values a hostile or careless link may carry: markup, broken escapes, controls, numbers of every shape. */
const NASTY = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '%C0%80',
  '\u0000',
  '\u202Egnp.exe',
  '\uD800',
  '\uDFFF',
  '\u0007\u001B[31m',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-0',
  '0x10',
  '1_000',
  ' 12 ',
  '[]',
  '{}',
  'null',
  'undefined',
  'true',
  ',,,',
  '__proto__',
  'constructor',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'v', 'embed'];

const escape = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s; // a lone surrogate: send it raw, as a careless page would
  }
};

/** Random and adversarial query strings aimed at the given keys, with the view's own nasty values. */
export function hostileQueries(keys: readonly string[], nasty: readonly string[] = []): fc.Arbitrary<string> {
  const key = fc.oneof(fc.constantFrom(...keys, ...PROTO_KEYS), fc.string({ maxLength: 12 }));
  const value = fc.oneof(
    fc.constantFrom(...NASTY, ...nasty),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
    fc.double().map(String),
    fc.integer({ min: -100000, max: 100000 }).map(String),
    fc.array(fc.constantFrom(...NASTY, 'a', ''), { maxLength: 5 }).map((a) => a.join(',')),
  );
  const pair = fc.tuple(key, value, fc.boolean()).map(([k, v, raw]) => `${raw ? k : escape(k)}=${raw ? v : escape(v)}`);
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(pair, { maxLength: 8 }).map((p) => `?${p.join('&')}`) },
    { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.webQueryParameters().map((q) => `?${q}`) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    // Very long: a pasted essay, or a value repeated until something gives.
    { weight: 1, arbitrary: fc.tuple(pair, fc.integer({ min: 100, max: 3000 })).map(([p, n]) => `?${p}`.repeat(n)) },
  );
}

/** Things that are not strings at all, as a mistaken caller might hand them. */
const WRONG_TYPES: unknown[] = [undefined, null, 42, NaN, {}, [], ['a=b'], { toString: () => '?a=b' }, Symbol('q')];

/**
 * The properties every codec keeps (STYLE.md, "Codecs"): `parse(format(s))` is `s`; `format(parse(q))` is
 * canonical; 100,000 random and adversarial inputs never throw and always give a valid state; what `format`
 * writes is URL-escaped, so it cannot carry markup.
 */
export function describeHostileInput<S>(c: CodecUnderTest<S>, runs = 100_000): void {
  it('parse(format(s)) gives back s for every valid state', () => {
    fc.assert(
      fc.property(c.states, (s) => {
        expect(c.parse(c.format(s))).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  });

  it(`parse never throws on ${runs.toLocaleString('en')} hostile queries, gives a valid state, and format of it is canonical and escaped`, () => {
    fc.assert(
      fc.property(hostileQueries(c.keys, c.nasty), (q) => {
        const state = c.parse(q);
        if (!c.isValid(state)) throw new Error(`invalid state from ${JSON.stringify(q)}: ${JSON.stringify(state)}`);
        const once = c.format(state);
        if (c.format(c.parse(once)) !== once) throw new Error(`not canonical: ${JSON.stringify(q)} → ${once}`);
        if (/[<>"'\s]/.test(once)) throw new Error(`unescaped: ${once}`);
      }),
      { numRuns: runs },
    );
  }, 120_000);

  it('parse of a value that is not a string gives a valid state', () => {
    for (const wrong of WRONG_TYPES) expect(c.isValid(c.parse(wrong as string))).toBe(true);
  });

  it('parse leaves Object.prototype alone when a link names __proto__ or constructor', () => {
    c.parse('?__proto__[polluted]=1&__proto__=x&constructor[prototype][polluted]=1&constructor=y');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(c.parse('?__proto__=x'))).toBe(Object.prototype);
  });
}
