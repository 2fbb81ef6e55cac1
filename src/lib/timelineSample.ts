/**
 * The most event markers a timeline page draws in its HTML. The site's events are far fewer; with many more (the
 * benchmark's synthetic copies) the page draws a sample, so it stays quick to load and to lay out: the explorer
 * adds the rest at the reader's first movement, and the list beside the timeline has every event. Self-contained
 * (no imports), so the benchmark can draw the same sample.
 */
export const DRAWN_AT_MOST = 2500;

/**
 * Which events a drawing shows when there are more than `limit`: whole importance tiers first (turning points,
 * then important events), and of the first tier that does not fit whole an even sample across the years, so
 * every lane keeps its shape. In their original (date) order; with `limit` or fewer events, all of them.
 */
export function sampleEvents<T extends { importance: number }>(items: readonly T[], limit = DRAWN_AT_MOST): T[] {
  if (items.length <= limit) return [...items];
  const keep = new Set<number>();
  const tiers = [...new Set(items.map((item) => item.importance))].sort((a, b) => a - b);
  for (const tier of tiers) {
    const members = items.flatMap((item, i) => (item.importance === tier ? [i] : []));
    const room = limit - keep.size;
    if (members.length <= room) {
      for (const i of members) keep.add(i);
      continue;
    }
    for (let k = 0; k < room; k++) keep.add(members[Math.floor((k * members.length) / room)]!);
    break;
  }
  return items.filter((_, i) => keep.has(i));
}
