import type { FigureDrawing } from '../charts/figure/marks';
import type { Marker, Series } from '../charts/types';
import { FORMATS } from '../lib/format';
import { loadRows } from '../lib/data';
import { decimalYear } from '../lib/dates';
import { eventMarkers } from '../lib/markers';
import { EVENT_CHART_LABELS } from './eventLabels';
import { FIGURES, type FigureName } from './index';
import type { FigureData, FigureRows, FigureSpec, FigureState } from './types';

/** Everything needed to draw a named figure in one state. */
export interface FigureView {
  spec: FigureSpec;
  /** What is drawn and the main finding, for assistive technology. */
  description: string;
  series: Series[];
  markers: Marker[];
  sources: string[];
  xDomain?: [number, number];
  yDomain?: [number, number];
  band?: FigureState['band'];
}

const built = new Map<FigureName, Series[]>();

/** The rows of every dataset a figure names, loaded and validated (once per build: `loadRows` caches). */
export function figureRows(spec: FigureSpec): FigureRows<FigureData> {
  return Object.fromEntries(Object.entries(spec.data).map(([name, def]) => [name, loadRows(def)]));
}

/** The series of a figure, built once per build from the rows it is handed. */
function seriesOf(spec: FigureSpec): Series[] {
  if (!built.has(spec.id)) built.set(spec.id, spec.series(figureRows(spec)));
  return built.get(spec.id)!;
}

/**
 * Resolves a figure state against its spec: picks the series it names, the
 * events it marks and the ranges it shows. Unknown names stop the build, so a
 * typo in a chapter cannot silently draw the wrong thing.
 */
export function figureView(name: FigureName, state: Partial<FigureState> = {}): FigureView {
  const spec = FIGURES[name];
  if (!spec) throw new Error(`Figure: unknown figure "${name}" (known: ${Object.keys(FIGURES).join(', ')})`);
  const all = seriesOf(spec);
  const series = state.series
    ? state.series.map((id) => {
        const s = all.find((x) => x.id === id);
        if (!s) throw new Error(`Figure "${name}": no series "${id}" (has ${all.map((x) => x.id).join(', ')})`);
        return s;
      })
    : all;
  const { markers: eventMarks, events } = eventMarkers([
    ...(state.events ?? []),
    ...(state.range ? [state.range] : []),
  ]);
  const ranged = state.range ? events.pop() : undefined;
  if (state.range) eventMarks.pop();
  if (ranged && !ranged.end_date) throw new Error(`Figure "${name}": event "${ranged.id}" has no end date to shade`);
  const band = ranged
    ? {
        from: decimalYear(ranged.date),
        to: decimalYear(ranged.end_date!),
        label: EVENT_CHART_LABELS[ranged.id] ?? ranged.title,
      }
    : state.band;
  const markers = [
    ...eventMarks.map((m) => (EVENT_CHART_LABELS[m.id] ? { ...m, shortLabel: EVENT_CHART_LABELS[m.id] } : m)),
    ...(spec.markers?.() ?? []),
  ];
  const sources = [
    ...new Set([
      ...series.flatMap((s) => s.points.flatMap((p) => p.source)),
      ...[...events, ...(ranged ? [ranged] : [])].flatMap((e) => e.source),
    ]),
  ];
  const yDomain = state.y ?? spec.y;
  return {
    spec,
    description: spec.describe?.(figureRows(spec)) ?? spec.description,
    series,
    markers,
    sources,
    ...(state.x ? { xDomain: state.x } : {}),
    ...(yDomain ? { yDomain } : {}),
    ...(band ? { band } : {}),
  };
}

/** What `drawFigure` needs to draw a figure's view: its lines, events, ranges and tick format. */
export function figureDrawing(view: FigureView): FigureDrawing {
  return {
    series: view.series,
    markers: view.markers,
    formatY: FORMATS[view.spec.axisFormat],
    ...(view.xDomain ? { xDomain: view.xDomain } : {}),
    ...(view.yDomain ? { yDomain: view.yDomain } : {}),
    ...(view.band ? { band: view.band } : {}),
  };
}
