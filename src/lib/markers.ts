import type { EventRow } from '../schemas/event';
import { decimalYear } from './dates';
import { loadEvents } from './data';
import { withBase } from './url';

/** A dated marker on a chart: an event's rule and label, linking to its timeline page. */
export interface EventMarker {
  /** Event id. */
  id: string;
  /** Decimal year. */
  x: number;
  /** Label: the event's title, or the label the caller gives. */
  label: string;
  /** The event's page on the timeline. */
  href: string;
}

/** Chart markers for the named events, in the order given; an unknown id stops the build. */
export function eventMarkers(
  ids: readonly string[],
  labels: Readonly<Record<string, string>> = {},
): { markers: EventMarker[]; events: EventRow[] } {
  const byId = new Map(loadEvents().map((e) => [e.id, e]));
  const events = ids.map((id) => {
    const event = byId.get(id);
    if (!event) throw new Error(`eventMarkers: no event "${id}" in data/events.csv`);
    return event;
  });
  const markers = events.map((e) => ({
    id: e.id,
    x: decimalYear(e.date),
    label: labels[e.id] ?? e.title,
    href: withBase(`/timeline/${e.id}/`),
  }));
  return { markers, events };
}
