import { lineChartLayout, renderLineChart, type LineChartOptions } from '../charts/line/render';
import { LINE_VARIANTS } from '../charts/line/variants';
import type { Marker, Point, Series } from '../charts/types';
import { FORMATS, type FormatName } from '../lib/format';

/** What the server hands the island, as JSON next to the SVG. */
interface LineChartProps {
  id: string;
  title: string;
  description: string;
  series: Series[];
  markers: Marker[];
  format: FormatName;
  axisFormat: FormatName;
  yDomain?: [number, number];
  xDomain?: [number, number];
  band?: { from: number; to: number; label: string };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Every date any series has, sorted, with the label of its first occurrence. */
function allDates(series: Series[]): { date: string; x: number; label: string }[] {
  const byDate = new Map<string, { date: string; x: number; label: string }>();
  for (const s of series)
    for (const p of s.points) if (!byDate.has(p.date)) byDate.set(p.date, { date: p.date, x: p.x, label: p.dateLabel });
  return [...byDate.values()].sort((a, b) => a.x - b.x);
}

/** The variant (wide or narrow) the stylesheet currently shows. */
function visibleSvg(el: HTMLElement): SVGSVGElement | null {
  for (const v of el.querySelectorAll<HTMLElement>('.chart-variant')) {
    if (v.offsetParent !== null) return v.querySelector('svg');
  }
  return null;
}

/**
 * Mounts tooltips, keyboard reading and series toggles on a server-rendered
 * line chart. Re-renders with the same module the build used, so what the
 * reader toggles looks exactly like what the page first showed.
 */
export function mount(el: HTMLElement, props: LineChartProps): () => void {
  const doc = el.ownerDocument;
  const frame = el.querySelector<HTMLElement>('.chart-frame')!;
  const tooltip = el.querySelector<HTMLElement>('.chart-tooltip')!;
  const live = el.querySelector<HTMLElement>('[data-chart-live]');
  const toggles = el.querySelector<HTMLFieldSetElement>('.series-toggles');
  const fmt = FORMATS[props.format];
  let shown = props.series;
  let dates = allDates(shown);
  let index = -1;

  /** The options the build used for a variant, so re-renders and overlays match it exactly. */
  const optionsFor = (name: string, width: number, height: number): LineChartOptions => ({
    width,
    height,
    document: doc,
    title: props.title,
    description: props.description,
    idPrefix: `${props.id}-${name}`,
    rendered: (LINE_VARIANTS.find((v) => v.name === name) ?? LINE_VARIANTS[0]).rendered,
    formatY: FORMATS[props.axisFormat],
    markers: props.markers,
    ...(props.yDomain ? { yDomain: props.yDomain } : {}),
    ...(props.xDomain ? { xDomain: props.xDomain } : {}),
    ...(props.band ? { band: props.band } : {}),
  });
  const layoutOf = (svg: SVGSVGElement) =>
    lineChartLayout(
      shown,
      optionsFor(
        svg.parentElement?.classList.contains('chart-narrow') ? 'narrow' : 'wide',
        Number(svg.dataset['width']),
        Number(svg.dataset['height']),
      ),
    );

  const visibleIds = () =>
    toggles
      ? [...toggles.querySelectorAll<HTMLInputElement>('[data-series-toggle]')]
          .filter((i) => i.checked)
          .map((i) => i.value)
      : props.series.map((s) => s.id);

  function rerender(): void {
    const ids = new Set(visibleIds());
    shown = props.series.filter((s) => ids.has(s.id));
    dates = allDates(shown);
    for (const variant of el.querySelectorAll<HTMLElement>('.chart-variant')) {
      const old = variant.querySelector('svg');
      if (!old) continue;
      const width = Number(old.dataset['width']);
      const height = Number(old.dataset['height']);
      const name = variant.classList.contains('chart-narrow') ? 'narrow' : 'wide';
      const svg = renderLineChart(shown, optionsFor(name, width, height));
      variant.replaceChildren(svg);
    }
    hide();
  }

  /** Each shown series' observation nearest to `x`, if one lies within `tolerance` years. */
  function pointsNear(x: number, tolerance: number): { series: Series; point: Point }[] {
    return shown.flatMap((s) => {
      let best: Point | undefined;
      for (const p of s.points) if (p.y !== null && (!best || Math.abs(p.x - x) < Math.abs(best.x - x))) best = p;
      return best && Math.abs(best.x - x) <= tolerance ? [{ series: s, point: best }] : [];
    });
  }

  function show(i: number, announce: boolean): void {
    const svg = visibleSvg(el);
    const entry = dates[i];
    if (!svg || !entry) return;
    index = i;
    const width = Number(svg.dataset['width']);
    const height = Number(svg.dataset['height']);
    const layout = layoutOf(svg);
    svg.querySelector('.overlay')?.remove();
    const overlay = doc.createElementNS(SVG_NS, 'g');
    overlay.setAttribute('class', 'overlay');
    overlay.setAttribute('aria-hidden', 'true');
    const gx = layout.x(entry.x);
    const guide = doc.createElementNS(SVG_NS, 'line');
    for (const [k, v] of Object.entries({ x1: gx, x2: gx, y1: layout.margin.top, y2: height - layout.margin.bottom }))
      guide.setAttribute(k, String(v));
    guide.setAttribute('class', 'guide');
    overlay.append(guide);
    const hits = pointsNear(entry.x, 0.6);
    for (const { series, point } of hits) {
      const dot = doc.createElementNS(SVG_NS, 'circle');
      dot.setAttribute('cx', String(layout.x(point.x)));
      dot.setAttribute('cy', String(layout.y(point.y!)));
      dot.setAttribute('r', '4');
      dot.setAttribute('class', 'dot');
      dot.style.setProperty('--series', series.colour);
      overlay.append(dot);
    }
    svg.append(overlay);

    const rows = hits.map(({ series, point }) => {
      const row = doc.createElement('div');
      row.className = 'tip-row';
      row.style.setProperty('--series', series.colour);
      const flags = `${point.estimate ? ' (estimate)' : ''}${point.transcribed ? ' (transcribed)' : ''}`;
      const when = point.date === entry.date ? '' : ` (${point.dateLabel})`;
      row.textContent = `${series.label}${when}: ${fmt(point.y!)}${flags}`;
      return row;
    });
    const head = doc.createElement('div');
    head.className = 'tip-date';
    head.textContent = entry.label;
    tooltip.replaceChildren(head, ...rows);
    tooltip.hidden = false;
    const scale = svg.getBoundingClientRect().width / width;
    const left = gx * scale;
    const frameWidth = frame.getBoundingClientRect().width;
    tooltip.style.left = `${Math.min(Math.max(left - tooltip.offsetWidth / 2, 0), frameWidth - tooltip.offsetWidth)}px`;
    if (announce && live) live.textContent = `${entry.label}. ${rows.map((r) => r.textContent).join('. ')}`;
  }

  function hide(): void {
    tooltip.hidden = true;
    el.querySelectorAll('.overlay').forEach((o) => o.remove());
  }

  function nearest(clientX: number): number {
    const svg = visibleSvg(el);
    if (!svg || dates.length === 0) return -1;
    const width = Number(svg.dataset['width']);
    const layout = layoutOf(svg);
    const rect = svg.getBoundingClientRect();
    const x = layout.x.invert(((clientX - rect.left) / rect.width) * width);
    let best = 0;
    dates.forEach((d, i) => {
      if (Math.abs(d.x - x) < Math.abs(dates[best].x - x)) best = i;
    });
    return best;
  }

  const onMove = (e: PointerEvent) => show(nearest(e.clientX), false);
  const onLeave = () => {
    if (doc.activeElement !== frame) hide();
  };
  const onKey = (e: KeyboardEvent) => {
    const last = dates.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    show(Math.min(Math.max(next, 0), last), true);
  };
  const onFocus = () => show(index < 0 ? dates.length - 1 : index, true);
  const onBlur = () => hide();
  const onToggle = () => rerender();

  frame.addEventListener('pointermove', onMove);
  frame.addEventListener('pointerleave', onLeave);
  frame.addEventListener('keydown', onKey);
  frame.addEventListener('focus', onFocus);
  frame.addEventListener('blur', onBlur);
  toggles?.addEventListener('change', onToggle);
  el.dataset['mounted'] = 'true';

  return () => {
    frame.removeEventListener('pointermove', onMove);
    frame.removeEventListener('pointerleave', onLeave);
    frame.removeEventListener('keydown', onKey);
    frame.removeEventListener('focus', onFocus);
    frame.removeEventListener('blur', onBlur);
    toggles?.removeEventListener('change', onToggle);
    delete el.dataset['mounted'];
  };
}

/** Mounts every interactive line chart in a document. */
export function mountLineCharts(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement>('[data-line-chart]')) {
    if (el.dataset['mounted']) continue;
    const json = el.querySelector('script[data-chart-props]')?.textContent;
    if (json) mount(el, JSON.parse(json) as LineChartProps);
  }
}
