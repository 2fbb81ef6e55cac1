import { RADIUS } from '../../lib/timelineConstants';
import { itemY, type TimelineLayout } from './layout';
import type { TimelineItem } from '../../lib/timelineModel';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Sets a nested svg to cover the plot's width from `y` down `height` units:
 * it clips what it holds (markers, bands, the debt lines) at the plot's edges
 * without a clipPath id.
 */
export function placeClip(clip: Element, layout: TimelineLayout, y: number, height: number): void {
  const width = layout.right - layout.left;
  clip.setAttribute('x', String(layout.left));
  clip.setAttribute('y', String(y));
  clip.setAttribute('width', String(width));
  clip.setAttribute('height', String(height));
  clip.setAttribute('viewBox', `${layout.left} ${y} ${width} ${height}`);
  clip.setAttribute('overflow', 'hidden');
}

/**
 * One event's marker: a group with a span for events that last and a labelled
 * circle that is an option of the timeline's listbox. Unplaced: `positionTimeline`
 * sets the horizontal positions. Plain DOM, so the browser builds the same
 * marker as the build.
 */
export function eventMark(
  doc: Document,
  layout: TimelineLayout,
  item: TimelineItem,
  idPrefix: string,
  selected: boolean,
): SVGGElement {
  const y = itemY(layout, item);
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', `event era-${item.era} imp-${item.importance}`);
  g.setAttribute('data-id', item.id);
  if (item.x2 !== null) {
    const span = doc.createElementNS(SVG_NS, 'line');
    span.setAttribute('class', 'event-span');
    span.setAttribute('aria-hidden', 'true');
    span.setAttribute('y1', String(y));
    span.setAttribute('y2', String(y));
    g.append(span);
  }
  const circle = doc.createElementNS(SVG_NS, 'circle');
  circle.setAttribute('id', `${idPrefix}-${item.id}`);
  circle.setAttribute('role', 'option');
  circle.setAttribute('aria-label', `${item.title}, ${item.dateLabel}`);
  circle.setAttribute('aria-selected', selected ? 'true' : 'false');
  circle.setAttribute('cy', String(y));
  circle.setAttribute('r', String(RADIUS[item.importance]));
  g.append(circle);
  return g;
}
