import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERA_IDS } from '../../src/schemas/era';
import { EVENT_CATEGORIES } from '../../src/schemas/event';
import {
  filterLine,
  formatTimelineState,
  parseTimelineState,
  TIMELINE_DEFAULTS,
  type TimelineState,
} from '../../src/state/timeline';
import { subset } from './fixtures';

const stateArb: fc.Arbitrary<TimelineState> = fc
  .record({
    event: fc.constantFrom('', 'nixon-closes-gold-window', 'bank-of-england-founded'),
    from: fc.integer({ min: 1560, max: 2020 }),
    span: fc.integer({ min: 2, max: 470 }),
    eras: subset(ERA_IDS),
    cats: subset(EVENT_CATEGORIES),
    q: fc.string({ maxLength: 20 }).map((s) => s.trim()),
  })
  .map(({ span, ...s }) => ({ ...s, to: Math.min(2030, s.from + span) }))
  .filter((s) => s.to - s.from >= 2);

describe('timeline URL state', () => {
  it('parseTimelineState(formatTimelineState(s)) gives back s', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(parseTimelineState(formatTimelineState(s))).toEqual(s);
      }),
    );
  });

  it('formatTimelineState(parseTimelineState(q)) is canonical: formatting twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (junk) => {
        const once = formatTimelineState(parseTimelineState(junk));
        expect(formatTimelineState(parseTimelineState(once))).toBe(once);
      }),
    );
  });

  it('formatTimelineState(defaults) writes nothing', () => {
    expect(formatTimelineState(TIMELINE_DEFAULTS)).toBe('');
  });

  it('formatTimelineState writes only what differs from the defaults', () => {
    expect(formatTimelineState({ ...TIMELINE_DEFAULTS, event: 'nixon-closes-gold-window', from: 1944 })).toBe(
      '?event=nixon-closes-gold-window&from=1944',
    );
  });

  it('parseTimelineState never throws and falls back to defaults on junk', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        expect(() => parseTimelineState(junk)).not.toThrow();
      }),
    );
    expect(parseTimelineState('?from=abc&to=99999&era=martian&cat=&event=<script>')).toEqual(TIMELINE_DEFAULTS);
  });

  it('parseTimelineState rejects a reversed range', () => {
    const s = parseTimelineState('?from=1900&to=1800');
    expect([s.from, s.to]).toEqual([TIMELINE_DEFAULTS.from, TIMELINE_DEFAULTS.to]);
  });

  it('parseTimelineState migrates legacy links (?e=, start, end)', () => {
    expect(parseTimelineState('?e=nixon-closes-gold-window&start=1960&end=1980')).toEqual({
      ...TIMELINE_DEFAULTS,
      event: 'nixon-closes-gold-window',
      from: 1960,
      to: 1980,
    });
  });

  it('parseTimelineState keeps filters in canonical order whatever the URL order', () => {
    expect(parseTimelineState('?era=dollar,guilder').eras).toEqual(['guilder', 'dollar']);
  });

  it('filterLine says what the filters let through, "all" where nothing is left out', () => {
    expect(filterLine(TIMELINE_DEFAULTS)).toBe('all eras, all kinds');
    expect(filterLine(parseTimelineState('?era=dollar&cat=war,crisis'))).toBe('1 of 4 eras, 2 of 7 kinds');
  });
});
