import { TIMELINE_SIZE } from '../../lib/timelineConstants';
import type { TimelineItem } from '../../lib/timelineModel';

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
  const { lanes, rows, row, lanePad, strip, narrowBelow } = TIMELINE_SIZE;
  const laneHeight = rows * row + lanePad * 2;
  const top = 8;
  const axisY = top + lanes * laneHeight + 2;
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

/** The time scale of a layout for a visible domain: a year's x in drawing units. */
export function timelineScale(layout: TimelineLayout, [from, to]: [number, number]): (year: number) => number {
  const perYear = (layout.right - layout.left) / (to - from);
  return (year) => layout.left + (year - from) * perYear;
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

/** The index of the first item, in date order, whose start is at or after `year`. */
export function firstFrom(items: readonly TimelineItem[], year: number): number {
  let [lo, hi] = [0, items.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.x < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
