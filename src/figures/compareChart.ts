import * as Plot from '@observablehq/plot';
import { PLOT_COLOUR, PLOT_DASH } from '../charts/plot';
import { ALIGNED_DOMAIN, type Alignment } from '../lib/compareAlign';
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
  lifecycle: "Share of each era's life (0 = start, 1 = end)",
};

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
    ...(indicator === 'current-account' || indicator === 'rate' ? [Plot.ruleY([0], { stroke: PLOT_COLOUR.rule })] : []),
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
      tickFormat: align === 'lifecycle' ? (d: number) => String(d) : (d: number) => String(Math.round(d)),
    },
    y: {
      label: null,
      grid: true,
      ticks: 4,
      ...(indicator === 'value' ? { type: 'log' as const, tickFormat: (d: number) => String(d) } : {}),
      ...(indicator === 'gdp' || indicator === 'reserves' ? { domain: [0, indicator === 'gdp' ? 30 : 100] } : {}),
    },
    marks,
    ariaLabel: `${INDICATOR_TEXT[indicator].title}, ${INDICATOR_TEXT[indicator].unit}`,
  };
}
