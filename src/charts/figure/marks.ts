import * as Plot from '@observablehq/plot';
import { yearTick } from '../../lib/format';
import type { Marker, Point, Series } from '../types';
import { FIGURE_SIZE, LINE_HEIGHT, lineChartLayout, type LineChartLayout, type PlacedAnnotation } from './layout';

/** What a figure shows in one view: the input of the one call that draws it, at build time and in the browser. */
export interface FigureDrawing {
  /** Lines to draw, in legend order. */
  series: Series[];
  /** Events (from data/events.csv) and claims drawn as rules with labels above the plot. */
  markers: Marker[];
  /** A period to shade, with its label. */
  band?: { from: number; to: number; label: string };
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** Formats y ticks. */
  formatY: (value: number) => string;
}

/** Dash patterns: estimates and older vintages, so neither depends on colour. */
export const DASH = { estimate: '6 4', vintage: '2 3' } as const;
/** Room, in units, between symbols placed along a line. */
const SYMBOL_STEP = 90;
/** Where a text's top sits above its first baseline, in font sizes (Plot's `lineAnchor: "top"`). */
const ASCENT = 0.71;

const halo = { stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke', strokeLinejoin: 'round' } as const;

/** A render transform that names a mark's group, so styles, tests and the island can find it. */
const tag = (attributes: Record<string, string>): { render: Plot.RenderFunction } => ({
  render(index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context);
    for (const [k, v] of Object.entries(attributes)) g?.setAttribute(k, v);
    return g;
  },
});

/** Splits points into runs with one estimate flag each, sharing their joins, so estimates can be dashed. */
function runs(points: Point[]): { estimate: boolean; points: Point[] }[] {
  const out: { estimate: boolean; points: Point[] }[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && last.estimate === p.estimate) last.points.push(p);
    else out.push({ estimate: p.estimate, points: last ? [last.points.at(-1)!, p] : [p] });
  }
  return out;
}

/** The points of a series inside the x domain, with one beyond each edge so the line runs to the clip. */
function visiblePoints(points: Point[], [d0, d1]: number[]): Point[] {
  const first = points.findIndex((p) => p.x >= d0);
  const after = points.findIndex((p) => p.x > d1);
  return first < 0 ? [] : points.slice(Math.max(0, first - 1), after < 0 ? undefined : after + 1);
}

/**
 * One series: its runs (gaps stay gaps: Plot breaks a line at a null), lone
 * values as dots, symbols. Each group is tagged `series`; `drawFigure` clips them.
 */
function seriesMarks(s: Series, si: number, layout: LineChartLayout): Plot.Markish[] {
  const domain = layout.x.domain();
  const visible = visiblePoints(s.points, domain);
  const symbol = layout.symbols[si] ?? null;
  const group = { 'data-series': s.id, class: 'series', ...(symbol ? { 'data-symbol': symbol } : {}) };
  const xy = { x: 'x', y: 'y' } as const;
  const lines = runs(visible).map((run) =>
    Plot.line(run.points, {
      ...xy,
      stroke: s.colour,
      strokeWidth: 2.25,
      strokeDasharray: s.dashed ? DASH.vintage : run.estimate ? DASH.estimate : undefined,
      ...tag({ ...group, 'data-estimate': String(run.estimate) }),
    }),
  );
  // A value with no neighbour draws no line: a dot (or the series' symbol) keeps it from being lost.
  const lone = visible.filter((p, i) => p.y !== null && visible[i - 1]?.y == null && visible[i + 1]?.y == null);
  const f = layout.text.layout;
  const dots = Plot.dot(lone, {
    ...xy,
    fill: s.colour,
    r: symbol ? f * 0.35 : 3,
    ...(symbol ? { symbol } : {}),
    ...tag(group),
  });
  if (!symbol) return [...lines, dots];
  // Symbols about every SYMBOL_STEP units, shifted per series so two lines' symbols do not coincide.
  const defined = visible.filter((p) => p.y !== null && p.x >= domain[0]! && p.x <= domain[1]!);
  const count = layout.symbols.filter(Boolean).length;
  const [left, right] = layout.x.range() as [number, number];
  const marks: Point[] = [];
  for (let at = left + SYMBOL_STEP * ((si + 0.5) / count); at <= right && defined.length; at += SYMBOL_STEP) {
    const best = defined.reduce((a, b) => (Math.abs(layout.x(b.x) - at) < Math.abs(layout.x(a.x) - at) ? b : a));
    if (Math.abs(layout.x(best.x) - at) <= SYMBOL_STEP / 2) marks.push(best);
  }
  const symbols = Plot.dot(marks, { ...xy, symbol, r: f * 0.3, fill: s.colour, stroke: 'var(--bg)', strokeWidth: 1 });
  return [...lines, dots, symbols];
}

/**
 * Event rules and range annotations, the one mark every figure shares: a shaded
 * period labelled inside its top, and each marker's dotted rule from its label,
 * stacked in lanes above the plot, down to the axis. Labels wrap, never cut.
 */
export function annotationMarks(
  layout: LineChartLayout,
  band?: FigureDrawing['band'],
): { under: Plot.Markish[]; over: Plot.Markish[] } {
  const { x, y } = layout;
  const f = layout.text.layout;
  const [y0] = y.domain() as [number, number];
  const top = (baseline: number) => y.invert(baseline - ASCENT * f);
  const text = { lineAnchor: 'top', textAnchor: 'start', lineHeight: LINE_HEIGHT, ...halo } as const;
  const under: Plot.Markish[] = [];
  const over: Plot.Markish[] = [];
  if (band && layout.band) {
    under.push(
      Plot.rect([band], {
        x1: x.invert(layout.band.x0),
        x2: x.invert(layout.band.x1),
        fill: 'var(--era, var(--text-muted))',
        fillOpacity: 0.12,
        ...tag({ class: 'band' }),
      }),
    );
  }
  const notes = layout.annotations;
  under.push(
    Plot.ruleX(notes, {
      x: (a: PlacedAnnotation) => x.invert(a.x),
      y1: (a: PlacedAnnotation) => y.invert(a.bottom + 2),
      y2: y0,
      stroke: 'var(--text-muted)',
      strokeDasharray: '2 3',
      ...tag({ class: 'markers' }),
    }),
    // A label left of its rule keeps its right edge there: the drawing's type is smaller than the
    // layout's when it is shown wider, and a left-anchored label would then drift away from its rule.
    ...(['start', 'end'] as const).map((anchor) =>
      Plot.text(
        notes.filter((a) => a.anchor === anchor),
        {
          ...text,
          textAnchor: anchor,
          x: (a: PlacedAnnotation) => x.invert(a.anchorX),
          y: (a: PlacedAnnotation) => top(a.baseline),
          text: (a: PlacedAnnotation) => a.lines.join('\n'),
          fill: 'var(--text-muted)',
          ...tag({ class: 'markers' }),
        },
      ),
    ),
  );
  if (layout.band) {
    const { lines, left, baseline } = layout.band;
    // Drawn over the lines, on its halo, so no line hides it.
    over.push(
      Plot.text([lines.join('\n')], {
        ...text,
        x: x.invert(left),
        y: top(baseline),
        fill: 'var(--text)',
        fontWeight: 600,
        ...tag({ class: 'band-label' }),
      }),
    );
  }
  return { under, over };
}

/** Labels at the lines' ends, moved apart so none overlaps another, with leaders where they moved. */
function endLabelMarks(series: Series[], layout: LineChartLayout): Plot.Markish[] {
  const { x, y } = layout;
  const f = layout.text.layout;
  return layout.labels.flatMap((l) => {
    const si = series.findIndex((s) => s.id === l.seriesId);
    const s = series[si]!;
    const symbol = layout.symbols[si];
    const room = symbol ? f * 1.1 : 0;
    const group = tag({ class: 'labels', 'data-series': s.id });
    return [
      ...(l.leader
        ? [
            Plot.link([l], {
              x1: x.invert(l.anchor.x + 3),
              y1: y.invert(l.anchor.y),
              x2: x.invert(l.left - room - 3),
              y2: y.invert(l.y),
              stroke: s.colour,
              strokeOpacity: 0.7,
              ...group,
            }),
          ]
        : []),
      ...(symbol
        ? [Plot.dot([l], { x: x.invert(l.left - f * 0.6), y: y.invert(l.y), symbol, r: f * 0.3, fill: s.colour })]
        : []),
      Plot.text([l.lines.join('\n')], {
        x: x.invert(l.left),
        y: y.invert(l.y),
        textAnchor: 'start',
        lineAnchor: 'middle',
        lineHeight: LINE_HEIGHT,
        fill: s.colour,
        fontWeight: 600,
        ...halo,
        ...group,
      }),
    ];
  });
}

/**
 * The one function that turns a figure's view into Plot options: scales and
 * margins from the layout (so every label has room and none is cut), axes,
 * lines (gaps never bridged, estimates dashed, clipped to the domain), event
 * rules and ranges, and end labels. Build and browser call it alike.
 */
export function figurePlotOptions(drawing: FigureDrawing): { options: Plot.PlotOptions; layout: LineChartLayout } {
  const { width, height } = FIGURE_SIZE;
  const layout = lineChartLayout(drawing.series, {
    width,
    height,
    formatY: drawing.formatY,
    markers: drawing.markers,
    ...(drawing.xDomain ? { xDomain: drawing.xDomain } : {}),
    ...(drawing.yDomain ? { yDomain: drawing.yDomain } : {}),
    ...(drawing.band ? { band: drawing.band } : {}),
  });
  const { x, y, margin, text } = layout;
  const annotations = annotationMarks(layout, drawing.band);
  const options: Plot.PlotOptions = {
    width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    style: {
      fontSize: text.css,
      fontFamily: 'var(--font-ui)',
      color: 'var(--text-muted)',
      background: 'transparent',
      overflow: 'visible',
    },
    x: {
      type: 'linear',
      domain: x.domain(),
      range: x.range(),
      ticks: layout.xTicks,
      tickFormat: yearTick,
      tickPadding: 3 + Math.round(text.layout * 4) / 10,
      label: null,
    },
    y: {
      type: 'linear',
      domain: y.domain(),
      range: y.range(),
      ticks: layout.yTicks,
      tickFormat: drawing.formatY,
      tickSize: 0,
      grid: true,
      label: null,
    },
    marks: [
      ...annotations.under,
      ...drawing.series.flatMap((s, si) => seriesMarks(s, si, layout)),
      ...annotations.over,
      ...endLabelMarks(drawing.series, layout),
    ],
  };
  return { options, layout };
}
