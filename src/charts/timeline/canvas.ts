import type { EraId } from '../../schemas/vocab';
import { RADIUS, STROKE } from '../../lib/timelineConstants';
import { inPlot, itemY, timelineScale, type TimelineLayout } from './layout';
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

/**
 * Paints the event markers of a timeline drawing as the SVG draws them (span,
 * circle, outline; selected and keyboard outlines) for a visible domain.
 * Coordinates are the drawing's viewBox units: the caller's transform maps them
 * to the canvas, which covers the plot area. Markers outside the plot are
 * skipped. The explorer paints this on every frame while the view moves: its
 * cost grows with the markers in view, not with the size of the document.
 * Returns the number of markers painted.
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
  let painted = 0;
  for (const item of items) {
    const cx = x(item.x);
    const end = item.x2 === null ? cx : x(item.x2);
    if (!inPlot(layout, cx, end) || state.hidden(item.id)) continue;
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
