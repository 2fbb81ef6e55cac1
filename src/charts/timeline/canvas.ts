import type { EraId } from '../../schemas/vocab';
import { RADIUS, STROKE, TIMELINE_SIZE } from '../../lib/timelineConstants';
import { firstFrom, inPlot, itemY, timelineScale, type TimelineLayout } from './layout';
import type { TimelineItem } from '../../lib/timelineModel';

/** Colours of the markers, as the stylesheet resolves them for the current scheme. */
export interface MarkerColours {
  era: Record<EraId, string>;
  /** Outline of every marker (the timeline's background). */
  outline: string;
  /** Outline of the selected event. */
  selected: string;
  /** Outline of the event the keyboard is on. */
  active: string;
}

/** The part of a 2D canvas context the markers need, so that tests can record the calls. */
export type MarkerContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'arc'
  | 'moveTo'
  | 'lineTo'
  | 'fill'
  | 'stroke'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
>;

/** What to paint: which events are filtered out, which is selected, which the keyboard is on. */
export interface MarkerState {
  hidden: (id: string) => boolean;
  selected: string;
  active: string;
}

/** Per lane and row, the importance painted at each whole x (0: none yet); reused by every frame. */
let taken = new Uint8Array(0);

/** The longest span of a list of items, in years, kept per list: where a search for the view must start. */
const longestSpan = new WeakMap<readonly TimelineItem[], number>();

/**
 * Paints the event markers of a timeline drawing as the SVG draws them (span,
 * circle, outline; selected and keyboard outlines) for a visible domain.
 * Coordinates are the drawing's viewBox units: the caller's transform maps them
 * to the canvas, which covers the plot area. `items` are in date order (as
 * `timelineItems` sorts them): a binary search finds the first that can show,
 * and the loop ends past the plot, so a frame's cost grows with the events in
 * view, not with the timeline's. Where events crowd, a marker that would fall
 * on the very pixel of its row where one as important was painted is skipped:
 * it could not be seen, and thousands of events in view cost no more to paint
 * than the pixels they cover. The marked events are always painted. Returns
 * the number of markers painted.
 */
export function paintMarkers(
  ctx: MarkerContext,
  layout: TimelineLayout,
  items: readonly TimelineItem[],
  domain: [number, number],
  state: MarkerState,
  colours: MarkerColours,
): number {
  const x = timelineScale(layout, domain);
  ctx.clearRect(layout.left, 0, layout.right - layout.left, layout.axisY);
  let span = longestSpan.get(items);
  if (span === undefined) {
    span = items.reduce((m, i) => Math.max(m, i.x2 === null ? 0 : i.x2 - i.x), 0);
    longestSpan.set(items, span);
  }
  // Years a circle's radius and the plot's margin reach beyond its edges.
  const margin = (12 * (domain[1] - domain[0])) / (layout.right - layout.left);
  const last = domain[1] + margin;
  const stride = Math.ceil(layout.width) + 1;
  const size = TIMELINE_SIZE.lanes * TIMELINE_SIZE.rows * stride;
  if (taken.length < size) taken = new Uint8Array(size);
  else taken.fill(0, 0, size);
  let painted = 0;
  for (let k = firstFrom(items, domain[0] - margin - span); k < items.length; k++) {
    const item = items[k]!;
    if (item.x > last) break;
    const cx = x(item.x);
    const end = item.x2 === null ? cx : x(item.x2);
    if (!inPlot(layout, cx, end)) continue;
    const marked = item.id === state.active || item.id === state.selected;
    const at = (item.lane * TIMELINE_SIZE.rows + item.row) * stride + Math.min(stride - 1, Math.max(0, Math.round(cx)));
    const there = taken[at]!;
    // A marker as important (or more) already covers this pixel of the row.
    if (!marked && item.x2 === null && there !== 0 && there <= item.importance) continue;
    if (state.hidden(item.id)) continue;
    if (there === 0 || item.importance < there) taken[at] = item.importance;
    const y = itemY(layout, item);
    const colour = colours.era[item.era];
    if (item.x2 !== null) {
      ctx.globalAlpha = 0.5;
      ctx.strokeStyle = colour;
      ctx.lineWidth = STROKE.span;
      ctx.beginPath();
      ctx.moveTo(cx, y);
      ctx.lineTo(end, y);
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
    ctx.beginPath();
    ctx.arc(cx, y, RADIUS[item.importance], 0, 2 * Math.PI);
    ctx.fillStyle = colour;
    ctx.fill();
    const active = item.id === state.active;
    const selected = item.id === state.selected;
    ctx.strokeStyle = active ? colours.active : selected ? colours.selected : colours.outline;
    ctx.lineWidth = active ? STROKE.active : selected ? STROKE.selected : STROKE.outline;
    ctx.stroke();
    painted++;
  }
  return painted;
}
