import fc from 'fast-check';
import { ALIGNMENTS, COMPARED_ERAS } from '../../src/lib/compareAlign';
import { PATTERN_CLAIMS } from '../../src/lib/compareClaims';
import { INDICATORS } from '../../src/lib/compareSeries';
import { TRIFFIN_RANGES } from '../../src/lib/triffin';
import { PRESET_IDS, type TriffinSliders } from '../../src/lib/triffinPresets';
import { ERA_IDS } from '../../src/schemas/vocab';
import { VERDICT_SLUGS, type ClaimsState } from '../../src/state/claims';
import { compareCodec, type CompareState } from '../../src/state/compare';
import { triffinCodec, type PresetSliders, type TriffinState } from '../../src/state/triffin';
import type { CodecUnderTest } from './hostile';

/** A non-empty subset of `all`, in `all`'s order (as the codecs write lists). */
export const subset = <T extends string>(all: readonly T[]) =>
  fc.subarray([...all], { minLength: 1 }).map((picked) => all.filter((v) => picked.includes(v)));
/** Whether `values` is a non-empty list drawn from `all`. */
export const isSubset = (values: readonly string[], all: readonly string[]) =>
  Array.isArray(values) && values.length > 0 && values.every((v: string) => all.includes(v));

/** Every state of the claim ledger's filters. */
export const claimsStates: fc.Arbitrary<ClaimsState> = fc.record({
  verdict: fc.constantFrom('' as const, ...VERDICT_SLUGS),
  era: fc.constantFrom('' as const, ...ERA_IDS),
});

/** How many datings each compared era has in the tests (the page reads them from `data/eras.yml`). */
export const DATING_COUNTS = { guilder: 2, sterling: 2, dollar: 3 };
/** The comparative chart's codec over `DATING_COUNTS`. */
export const compare = compareCodec(DATING_COUNTS);

/** The comparative chart's codec as the hostile-input properties see it. */
export const compareUnderTest: CodecUnderTest<CompareState> = {
  parse: (q) => compare.parse(q),
  format: (s) => compare.format(s),
  keys: ['align', 'dating', 'show', 'claim', 'at', 'axis', 'ind', 'v'],
  nasty: ['sterling-9,dollar-0,guilder-2', 'gdp,,gdp,debt', '1e400'],
  states: fc.record({
    align: fc.constantFrom(...ALIGNMENTS),
    datings: fc.record({
      guilder: fc.integer({ min: 0, max: DATING_COUNTS.guilder - 1 }),
      sterling: fc.integer({ min: 0, max: DATING_COUNTS.sterling - 1 }),
      dollar: fc.integer({ min: 0, max: DATING_COUNTS.dollar - 1 }),
    }),
    show: subset(INDICATORS),
    claim: fc.constantFrom('', ...PATTERN_CLAIMS.map((c) => c.claim)),
    at: fc.oneof(
      fc.constant(null),
      fc.integer({ min: -100000, max: 300000 }).map((n) => n / 100 + 0),
    ),
  }),
  isValid: (s) =>
    ALIGNMENTS.includes(s.align) &&
    COMPARED_ERAS.every(
      (e) => Number.isInteger(s.datings[e]) && s.datings[e] >= 0 && s.datings[e] < DATING_COUNTS[e],
    ) &&
    isSubset(s.show, INDICATORS) &&
    (s.claim === '' || PATTERN_CLAIMS.some((c) => c.claim === s.claim)) &&
    (s.at === null || (Number.isFinite(s.at) && s.at >= -1000 && s.at <= 3000)),
};

/** The US preset's sliders in the tests; the others differ from it in a few values. */
export const US_SLIDERS: TriffinSliders = {
  demandGrowth: 8.1,
  backingGrowth: -1.3,
  shareMet: 100,
  startCover: 2.65,
  threshold: 1,
};
/** Every preset's sliders, as the page hands them to the codec. */
export const TRIFFIN_PRESETS: PresetSliders = {
  'us-1950': US_SLIDERS,
  'uk-1948': { ...US_SLIDERS, startCover: 0.32, backingGrowth: -2.7 },
  'no-deficits': { ...US_SLIDERS, shareMet: 0, backingGrowth: 0 },
};
/** The Triffin model's codec over `TRIFFIN_PRESETS`. */
export const triffin = triffinCodec(TRIFFIN_PRESETS);
const SLIDERS = Object.keys(US_SLIDERS) as (keyof TriffinSliders)[];

/** Any value a slider can take: a whole number of steps inside its range. */
const onGrid = (key: keyof TriffinSliders) => {
  const { min, max, step } = TRIFFIN_RANGES[key];
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return fc
    .integer({ min: 0, max: Math.round((max - min) / step) })
    .map((n) => Number((min + n * step).toFixed(decimals)) + 0);
};

/** The Triffin model's codec as the hostile-input properties see it. */
export const triffinUnderTest: CodecUnderTest<TriffinState> = {
  parse: (q) => triffin.parse(q),
  format: (s) => triffin.format(s),
  keys: ['preset', 'demand', 'backing', 'share', 'cover', 'threshold', 'history', 'v'],
  nasty: ['us-1950', '1e400'],
  states: fc.record({
    preset: fc.constantFrom(...PRESET_IDS),
    demandGrowth: onGrid('demandGrowth'),
    backingGrowth: onGrid('backingGrowth'),
    shareMet: onGrid('shareMet'),
    startCover: onGrid('startCover'),
    threshold: onGrid('threshold'),
    history: fc.boolean(),
  }),
  isValid: (s) =>
    PRESET_IDS.includes(s.preset) &&
    typeof s.history === 'boolean' &&
    SLIDERS.every((k) => {
      const { min, max } = TRIFFIN_RANGES[k];
      return Number.isFinite(s[k]) && s[k] >= min && s[k] <= max;
    }),
};
