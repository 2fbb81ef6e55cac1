import fc from 'fast-check';
import { describe } from 'vitest';
import { ALIGNMENTS, COMPARED_ERAS } from '../../src/lib/compareAlign';
import { PATTERN_CLAIMS } from '../../src/lib/compareClaims';
import { INDICATORS } from '../../src/lib/compareSeries';
import { TRIFFIN_RANGES } from '../../src/lib/triffin';
import { PRESET_IDS, type TriffinSliders } from '../../src/lib/triffinPresets';
import { ERA_IDS, EVENT_CATEGORIES } from '../../src/schemas/vocab';
import { CLAIMS_DEFAULTS, formatClaimsState, parseClaimsState, VERDICT_SLUGS } from '../../src/state/claims';
import { cleanText } from '../../src/state/codec';
import {
  formatTimelineState,
  parseTimelineState,
  TIMELINE_MAX,
  TIMELINE_MIN,
  type TimelineState,
} from '../../src/state/timeline';
import { COMPARE_DEFAULTS, compareCodec, type CompareState } from '../../src/state/compare';
import { triffinCodec, type PresetSliders, type TriffinState } from '../../src/state/triffin';
import { describeHostileInput } from './hostile';

const subset = <T extends string>(all: readonly T[]) =>
  fc.subarray([...all], { minLength: 1 }).map((picked) => all.filter((v) => picked.includes(v)));
const isSubset = (values: readonly string[], all: readonly string[]) =>
  Array.isArray(values) && values.length > 0 && values.every((v: string) => all.includes(v));

describe('timeline codec under hostile input', () => {
  describeHostileInput<TimelineState>({
    parse: parseTimelineState,
    format: formatTimelineState,
    keys: ['event', 'from', 'to', 'era', 'cat', 'q', 'e', 'start', 'end'],
    states: fc
      .record({
        event: fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/)),
        from: fc.integer({ min: TIMELINE_MIN, max: TIMELINE_MAX - 2 }),
        span: fc.integer({ min: 2, max: TIMELINE_MAX - TIMELINE_MIN }),
        eras: subset(ERA_IDS),
        cats: subset(EVENT_CATEGORIES),
        q: fc.string({ maxLength: 100 }).map((s) => cleanText(s, 80)),
      })
      .map(({ span, ...s }) => ({ ...s, to: Math.min(TIMELINE_MAX, s.from + span) }))
      .filter((s) => s.to - s.from >= 2),
    isValid: (s) =>
      typeof s.event === 'string' &&
      /^([a-z0-9]+(-[a-z0-9]+)*)?$/.test(s.event) &&
      Number.isInteger(s.from) &&
      Number.isInteger(s.to) &&
      s.from >= TIMELINE_MIN &&
      s.to <= TIMELINE_MAX &&
      s.to - s.from >= 2 &&
      isSubset(s.eras, ERA_IDS) &&
      isSubset(s.cats, EVENT_CATEGORIES) &&
      typeof s.q === 'string' &&
      s.q.length <= 160 &&
      s.q === cleanText(s.q, 80),
  });
});

describe('claims codec under hostile input', () => {
  describeHostileInput({
    parse: parseClaimsState,
    format: formatClaimsState,
    keys: Object.keys(CLAIMS_DEFAULTS),
    states: fc.record({
      verdict: fc.constantFrom('' as const, ...VERDICT_SLUGS),
      era: fc.constantFrom('' as const, ...ERA_IDS),
    }),
    isValid: (s) =>
      Object.keys(s).length === 2 && ['', ...VERDICT_SLUGS].includes(s.verdict) && ['', ...ERA_IDS].includes(s.era),
  });
});

const us: TriffinSliders = { demandGrowth: 8.1, backingGrowth: -1.3, shareMet: 100, startCover: 2.65, threshold: 1 };
const presets: PresetSliders = {
  'us-1950': us,
  'uk-1948': { ...us, startCover: 0.32, backingGrowth: -2.7 },
  'no-deficits': { ...us, shareMet: 0, backingGrowth: 0 },
};
const triffin = triffinCodec(presets);
const SLIDERS = Object.keys(us) as (keyof TriffinSliders)[];
const onGrid = (key: keyof TriffinSliders) => {
  const { min, max, step } = TRIFFIN_RANGES[key];
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return fc
    .integer({ min: 0, max: Math.round((max - min) / step) })
    .map((n) => Number((min + n * step).toFixed(decimals)) + 0);
};

describe('Triffin codec under hostile input', () => {
  describeHostileInput<TriffinState>({
    parse: (q) => triffin.parse(q),
    format: (s) => triffin.format(s),
    keys: ['preset', 'demand', 'backing', 'share', 'cover', 'threshold', 'history', 'v'],
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
  });
});

describe('comparative chart codec under hostile input', () => {
  const counts = { guilder: 2, sterling: 2, dollar: 3 };
  const compare = compareCodec(counts);
  describeHostileInput<CompareState>({
    parse: (q) => compare.parse(q),
    format: (s) => compare.format(s),
    keys: ['align', 'dating', 'show', 'claim', 'at', 'axis', 'ind', 'v'],
    states: fc.record({
      align: fc.constantFrom(...ALIGNMENTS),
      datings: fc.record({
        guilder: fc.integer({ min: 0, max: counts.guilder - 1 }),
        sterling: fc.integer({ min: 0, max: counts.sterling - 1 }),
        dollar: fc.integer({ min: 0, max: counts.dollar - 1 }),
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
      COMPARED_ERAS.every((e) => Number.isInteger(s.datings[e]) && s.datings[e] >= 0 && s.datings[e] < counts[e]) &&
      isSubset(s.show, INDICATORS) &&
      (s.claim === '' || PATTERN_CLAIMS.some((c) => c.claim === s.claim)) &&
      (s.at === null || (Number.isFinite(s.at) && s.at >= -1000 && s.at <= 3000)),
  });
  void COMPARE_DEFAULTS;
});
