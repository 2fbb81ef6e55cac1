import fc from 'fast-check';
import { describe } from 'vitest';
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
import { claimsStates, compareUnderTest, isSubset, subset, triffinUnderTest } from './fixtures';
import { describeHostileInput } from './hostile';

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
    states: claimsStates,
    isValid: (s) =>
      Object.keys(s).length === 2 && ['', ...VERDICT_SLUGS].includes(s.verdict) && ['', ...ERA_IDS].includes(s.era),
  });
});

describe('Triffin codec under hostile input', () => {
  describeHostileInput(triffinUnderTest);
});

describe('comparative chart codec under hostile input', () => {
  describeHostileInput(compareUnderTest);
});
