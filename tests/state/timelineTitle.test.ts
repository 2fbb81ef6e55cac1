import { describe, expect, it } from 'vitest';
import { TIMELINE_DEFAULTS, timelineTitle } from '../../src/state/timeline';

const NIXON = 'Nixon closes the gold window';
const SITE = 'Reserve currencies';

describe("the timeline explorer's title", () => {
  it('names the whole timeline by default', () => {
    expect(timelineTitle(TIMELINE_DEFAULTS, undefined, SITE)).toBe('Timeline · Reserve currencies');
  });

  it('names the open event, the years, the eras left in and the search', () => {
    const state = {
      ...TIMELINE_DEFAULTS,
      event: 'nixon-closes-gold-window',
      from: 1944,
      to: 1973,
      eras: ['dollar' as const],
      q: 'gold',
    };
    expect(timelineTitle(state, NIXON, SITE)).toBe(
      'Nixon closes the gold window, 1944–1973, dollar, “gold” · Timeline · Reserve currencies',
    );
    expect(timelineTitle({ ...state, event: '' }, NIXON, SITE)).toBe(
      'Timeline, 1944–1973, dollar, “gold” · Reserve currencies',
    );
  });

  it('says when every era or kind is left out', () => {
    expect(timelineTitle({ ...TIMELINE_DEFAULTS, eras: [] }, undefined, SITE)).toBe(
      'Timeline, no era · Reserve currencies',
    );
  });
});
