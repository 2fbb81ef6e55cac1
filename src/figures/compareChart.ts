import * as Plot from '@observablehq/plot';
import { PLOT_COLOUR, PLOT_DASH } from '../charts/plot';
import { ALIGNED_DOMAIN, type Alignment } from '../lib/compareAlign';
import { formatNumber, minus } from '../lib/format';
import type { AlignedPoint } from '../lib/comparePoints';
import { COMPARE_MARGIN, panelHeight } from './compareView';
import { INDICATOR_TEXT, type Indicator } from '../lib/compareSeries';

/**
 * One small multiple of the comparative chart: the aligned values of one
 * indicator, every era in its colour, on the axis every panel shares. A pure
 * function of the points it is handed; `drawPlot` adds the shared defaults.
 */

export interface ComparePanelInput {
  indicator: Indicator;
  align: Alignment;
  /** The panel's points (only this indicator's). */
  points: readonly AlignedPoint[];
  /** Where "the dollar today" sits on this axis: one x, or two for the life-cycle range. */
  today: readonly number[];
  /** Whether the x axis's title is drawn (the last panel). */
  axisTitle: boolean;
  narrow: boolean;
}

const X_LABEL: Record<Alignment, string> = {
  calendar: 'Year',
  since: 'Years since each era began',
  lifecycle: 'Share of each era’s life (0 = start, 1 = end)',
};

/** Shares are read against a fixed scale (a reserve share of 60 means the same on every axis); kept unless data exceeds it. */
const FIXED_DOMAIN: Partial<Record<Indicator, readonly [number, number]>> = { gdp: [0, 30], reserves: [0, 100] };

/** Panels with a rule at zero: balances and rates, which change sign or come near it. */
const ZERO_RULE: readonly Indicator[] = ['current-account', 'rate'];

/** Room between the plot's edge and its outermost value, in px: half a line's width with its round join, and a pixel over. */
export const Y_INSET = 3;

/** The round number at or beyond `v` (down or up) with one significant digit of 1, 2 or 5 (log axes: 0.5, 1, 2, 5, 10…). */
function round125(v: number, up: boolean): number {
  const p = 10 ** Math.floor(Math.log10(v));
  const steps = up ? [1, 2, 5, 10] : [10, 5, 2, 1];
  const m = steps.find((s) => (up ? s * p >= v : s * p <= v)) ?? (up ? 10 : 1);
  return Number((m * p).toPrecision(12));
}

/** The step between about `count` ticks over `[lo, hi]`: 1, 2 or 5 times a power of ten. */
function tickStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((s) => s * p >= raw) ?? 10) * p;
}

/**
 * The y domain of a panel: every value it draws (and the zero rule it draws), rounded outward to round numbers,
 * so no line runs past the panel's top or bottom. `undefined` for a panel with nothing to draw.
 */
export function panelYDomain(indicator: Indicator, ys: readonly number[]): [number, number] | undefined {
  const fixed = FIXED_DOMAIN[indicator];
  if (ys.length === 0) return fixed ? [...fixed] : undefined;
  const held = [...ys, ...(fixed ?? []), ...(ZERO_RULE.includes(indicator) ? [0] : [])];
  let [lo, hi] = [Math.min(...held), Math.max(...held)];
  if (indicator === 'value') return [round125(lo, false), round125(hi, true)];
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const step = tickStep(lo, hi, 5);
  const at = (n: number) => Number((n * step).toPrecision(12));
  return [at(Math.floor(lo / step)), at(Math.ceil(hi / step))];
}

const colour = (p: { era: string }) => PLOT_COLOUR[p.era as keyof typeof PLOT_COLOUR];

/** Runs as Plot wants them: one path per run, its style from the run's last point. */
function runsOf(points: readonly AlignedPoint[]) {
  const last = new Map<string, AlignedPoint>();
  for (const p of points) if (!p.alone) last.set(p.run, p);
  const pick = (dashed: boolean, step: boolean) =>
    points.filter((p) => {
      const end = last.get(p.run);
      return end !== undefined && end.estimate === dashed && (end.curve === 'step-after') === step;
    });
  return { pick };
}

/** The Plot options of one panel. */
export function comparePanel(input: ComparePanelInput): Plot.PlotOptions {
  const { points, align, indicator, narrow } = input;
  const [lo, hi] = ALIGNED_DOMAIN[align];
  const { pick } = runsOf(points);
  const lineOptions = (dashed: boolean, step: boolean): Plot.LineOptions => ({
    x: 'x',
    y: 'y',
    z: 'run',
    stroke: colour,
    strokeWidth: (p: AlignedPoint) => (p.secondary ? 1.25 : 2),
    strokeOpacity: (p: AlignedPoint) => (p.secondary ? 0.6 : 1),
    curve: step ? 'step-after' : 'linear',
    clip: true,
    ...(dashed ? { strokeDasharray: PLOT_DASH.estimate } : {}),
  });
  const [t0, t1] = [Math.min(...input.today), Math.max(...input.today)];
  const marks: Plot.Markish[] = [
    Plot.ruleX(align === 'lifecycle' ? [0, 1] : align === 'since' ? [0] : [], {
      stroke: PLOT_COLOUR.rule,
      strokeWidth: 1.5,
    }),
    ...(input.today.length > 1
      ? [
          Plot.rectX([{ x1: t0, x2: t1 }], {
            x1: 'x1',
            x2: 'x2',
            fill: PLOT_COLOUR.dollar,
            fillOpacity: 0.1,
            clip: true,
          }),
        ]
      : []),
    Plot.ruleX(input.today, { stroke: PLOT_COLOUR.dollar, strokeDasharray: '2 3', clip: true }),
    ...(ZERO_RULE.includes(indicator) ? [Plot.ruleY([0], { stroke: PLOT_COLOUR.rule })] : []),
  ];
  for (const dashed of [false, true])
    for (const step of [false, true]) {
      const data = pick(dashed, step);
      if (data.length > 0) marks.push(Plot.line(data, lineOptions(dashed, step)));
    }
  const alone = points.filter((p) => p.alone);
  if (alone.length > 0) marks.push(Plot.dot(alone, { x: 'x', y: 'y', fill: colour, r: 2.5, clip: true }));
  return {
    height: panelHeight(narrow),
    marginLeft: COMPARE_MARGIN.left,
    marginRight: COMPARE_MARGIN.right,
    marginTop: 12,
    marginBottom: input.axisTitle ? 44 : 28,
    x: {
      domain: [lo, hi],
      label: input.axisTitle ? X_LABEL[align] : null,
      labelAnchor: 'center',
      labelArrow: 'none',
      ticks: narrow ? 4 : 8,
      tickFormat: align === 'lifecycle' ? (d: number) => minus(String(d)) : (d: number) => minus(String(Math.round(d))),
    },
    y: {
      label: null,
      grid: true,
      ticks: 4,
      domain: panelYDomain(
        indicator,
        points.map((p) => p.y),
      ),
      insetTop: Y_INSET,
      insetBottom: Y_INSET,
      ...(indicator === 'value' ? { type: 'log' as const, tickFormat: (d: number) => formatNumber(d, 2) } : {}),
    },
    marks,
    ariaLabel: `${INDICATOR_TEXT[indicator].title}, ${INDICATOR_TEXT[indicator].unit}`,
  };
}
