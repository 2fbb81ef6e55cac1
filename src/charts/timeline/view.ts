import { TIMELINE_MAX, TIMELINE_MIN } from '../../lib/timelineConstants';
import type { TimelineLayout } from './layout';

/** A visible range of years, first and last. */
export type Domain = [number, number];

/** Keeps a domain inside the timeline's bounds and at least two years wide. */
export function clampDomain([from, to]: Domain): Domain {
  const span = Math.min(Math.max(to - from, 2), TIMELINE_MAX - TIMELINE_MIN);
  const start = Math.min(Math.max(from, TIMELINE_MIN), TIMELINE_MAX - span);
  return [start, start + span];
}

/**
 * The domain `factor` times as wide, `centre` staying where it is (factor < 1
 * zooms in). The width is held within its bounds first, so that at the closest
 * or widest view a further zoom leaves the view as it is rather than sliding it.
 */
export function zoomAround([from, to]: Domain, centre: number, factor: number): Domain {
  const width = Math.min(Math.max((to - from) * factor, 2), TIMELINE_MAX - TIMELINE_MIN);
  const held = width / (to - from);
  return clampDomain([centre - (centre - from) * held, centre + (to - centre) * held]);
}

/** The domain of the same width with `year` in its middle. */
export function centreOn([from, to]: Domain, year: number): Domain {
  const half = (to - from) / 2;
  return clampDomain([year - half, year + half]);
}

/**
 * The index of the event a key moves to among `count` events, from `active`
 * (-1 for none): arrows step, Home and End go to the ends. Null for other keys.
 */
export function keyTarget(key: string, active: number, count: number): number | null {
  const moves: Record<string, number> = {
    ArrowRight: active + 1,
    ArrowDown: active + 1,
    ArrowLeft: active - 1,
    ArrowUp: active - 1,
    Home: 0,
    End: count - 1,
  };
  return key in moves ? Math.min(Math.max(moves[key]!, 0), count - 1) : null;
}

/** The year under a drawing's x (drawing units) for a visible domain. */
export function yearAt(layout: TimelineLayout, [from, to]: Domain, x: number): number {
  return from + ((x - layout.left) / (layout.right - layout.left)) * (to - from);
}

/**
 * How much a wheel turn zooms, as d3-zoom does: 2^(deltaY × 0.002) for pixels,
 * with lines and pages counted as d3-zoom counts them.
 */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
  return 2 ** (deltaY * perUnit);
}

/**
 * The domain that keeps the year at `a` under `b` and, with a second finger,
 * the year at `a2` under `b2`: a drag pans, a pinch zooms around the fingers
 * and pans with them. Points are drawing units; `start` is the domain the
 * gesture started from, so that a long movement gathers no rounding.
 */
export function gestureDomain(
  layout: TimelineLayout,
  start: Domain,
  a: number,
  b: number,
  pair?: { a2: number; b2: number },
): Domain {
  const plot = layout.right - layout.left;
  const [y, y2] = [yearAt(layout, start, a), pair ? yearAt(layout, start, pair.a2) : 0];
  // Years per drawing unit: as at the start for a drag, as the fingers now span them for a pinch.
  const perUnit = pair && Math.abs(pair.b2 - b) > 8 ? (y2 - y) / (pair.b2 - b) : (start[1] - start[0]) / plot;
  if (!(perUnit > 0)) return start;
  const from = y - (b - layout.left) * perUnit;
  return clampDomain([from, from + plot * perUnit]);
}
