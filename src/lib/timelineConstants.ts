import { ERA_IDS, EVENT_CATEGORIES } from '../schemas/vocab';

/**
 * The timeline's numbers in one place: the years it can show, its lanes and
 * rows, its sizes and its markers. The build's drawing, the browser's canvas,
 * the hit test, the URL codec and the stylesheet (through `timelineStyleVars`)
 * all read them here, so they cannot drift apart.
 */

/** Earliest year the timeline can show. */
export const TIMELINE_MIN = 1560;
/** Latest year the timeline can show. */
export const TIMELINE_MAX = 2030;

/**
 * Sizes in drawing units, which are CSS pixels once the explorer has fitted a
 * drawing to its box (`fitTimeline`), so a 12-unit font is 12 px on screen at every width.
 */
export const TIMELINE_SIZE = {
  /** Lanes, top to bottom: one per era. */
  lanes: ERA_IDS.length,
  /** Rows in a lane: one per event category, so kinds of event line up. */
  rows: EVENT_CATEGORIES.length,
  /** Height of a row. */
  row: 9,
  /** Space above the first and below the last row of a lane. */
  lanePad: 10,
  /** Height of the debt strip. */
  strip: 64,
  /** Drawings narrower than this keep only a thin left margin (lane names sit over the plot). */
  narrowBelow: 480,
  /** Smallest side of a marker's hit area (WCAG 2.5.8: 24 × 24 CSS px). */
  hit: 24,
  /** Size of the axis and label text. */
  text: 12,
  /** Average advance of a label's character at that size, to judge whether it fits. */
  charWidth: 6.6,
  /** Longest label, in characters, before it is shortened. */
  labelChars: 28,
} as const;

/**
 * From this many events on, the explorer paints the markers on a canvas at
 * rest too, not only while the view moves: moving thousands of SVG elements
 * when a movement stops, and painting them, would cost the browser far more
 * than the canvas. The SVG keeps them for screen readers and for the page
 * without scripts.
 */
export const DENSE_EVENTS = 1000;

/** Marker radius by importance (1, turning points, is the largest). */
export const RADIUS: Readonly<Record<1 | 2 | 3, number>> = { 1: 6, 2: 4.5, 3: 3.2 };

/** Outline widths of a marker: plain, selected (the panel shows it), active (the keyboard is on it); a span's stroke. */
export const STROKE = { outline: 1, selected: 2.5, active: 3, span: 2 } as const;

/**
 * The sizes the stylesheet must share with the drawing code, as CSS custom
 * properties set on the explorer: the stylesheet reads `var(--timeline-…)`
 * rather than repeating the numbers.
 */
export function timelineStyleVars(): string {
  return [
    `--timeline-text: ${TIMELINE_SIZE.text}px`,
    `--timeline-outline: ${STROKE.outline}`,
    `--timeline-selected: ${STROKE.selected}`,
    `--timeline-active: ${STROKE.active}`,
    `--timeline-span: ${STROKE.span}`,
  ].join('; ');
}
