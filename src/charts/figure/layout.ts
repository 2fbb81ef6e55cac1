import { extent, max, min } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { FORMATS, yearTick } from '../../lib/format';
import type { Marker, Series } from '../types';
import { annotationLanes } from './annotationLanes';
import { dodge } from './dodge';
import { seriesSymbols, type SymbolName } from './seriesSymbols';
import { chartTextSize, type ChartTextSize, type RenderedRange } from './textSize';
import { textWidth } from './textWidth';
import { fitText } from './wrapText';

/** What the layout needs to know of a chart besides its series. */
export interface LineLayoutOptions {
  /** Outer width (the viewBox width). */
  width: number;
  /** Outer height. */
  height: number;
  /** CSS widths the drawing is shown at; `FIGURE_SIZE.rendered` when absent. */
  rendered?: RenderedRange;
  /** Fixed y domain; otherwise from the data, starting at zero when all values are positive. */
  yDomain?: [number, number];
  /** Fixed x domain in decimal years. */
  xDomain?: [number, number];
  /** Events drawn as vertical rules with labels above the plot. */
  markers?: Marker[];
  /** A period shaded behind the lines, labelled inside at its top. */
  band?: { from: number; to: number; label: string };
  /** Formats y ticks. */
  formatY?: (value: number) => string;
}

/** A marker's label above the plot. */
export interface PlacedAnnotation {
  /** Marker id. */
  id: string;
  /** Where its rule stands. */
  x: number;
  lines: string[];
  /** Left edge of the text, at the layout's text size. */
  left: number;
  /**
   * Which edge of the text stays put when the drawing is shown wider and its type is smaller
   * than the layout's: the right edge (`end`, at `left` + its width) for a label that stands left
   * of its rule, so it stays beside it; otherwise the left edge.
   */
  anchor: 'start' | 'end';
  /** Where that edge is. */
  anchorX: number;
  /** Baseline of the first line. */
  baseline: number;
  /** Bottom of the label's lane: where a marker's rule starts. */
  bottom: number;
}

/** A series' label at the end of its line. */
export interface PlacedLabel {
  seriesId: string;
  lines: string[];
  /** Left edge of the text (after the symbol, if any). */
  left: number;
  /** Vertical centre of the label, after dodging. */
  y: number;
  /** The last visible point it names. */
  anchor: { x: number; y: number };
  /** Whether a leader line joins the point to the label (the label moved away from it). */
  leader: boolean;
}

/** The scales, frame and placed text a rendered chart used, so overlays can be drawn on it later. */
export interface LineChartLayout {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  margin: { top: number; right: number; bottom: number; left: number };
  width: number;
  height: number;
  text: ChartTextSize;
  xTicks: number[];
  yTicks: number[];
  annotations: PlacedAnnotation[];
  /** The shaded period and its label, inside it at the top. */
  band: { x0: number; x1: number; lines: string[]; left: number; baseline: number } | null;
  labels: PlacedLabel[];
  /** One symbol per series (in order) when there are more than four, otherwise nulls. */
  symbols: (SymbolName | null)[];
}

/**
 * The one drawing of every figure: a viewBox this size, scaled to its box. A
 * phone's column (from 320 px) to the widest essay column or stage (760 px) is
 * the range its text is sized for, so it renders at 12 px or more across it.
 */
export const FIGURE_SIZE = { width: 480, height: 330, rendered: { min: 320, max: 760 } } as const;

/** Line height of chart text, in font sizes. */
export const LINE_HEIGHT = 1.2;
/** Space between a symbol drawn before an end label and the label. */
const SYMBOL_ROOM = 1.1;
/** Drawings narrower than this take short labels: the figure's one drawing is laid out for a phone. */
const NARROW = 520;

/** The label a series shows at its end: the short one on narrow charts, when it has one. */
const labelOf = (s: Series, narrow: boolean) => (narrow ? (s.shortLabel ?? s.label) : s.label);

/**
 * Lays a line chart out: text size for its rendered widths, margins that fit
 * the tick labels, end labels and annotations, the scales, and where every
 * label goes so that none overlaps another and none is cut.
 */
export function lineChartLayout(series: Series[], options: LineLayoutOptions): LineChartLayout {
  const { width, height } = options;
  const narrow = width < NARROW;
  const text = chartTextSize(width, options.rendered ?? FIGURE_SIZE.rendered);
  const f = text.layout;
  const lineHeight = f * LINE_HEIGHT;
  const measure = (s: string) => textWidth(s, f);
  const measureBold = (s: string) => textWidth(s, f, true);
  const formatY = options.formatY ?? FORMATS.number;
  const all = series.flatMap((s) => s.points);
  const [x0, x1] = options.xDomain ?? (extent(all, (p) => p.x) as [number, number]);

  // The y range follows what is visible, so zooming into a period rescales the values.
  const values = all.filter((p) => p.x >= x0 && p.x <= x1 && p.y !== null).map((p) => p.y as number);
  const lo = min(values) ?? 0;
  const hi = max(values) ?? 1;
  const y = scaleLinear()
    .domain(options.yDomain ?? [lo >= 0 ? 0 : lo, hi])
    .nice();
  const yTicks = y.ticks(Math.max(3, Math.floor(height / 60)));
  const left = Math.ceil((max(yTicks, (t) => measure(formatY(t))) ?? 0) + 8);

  const symbols = seriesSymbols(series);
  const symbolRoom = symbols.some(Boolean) ? f * SYMBOL_ROOM : 0;
  const labelWidth = width * (narrow ? 0.3 : 0.22);
  const ends = series.map((s) => {
    const inside = s.points.filter((p) => p.x >= x0 && p.x <= x1 && p.y !== null);
    const last = inside[inside.length - 1];
    const candidates = [labelOf(s, narrow), s.shortLabel ?? labelOf(s, narrow)];
    const lines = fitText(candidates, labelWidth, 2, measureBold);
    return { s, last, lines, w: max(lines, measureBold) ?? 0 };
  });
  const withEnd = ends.filter((e) => e.last);
  const right = Math.ceil(Math.max(10, symbolRoom + (max(withEnd, (e) => e.w) ?? 0) + 10));
  const bottom = Math.ceil(9 + f * 0.4 + lineHeight + 4);

  const x = scaleLinear()
    .domain([x0, x1])
    .range([left, width - right]);
  const plotRight = width - right;

  // X ticks: as many as fit with a gap of two characters between their labels.
  let xTicks: number[] = [];
  for (let n = Math.max(2, Math.floor((plotRight - left) / 80)); n >= 1; n--) {
    xTicks = x.ticks(n);
    const widths = xTicks.map((t) => measure(yearTick(t)));
    const fits = xTicks.every((t, i) => i === 0 || x(t) - x(xTicks[i - 1]!) >= (widths[i]! + widths[i - 1]!) / 2 + f);
    if (fits) break;
  }

  // Annotations above the plot, in lanes.
  const maxAnnotation = narrow ? (plotRight - left) * 0.62 : width * 0.3;
  const fit = (candidates: string[], maxWidth: number, bold = false) => {
    const m = bold ? measureBold : measure;
    // Phones take a one-line label (a short one written for charts) before a two-line title.
    const lines = narrow ? fitText(candidates, maxWidth, 1, m) : [];
    return lines.length === 1 ? lines : fitText(candidates, maxWidth, 2, m);
  };
  const notes = (options.markers ?? [])
    .filter((m) => m.x >= x0 && m.x <= x1)
    .map((m) => {
      const lines = fit([m.label, m.shortLabel ?? m.label], maxAnnotation);
      return { id: m.id, x: x(m.x), lines, rule: true, w: max(lines, measure) ?? 0 };
    });
  const lanes = annotationLanes(
    notes.map((n) => ({ x: n.x, width: n.w, rule: n.rule })),
    { left, right: width - 2, gap: f * 0.8 },
  );
  const laneCount = lanes.length ? Math.max(...lanes.map((l) => l.lane)) + 1 : 0;
  const laneHeights = Array.from({ length: laneCount }, (_, lane) =>
    Math.max(...notes.filter((_, i) => lanes[i]!.lane === lane).map((n) => n.lines.length * lineHeight)),
  );
  const gapAbovePlot = f * 0.7;
  const top = Math.ceil(
    laneCount ? laneHeights.reduce((a, b) => a + b, 0) + (laneCount - 1) * 4 + gapAbovePlot + 4 : f * 0.7,
  );
  y.range([height - bottom, top]);
  // Lane bottoms, counted upwards from the plot.
  const laneBottom: number[] = [];
  laneHeights.forEach((_, lane) => {
    laneBottom.push(lane === 0 ? top - gapAbovePlot : laneBottom[lane - 1]! - laneHeights[lane - 1]! - 4);
  });
  const annotations = notes.map((n, i) => {
    const { lane, left: textLeft } = lanes[i]!;
    const laneTop = laneBottom[lane]! - laneHeights[lane]!;
    const end = textLeft + n.w <= n.x;
    return {
      id: n.id,
      x: n.x,
      lines: n.lines,
      left: textLeft,
      anchor: end ? ('end' as const) : ('start' as const),
      anchorX: end ? textLeft + n.w : textLeft,
      baseline: laneTop + f * 0.92,
      bottom: laneBottom[lane]!,
    };
  });

  // The band's label sits inside the band, at its top, wrapped to its width.
  let band: LineChartLayout['band'] = null;
  if (options.band && options.band.to > x0 && options.band.from < x1) {
    const bx0 = x(Math.max(options.band.from, x0));
    const bx1 = x(Math.min(options.band.to, x1));
    const lines = fit([options.band.label], Math.max(bx1 - bx0 - 8, f * 4), true);
    band = {
      x0: bx0,
      x1: bx1,
      lines,
      left: Math.min(bx0 + 4, width - 2 - (max(lines, measureBold) ?? 0)),
      baseline: top + f * 1.05,
    };
  }

  // End labels: in a column right of the plot, or just after a line that stops well short of the right edge.
  const plotTop = top;
  const plotBottom = height - bottom;
  const placed = withEnd.map((e) => {
    const ax = x(e.last!.x);
    const ay = y(e.last!.y!);
    const inline = plotRight - ax > (plotRight - left) * 0.25 && ax + 6 + symbolRoom + e.w <= plotRight - 4;
    return {
      e,
      ax,
      ay,
      inline,
      left: (inline ? ax + 6 : plotRight + 6) + symbolRoom,
      size: e.lines.length * lineHeight,
    };
  });
  // Labels whose boxes share any horizontal stretch dodge each other vertically, as one group.
  const byLeft = [...placed].sort((a, b) => a.left - b.left);
  const groups: (typeof placed)[] = [];
  let reach = -Infinity;
  for (const p of byLeft) {
    if (p.left - symbolRoom > reach) groups.push([]);
    groups[groups.length - 1]!.push(p);
    reach = Math.max(reach, p.left + p.e.w);
  }
  const centres = new Map<(typeof placed)[number], number>();
  for (const group of groups) {
    const ys = dodge(
      group.map((p) => ({ at: p.ay, size: p.size })),
      { min: plotTop - f * 0.4, max: plotBottom + f * 0.3, gap: 2 },
    );
    group.forEach((p, i) => centres.set(p, ys[i]!));
  }
  const labels = placed.map((p) => {
    const cy = centres.get(p)!;
    return {
      seriesId: p.e.s.id,
      lines: p.e.lines,
      left: p.left,
      y: cy,
      anchor: { x: p.ax, y: p.ay },
      leader: Math.abs(cy - p.ay) > f * 0.4 || (!p.inline && plotRight - p.ax > 2),
    };
  });

  return {
    x,
    y,
    margin: { top, right, bottom, left },
    width,
    height,
    text,
    xTicks,
    yTicks,
    annotations,
    band,
    labels,
    symbols,
  };
}
