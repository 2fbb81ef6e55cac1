import * as Plot from '@observablehq/plot';
import { compactDrawing } from '../charts/figure/compactPath';
import { drawPlot, PLOT_COLOUR, PLOT_DASH, PLOT_FONT_PX, PLOT_MARGIN } from '../charts/plot';
import type { TriffinRun } from '../lib/triffin';

/** One value of what actually happened, at a point in time (fractional year). */
export interface HistoryPoint {
  /** Which line: the backing or the claims on it. */
  side: 'backing' | 'claims';
  /** The dataset series it belongs to; lines never join two series. */
  series: string;
  /** Time as a fractional year: the end of 1960 is 1961. */
  x: number;
  /** In the model's unit (millions). */
  value: number;
  estimate: boolean;
}

/** An event to mark: a rule at `x`, or a band from `x` to `x2`. */
export interface MarkedEvent {
  x: number;
  x2?: number;
  /** A short label drawn on the chart. */
  label: string;
}

/** What the Triffin figure is handed: the model's run and, for the overlay, history and events. */
export interface TriffinFigureInput {
  run: TriffinRun;
  /** Currency of the levels: sets the colour of the claims and the axis label. */
  unit: 'usd' | 'gbp';
  /** Actual series laid over the model; empty for none. */
  history: readonly HistoryPoint[];
  events: readonly MarkedEvent[];
  /** Drawn for a phone: fewer ticks. */
  narrow: boolean;
  /** Width of the drawing in CSS pixels, to keep labels apart. */
  width: number;
  /** Size of its text in user units, when the drawing is scaled to its box (13 px drawn 1:1 otherwise). */
  fontSize?: number;
}

/** Average advance of a character of the 13 px labels, generous so estimates err towards space. */
const CHAR_PX = 7.4;

/** A label placed in the first row, from the top, where it overlaps no other; near the right edge it ends at its x. */
function placeLabels(labels: { x: number; label: string }[], px: (x: number) => number, right: number, scale: number) {
  const rows: [number, number][][] = [];
  return [...labels]
    .sort((a, b) => a.x - b.x)
    .map((l) => {
      const w = (l.label.length * CHAR_PX + 8) * scale;
      const end = px(l.x) + w > right;
      const [a, b] = end ? [px(l.x) - w, px(l.x)] : [px(l.x), px(l.x) + w];
      let row = rows.findIndex((r) => r.every(([c, d]) => b < c || a > d));
      if (row < 0) row = rows.push([]) - 1;
      rows[row].push([a, b]);
      return { ...l, end, row };
    });
}

/** Plot's margins, set here because the label placement needs them. */
const MARGIN = { left: 48, right: 16 };

const UNIT_LABEL = { usd: '$ billion', gbp: '£ billion' } as const;

/**
 * The Triffin model as Plot options: the backing and the claims on it
 * (model lines, year-end t placed at the start of the next year, so the
 * end of 1950 sits at 1951), the demand left unmet as a shaded band, the
 * crossover as a rule, and, when handed, the actual series as dots and thin
 * lines with the events as rules and bands. Levels are shown in billions.
 */
export function triffinModel(input: TriffinFigureInput): Plot.PlotOptions {
  const { run, unit, history, events, narrow, width } = input;
  // Larger text takes margins and label room in proportion, so a drawing scaled to its box keeps its layout.
  const scale = (input.fontSize ?? PLOT_FONT_PX) / PLOT_FONT_PX;
  const margin = { left: MARGIN.left * scale, right: MARGIN.right * scale };
  const claimsColour = unit === 'usd' ? PLOT_COLOUR.dollar : PLOT_COLOUR.sterling;
  const model = run.path.map((y) => ({
    x: y.year + 1,
    demand: y.demand / 1000,
    liabilities: y.liabilities / 1000,
    backing: y.backing / 1000,
  }));
  const actual = history.map((h) => ({ ...h, value: h.value / 1000 }));
  const xs = [...model.map((m) => m.x), ...actual.map((a) => a.x), ...events.flatMap((e) => [e.x, e.x2 ?? e.x])];
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const top = Math.max(
    ...model.flatMap((m) => [m.demand, m.backing, m.liabilities]),
    ...actual.map((a) => a.value),
    0.001,
  );
  const crossX = run.crossoverT === null ? null : run.inputs.startYear + 1 + run.crossoverT;
  const unmet = run.inputs.shareMet < 100;
  const [left, right] = [margin.left, width - margin.right];
  const placed = placeLabels(
    [
      ...events.map((e) => ({ x: e.x2 === undefined ? e.x : (e.x + e.x2) / 2, label: e.label })),
      ...(crossX === null ? [] : [{ x: crossX, label: `Cover < ${run.inputs.threshold}` }]),
    ],
    (x) => left + ((x - x0) / (x1 - x0 || 1)) * (right - left),
    right,
    scale,
  );
  const rowCount = Math.max(0, ...placed.map((l) => l.row + 1));
  const yMax = top * (1.06 + 0.09 * rowCount);
  const labels = placed.map((l) => ({ ...l, y: yMax * (1 - 0.075 * l.row) }));

  return {
    marginLeft: margin.left,
    marginRight: margin.right,
    ...(scale === 1 ? {} : { marginTop: PLOT_MARGIN.top * scale, marginBottom: PLOT_MARGIN.bottom * scale }),
    x: {
      domain: [x0, x1],
      label: null,
      tickFormat: 'd',
      ticks: narrow ? 4 : 8,
    },
    y: { domain: [0, yMax], label: UNIT_LABEL[unit], grid: true, ticks: narrow ? 4 : 6 },
    marks: [
      events
        .filter((e) => e.x2 !== undefined)
        .map((e) => Plot.rectX([e], { x1: 'x', x2: 'x2', fill: PLOT_COLOUR.muted, fillOpacity: 0.12 })),
      // Marks with nothing to draw are left out: each costs Plot time on every redraw of a drag.
      events.some((e) => e.x2 === undefined)
        ? Plot.ruleX(
            events.filter((e) => e.x2 === undefined),
            { x: 'x', stroke: PLOT_COLOUR.muted, strokeDasharray: '2 3' },
          )
        : null,
      unmet
        ? Plot.areaY(model, { x: 'x', y1: 'liabilities', y2: 'demand', fill: PLOT_COLOUR.muted, fillOpacity: 0.2 })
        : null,
      unmet ? Plot.lineY(model, { x: 'x', y: 'demand', stroke: PLOT_COLOUR.muted, strokeWidth: 1.5 }) : null,
      Plot.lineY(model, { x: 'x', y: 'backing', stroke: PLOT_COLOUR.gold, strokeWidth: 2.5 }),
      Plot.lineY(model, { x: 'x', y: 'liabilities', stroke: claimsColour, strokeWidth: 2.5 }),
      // Estimates in their own dashed line; a series never joins across the two.
      [false, true]
        .filter((estimate) => actual.some((a) => a.estimate === estimate))
        .map((estimate) =>
          Plot.lineY(
            actual.filter((a) => a.estimate === estimate),
            {
              x: 'x',
              y: 'value',
              z: 'series',
              stroke: (d: HistoryPoint) => (d.side === 'backing' ? PLOT_COLOUR.gold : claimsColour),
              strokeWidth: 1,
              ...(estimate ? { strokeDasharray: PLOT_DASH.estimate } : {}),
            },
          ),
        ),
      actual.length === 0
        ? null
        : Plot.dot(actual, {
            x: 'x',
            y: 'value',
            r: 2.5,
            fill: (d: HistoryPoint) => (d.side === 'backing' ? PLOT_COLOUR.gold : claimsColour),
            symbol: (d: HistoryPoint) => (d.side === 'backing' ? 'circle' : 'square'),
          }),
      crossX === null ? null : Plot.ruleX([crossX], { stroke: PLOT_COLOUR.text, strokeWidth: 1.5 }),
      [false, true]
        .filter((end) => labels.some((l) => l.end === end))
        .map((end) =>
          Plot.text(
            labels.filter((l) => l.end === end),
            {
              x: 'x',
              y: 'y',
              text: 'label',
              fill: PLOT_COLOUR.text,
              stroke: 'var(--bg)',
              strokeWidth: 4,
              lineAnchor: 'top',
              textAnchor: end ? 'end' : 'start',
              dx: end ? -4 : 4,
            },
          ),
        ),
      Plot.ruleY([0], { stroke: PLOT_COLOUR.rule }),
    ],
  };
}

/** What the drawing needs besides the figure's input: its size, the document to draw in, and its name. */
export interface TriffinDrawingView {
  width: number;
  height: number;
  document: Document;
  ariaLabel?: string;
  /**
   * Text for a drawing scaled to its box (a scroll step's one drawing): the size to lay it out with, in user
   * units, and the CSS `font-size` that keeps it at 12 px or more at every width (`chartTextSize`).
   */
  text?: { layout: number; css: string };
}

/**
 * The Triffin figure drawn: the one call the explainer's page, its browser
 * redraws and chapter 5's scroll steps all make, so every state looks alike
 * wherever it is shown. Narrow (fewer ticks) below 560 px.
 */
export function drawTriffinFigure(
  input: Omit<TriffinFigureInput, 'narrow' | 'width'>,
  { width, height, document, ariaLabel = 'The Triffin model: backing and claims over time', text }: TriffinDrawingView,
): SVGSVGElement | HTMLElement {
  const options = triffinModel({
    ...input,
    narrow: width < 560,
    width,
    ...(text ? { fontSize: text.layout } : {}),
  });
  const drawing = drawPlot({ width, height, document }, { ...options, ariaLabel });
  // Written in tenths, as every figure is: the same in the page's HTML and in the browser's redraws.
  compactDrawing(drawing);
  if (text) {
    const style = drawing.getAttribute('style') ?? '';
    drawing.setAttribute('style', style.replace(/font-size:[^;]*/, `font-size:${text.css}`));
  }
  return drawing;
}
