import { TIMELINE_MAX, TIMELINE_MIN } from '../lib/timelineConstants';
import { ERA_IDS, EVENT_CATEGORIES, type EraId } from '../schemas/vocab';
import { defineCodec, idField, setField, textField, yearField, type Migration } from './codec';

export { TIMELINE_MAX, TIMELINE_MIN };

/** What the timeline explorer shows; every field lives in the URL. */
export interface TimelineState {
  /** Selected event id, `''` for none. */
  event: string;
  /** First visible year. */
  from: number;
  /** Last visible year. */
  to: number;
  /** Eras shown. */
  eras: EraId[];
  /** Categories shown. */
  cats: (typeof EVENT_CATEGORIES)[number][];
  /** Text search over titles and summaries. */
  q: string;
}

export const TIMELINE_DEFAULTS: TimelineState = {
  event: '',
  from: TIMELINE_MIN,
  to: TIMELINE_MAX,
  eras: [...ERA_IDS],
  cats: [...EVENT_CATEGORIES],
  q: '',
};

/** Links from before the explorer had era filters used `?e=<id>` for the event and `start`/`end` for the range. */
const legacyNames: Migration = (params) => {
  const out = new URLSearchParams(params);
  for (const [old, now] of [
    ['e', 'event'],
    ['start', 'from'],
    ['end', 'to'],
  ] as const) {
    const value = out.get(old);
    if (value !== null && !out.has(now)) out.set(now, value);
    out.delete(old);
  }
  return out;
};

const codec = defineCodec<TimelineState>(
  TIMELINE_DEFAULTS,
  {
    event: idField('event'),
    from: yearField('from', TIMELINE_MIN, TIMELINE_MAX),
    to: yearField('to', TIMELINE_MIN, TIMELINE_MAX),
    eras: setField('era', ERA_IDS),
    cats: setField('cat', EVENT_CATEGORIES),
    q: textField('q', 80),
  },
  [legacyNames],
);

/** Reads the timeline's state from a query string; never throws, invalid values fall back to defaults. */
export function parseTimelineState(search: string | URLSearchParams): TimelineState {
  const state = codec.parse(search);
  // A reversed or empty range is not a view anyone can mean: fall back to the defaults.
  if (state.to - state.from < 2) return { ...state, from: TIMELINE_DEFAULTS.from, to: TIMELINE_DEFAULTS.to };
  return state;
}

/** Writes the timeline's state as a query string with only what differs from the defaults (`''` when nothing does). */
export function formatTimelineState(state: TimelineState): string {
  return codec.format(state);
}

/**
 * The explorer's title for a state (`eventTitle` names the open event; `site`
 * ends every title), so a bookmark or a tab names the view: the event, the
 * years when they are not the whole span, the eras and kinds when some are
 * left out, and the search.
 */
export function timelineTitle(state: TimelineState, eventTitle: string | undefined, site: string): string {
  const details: string[] = [];
  if (state.from !== TIMELINE_DEFAULTS.from || state.to !== TIMELINE_DEFAULTS.to)
    details.push(`${state.from}–${state.to}`);
  if (state.eras.length < TIMELINE_DEFAULTS.eras.length) details.push(state.eras.join(', ') || 'no era');
  if (state.cats.length < TIMELINE_DEFAULTS.cats.length) details.push(state.cats.join(', ') || 'no kind of event');
  if (state.q) details.push(`“${state.q}”`);
  const head =
    state.event && eventTitle
      ? `${[eventTitle, ...details].join(', ')} · Timeline`
      : ['Timeline', ...details].join(', ');
  return `${head} · ${site}`;
}

/** What the era and kind filters let through, in a line (where they are folded away, on a phone): "all eras, 3 of 9 kinds". */
export function filterLine(state: Pick<TimelineState, 'eras' | 'cats'>): string {
  const of = (on: number, all: number, name: string) => (on === all ? `all ${name}` : `${on} of ${all} ${name}`);
  return `${of(state.eras.length, ERA_IDS.length, 'eras')}, ${of(state.cats.length, EVENT_CATEGORIES.length, 'kinds')}`;
}
