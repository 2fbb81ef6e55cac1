import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRIFFIN_RANGES } from '../../src/lib/triffin';
import { PRESET_IDS, type TriffinSliders } from '../../src/lib/triffinPresets';
import { triffinCodec, type PresetSliders, type TriffinState } from '../../src/state/triffin';

const us: TriffinSliders = { demandGrowth: 8.1, backingGrowth: -1.3, shareMet: 100, startCover: 2.65, threshold: 1 };
const presets: PresetSliders = {
  'us-1950': us,
  'uk-1948': { ...us, startCover: 0.32, backingGrowth: -2.7 },
  'no-deficits': { ...us, shareMet: 0, backingGrowth: 0 },
};
const codec = triffinCodec(presets);

/** Any value a slider can take: a whole number of steps inside its range. */
const onGrid = (key: keyof TriffinSliders) => {
  const { min, max, step } = TRIFFIN_RANGES[key];
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return fc
    .integer({ min: 0, max: Math.round((max - min) / step) })
    .map((n) => Number((min + n * step).toFixed(decimals)) + 0);
};

const stateArb: fc.Arbitrary<TriffinState> = fc.record({
  preset: fc.constantFrom(...PRESET_IDS),
  demandGrowth: onGrid('demandGrowth'),
  backingGrowth: onGrid('backingGrowth'),
  shareMet: onGrid('shareMet'),
  startCover: onGrid('startCover'),
  threshold: onGrid('threshold'),
  history: fc.boolean(),
});

const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.webQueryParameters(),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(
          'preset',
          'demand',
          'backing',
          'share',
          'cover',
          'threshold',
          'history',
          'v',
          '__proto__',
          'constructor',
        ),
        fc.oneof(
          fc.string(),
          fc.double().map(String),
          fc.constantFrom(
            'NaN',
            'Infinity',
            '-0',
            '1e400',
            '%E0%A4%A',
            '<script>alert(1)</script>',
            '\u0000\u202e',
            'us-1950',
          ),
        ),
      ),
      { maxLength: 8 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);

describe('triffinCodec', () => {
  it('format(defaults) writes nothing', () => {
    expect(codec.format(codec.defaults)).toBe('');
    expect(codec.defaults).toEqual({ preset: 'us-1950', history: false, ...us });
  });

  it('format writes only what differs from the preset’s own values', () => {
    expect(codec.format({ ...codec.defaults, demandGrowth: 5 })).toBe('?demand=5');
    expect(codec.format({ preset: 'uk-1948', history: false, ...presets['uk-1948'] })).toBe('?preset=uk-1948');
    expect(codec.format({ preset: 'no-deficits', history: true, ...presets['no-deficits'], threshold: 0.5 })).toBe(
      '?preset=no-deficits&threshold=0.5&history=1',
    );
  });

  it('parse takes a preset’s values for the sliders a link leaves out', () => {
    expect(codec.parse('?preset=uk-1948&share=40')).toEqual({
      preset: 'uk-1948',
      history: false,
      ...presets['uk-1948'],
      shareMet: 40,
    });
  });

  it('parse clamps numbers out of range and rounds them to the slider’s step', () => {
    const s = codec.parse('?demand=99&backing=-40&cover=2.6549&threshold=0.01&share=33.4');
    expect(s).toMatchObject({ demandGrowth: 15, backingGrowth: -15, startCover: 2.65, threshold: 0.1, shareMet: 33 });
  });

  it('parse falls back on junk and unknown presets', () => {
    expect(codec.parse('?demand=abc&preset=mars&history=yes&cover=1e5&share=NaN')).toEqual(codec.defaults);
  });

  it('parse reads version 1 links (with or without v) the same way', () => {
    expect(codec.parse('?v=1&demand=5')).toEqual(codec.parse('?demand=5'));
  });

  it('parse(format(s)) gives back s', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(codec.parse(codec.format(s))).toEqual(s);
      }),
    );
  });

  it('format(parse(q)) is canonical, and parse never throws and gives a valid state', () => {
    fc.assert(
      fc.property(hostile, (q) => {
        const state = codec.parse(q);
        const once = codec.format(state);
        expect(codec.format(codec.parse(once))).toBe(once);
        expect(PRESET_IDS).toContain(state.preset);
        for (const key of ['demandGrowth', 'backingGrowth', 'shareMet', 'startCover', 'threshold'] as const) {
          expect(state[key]).toBeGreaterThanOrEqual(TRIFFIN_RANGES[key].min);
          expect(state[key]).toBeLessThanOrEqual(TRIFFIN_RANGES[key].max);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 30_000);
});
