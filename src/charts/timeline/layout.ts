import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { ERA_IDS } from '../../schemas/vocab';
import type { TimelineItem } from './series';

/**
 * The timeline's sizes in one place. Drawing units are CSS pixels once the
 * explorer has fitted a drawing to its box (`fitTimeline`), so a 12-unit font
 * is 12 px on screen at every width.
 */
export const TIMELINE_SIZE = {
  /** Rows in a lane: one per event category. */
  rows: 7,
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

/** Marker radius by importance (1, turning points, is the largest). */
export const RADIUS: Record<1 | 2 | 3, number> = { 1: 6, 2: 4.5, 3: 3.2 };

/** Where everything goes for a given width: lanes, axis, strip. */
export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  laneTop: (lane: number) => number;
  laneHeight: number;
  axisY: number;
  stripTop: number;
}

/** Lays the lanes out top to bottom, the axis under them and the data strip at the bottom. */
export function timelineLayout(width: number): TimelineLayout {
  const { rows, row, lanePad, strip, narrowBelow } = TIMELINE_SIZE;
  const laneHeight = rows * row + lanePad * 2;
  const top = 8;
  const axisY = top + ERA_IDS.length * laneHeight + 2;
  const stripTop = axisY + 34;
  return {
    width,
    height: stripTop + strip + 8,
    left: width < narrowBelow ? 8 : 96,
    right: width - 20,
    laneTop: (lane) => top + lane * laneHeight,
    laneHeight,
    axisY,
    stripTop,
  };
}

/** The time scale of a layout for a visible domain. */
export function timelineScale(layout: TimelineLayout, domain: [number, number]): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).range([layout.left, layout.right]);
}

/** Vertical centre of an event's marker. */
export function itemY(layout: TimelineLayout, item: TimelineItem): number {
  const { row, lanePad } = TIMELINE_SIZE;
  return layout.laneTop(item.lane) + lanePad + item.row * row + row / 2;
}

/**
 * True when a marker from `cx` to `end` (pixels) can show in the plot: the
 * plot's width and a margin for the circle. Off-plot markers are neither moved
 * in the SVG nor painted on the canvas.
 */
export function inPlot(layout: TimelineLayout, cx: number, end: number): boolean {
  return end >= layout.left - 10 && cx <= layout.right + 10;
}

/** True when an item reaches into the years `[from, to]`. */
export function reaches(item: TimelineItem, [from, to]: [number, number]): boolean {
  return item.x <= to && (item.x2 ?? item.x) >= from;
}
