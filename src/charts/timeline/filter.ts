import { searchable } from '../../lib/quotes';
import type { TimelineState } from '../../state/timeline';
import type { TimelineItem } from '../../lib/timelineModel';

/** True when an item passes the era and category filters and the search words. */
export function matches(item: TimelineItem, state: TimelineState): boolean {
  if (!state.eras.includes(item.era) || !state.cats.includes(item.category)) return false;
  const words = searchable(state.q).split(/\s+/).filter(Boolean);
  return words.every((w) => item.text.includes(w));
}
