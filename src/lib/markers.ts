import type { Marker } from '../charts/types';
import type { EventRow } from '../schemas/event';
import { decimalYear } from './dates';
import { loadEvents } from './data';
import { withBase } from './url';

/** Chart markers for the named events, in the order given; an unknown id stops the build. */
export function eventMarkers(
  ids: readonly string[],
  labels: Readonly<Record<string, string>> = {},
): { markers: Marker[]; events: EventRow[] } {
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
