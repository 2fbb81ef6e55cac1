import { RADIUS, TIMELINE_SIZE } from '../../lib/timelineConstants';
import { itemY, timelineScale, type TimelineLayout } from './layout';
import type { TimelineItem } from '../../lib/timelineModel';

/**
 * The event a pointer at `point` (drawing units) means: of the markers whose
 * hit area holds the point (a square `2 × half` wide around the circle, never
 * smaller than the circle, stretched along a span), the one whose centre or
 * span is nearest. Markers are small and crowd each other when the view is
 * wide; the nearest wins, not the one drawn last. `half` is in drawing units:
 * 12 CSS px by default (WCAG 2.5.8) at one unit per pixel.
 */
export function hitTest(
  layout: TimelineLayout,
  items: readonly TimelineItem[],
  domain: [number, number],
  point: { x: number; y: number },
  half: number = TIMELINE_SIZE.hit / 2,
): TimelineItem | null {
  if (point.x < layout.left || point.x > layout.right || point.y > layout.axisY) return null;
  const x = timelineScale(layout, domain);
  let best: TimelineItem | null = null;
  let bestDistance = Infinity;
  for (const item of items) {
    const reach = Math.max(half, RADIUS[item.importance]);
    const dy = Math.abs(point.y - itemY(layout, item));
    if (dy > reach) continue;
    const cx = x(item.x);
    const end = item.x2 === null ? cx : x(item.x2);
    const dx = point.x < cx ? cx - point.x : point.x > end ? point.x - end : 0;
    if (dx > reach) continue;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) [best, bestDistance] = [item, distance];
  }
  return best;
}
