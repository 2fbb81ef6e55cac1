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

/** The domain `factor` times as wide, `centre` staying where it is (factor < 1 zooms in). */
export function zoomAround([from, to]: Domain, centre: number, factor: number): Domain {
  return clampDomain([centre - (centre - from) * factor, centre + (to - centre) * factor]);
}

/** The domain of the same width with `year` in its middle. */
export function centreOn([from, to]: Domain, year: number): Domain {
  const half = (to - from) / 2;
  return clampDomain([year - half, year + half]);
}

/**
 * The zoom transform (scale `k`, shift `x`, in drawing units) that shows
 * `domain` on a plot that shows the whole timeline at the identity.
 */
export function domainTransform(layout: TimelineLayout, [from, to]: Domain): { k: number; x: number } {
  const full = layout.right - layout.left;
  const k = (TIMELINE_MAX - TIMELINE_MIN) / (to - from);
  return { k, x: layout.left * (1 - k) - k * ((from - TIMELINE_MIN) / (TIMELINE_MAX - TIMELINE_MIN)) * full };
}

/** The domain a zoom transform shows; `invertX` maps a drawn x back to the identity. */
export function transformDomain(layout: TimelineLayout, invertX: (x: number) => number): Domain {
  const full = layout.right - layout.left;
  const year = (px: number) => TIMELINE_MIN + ((invertX(px) - layout.left) / full) * (TIMELINE_MAX - TIMELINE_MIN);
  return clampDomain([year(layout.left), year(layout.right)]);
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
