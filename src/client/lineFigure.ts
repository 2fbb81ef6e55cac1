import type { Marker, Point, Series } from '../charts/types';
import { FORMATS, type FormatName } from '../lib/format';
import { loadTable } from './tableLoad';

/** What the page hands the island next to the drawing: everything but the values, which are in the table. */
interface FigureViewData {
  title: string;
  description: string;
  series: Omit<Series, 'points'>[];
  markers: Marker[];
  axisFormat: FormatName;
  yDomain?: [number, number];
  xDomain?: [number, number];
  band?: { from: number; to: number; label: string };
}

/** A drawing's frame, read from the attributes `drawFigure` writes: maps years and values to its units. */
interface Frame {
  svg: SVGSVGElement;
  width: number;
  x: (v: number) => number;
  y: (v: number) => number;
  invertX: (u: number) => number;
  domain: [number, number];
  top: number;
  bottom: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const nums = (s: string | null | undefined) => (s ?? '').split(' ').map(Number);

function frameOf(svg: SVGSVGElement): Frame {
  const [left, top, right, bottom] = nums(svg.dataset['frame']) as [number, number, number, number];
  const [x0, x1] = nums(svg.dataset['x']) as [number, number];
  const [y0, y1] = nums(svg.dataset['y']) as [number, number];
  const { width, height } = svg.viewBox.baseVal;
  const kx = (width - right - left) / (x1 - x0);
  const ky = (height - bottom - top) / (y1 - y0);
  return {
    svg,
    width,
    x: (v) => left + (v - x0) * kx,
    y: (v) => height - bottom - (v - y0) * ky,
    invertX: (u) => x0 + (u - left) / kx,
    domain: [x0, x1],
    top,
    bottom: height - bottom,
  };
}

/** The series' points, read back from the data table (`data-x` of the cell or its row, `data-v`, † and ‡). */
function pointsFromTable(table: HTMLTableElement, count: number): Point[][] {
  const out: Point[][] = Array.from({ length: count }, () => []);
  for (const row of table.tBodies[0]?.rows ?? []) {
    const label = row.cells[0]?.textContent?.trim() ?? '';
    [...row.cells].slice(1).forEach((cell, i) => {
      const v = cell.dataset['v'];
      const text = cell.textContent ?? '';
      if (v === undefined && !text.trim()) return;
      out[i]?.push({
        x: Number(cell.dataset['x'] ?? row.dataset['x']),
        y: v === undefined || v === '' ? null : Number(v),
        date: label,
        dateLabel: label,
        estimate: text.includes('†'),
        transcribed: text.includes('‡'),
        source: [],
      });
    });
  }
  return out.map((points) => points.filter((p) => Number.isFinite(p.x)).sort((a, b) => a.x - b.x));
}

/**
 * Tooltips, keyboard reading and series toggles on a figure's built SVG. It
 * reads the frame from the drawing and the values from the table, so the page
 * carries no copy of the data and no Plot; Plot loads when a reader first
 * hides or shows a line, and redraws with the function the build used.
 */
export function mount(el: HTMLElement): () => void {
  const doc = el.ownerDocument;
  const frameEl = el.querySelector<HTMLElement>('.chart-frame')!;
  const drawingEl = el.querySelector<HTMLElement>('.chart-drawing')!;
  const tooltip = el.querySelector<HTMLElement>('.chart-tooltip')!;
  const live = el.querySelector<HTMLElement>('[data-chart-live]');
  const toggles = el.querySelector<HTMLFieldSetElement>('.series-toggles');
  const view = JSON.parse(el.querySelector('script[data-chart-view]')?.textContent ?? '{}') as FigureViewData;
  const fmt = FORMATS[(el.dataset['format'] ?? 'number') as FormatName];
  let all: Series[] = view.series.map((s) => ({ ...s, points: [] }));
  let shown = all;
  const details = el.querySelector<HTMLElement>('details.data-table');
  /** The values, read from the table once it is in the page (a long table is fetched from its own page first). */
  let values: Promise<void> | null = null;
  let ready = false;
  const readValues = (): Promise<void> =>
    (values ??= (details ? loadTable(details) : Promise.resolve(el.querySelector('table'))).then((table) => {
      if (!table) {
        values = null;
        return;
      }
      const points = pointsFromTable(table, view.series.length);
      all = all.map((s, i) => ({ ...s, points: points[i] ?? [] }));
      const ids = new Set(shown.map((s) => s.id));
      shown = all.filter((s) => ids.has(s.id));
      entries = entriesOf();
      ready = true;
    }));
  let frame = frameOf(drawingEl.querySelector('svg')!);
  let entries: { x: number; label: string }[] = [];
  let index = -1;
  const abort = new AbortController();
  const on = { signal: abort.signal };

  /** Every x any shown series has inside the domain, with the label of its first occurrence. */
  const entriesOf = () => {
    const byX = new Map<number, string>();
    for (const s of shown)
      for (const p of s.points)
        if (p.y !== null && p.x >= frame.domain[0] && p.x <= frame.domain[1] && !byX.has(p.x))
          byX.set(p.x, p.dateLabel);
    return [...byX].map(([x, label]) => ({ x, label })).sort((a, b) => a.x - b.x);
  };
  if (!details?.dataset['tablePage']) void readValues();

  function hide(): void {
    tooltip.hidden = true;
    frame.svg.querySelector('.overlay')?.remove();
  }

  function show(i: number, announce: boolean): void {
    const entry = entries[i];
    if (!entry) return;
    index = i;
    frame.svg.querySelector('.overlay')?.remove();
    const overlay = doc.createElementNS(SVG_NS, 'g');
    overlay.setAttribute('class', 'overlay');
    overlay.setAttribute('aria-hidden', 'true');
    const gx = frame.x(entry.x);
    const guide = doc.createElementNS(SVG_NS, 'line');
    for (const [k, v] of Object.entries({ x1: gx, x2: gx, y1: frame.top, y2: frame.bottom }))
      guide.setAttribute(k, String(v));
    guide.setAttribute('class', 'guide');
    overlay.append(guide);
    const rows = shown.flatMap((s) => {
      let best: Point | undefined;
      for (const p of s.points)
        if (p.y !== null && (!best || Math.abs(p.x - entry.x) < Math.abs(best.x - entry.x))) best = p;
      if (!best || Math.abs(best.x - entry.x) > 0.6) return [];
      const dot = doc.createElementNS(SVG_NS, 'circle');
      for (const [k, v] of Object.entries({ cx: frame.x(best.x), cy: frame.y(best.y!), r: 4 }))
        dot.setAttribute(k, String(v));
      dot.setAttribute('class', 'dot');
      dot.style.setProperty('--series', s.colour);
      overlay.append(dot);
      const row = doc.createElement('div');
      row.className = 'tip-row';
      row.style.setProperty('--series', s.colour);
      const flags = `${best.estimate ? ' (estimate)' : ''}${best.transcribed ? ' (transcribed)' : ''}`;
      const when = best.dateLabel === entry.label ? '' : ` (${best.dateLabel})`;
      row.textContent = `${s.label}${when}: ${fmt(best.y!)}${flags}`;
      return [row];
    });
    frame.svg.append(overlay);
    const head = doc.createElement('div');
    head.className = 'tip-date';
    head.textContent = entry.label;
    tooltip.replaceChildren(head, ...rows);
    tooltip.hidden = false;
    const left = gx * (frame.svg.getBoundingClientRect().width / frame.width);
    const room = frameEl.getBoundingClientRect().width - tooltip.offsetWidth;
    tooltip.style.left = `${Math.min(Math.max(left - tooltip.offsetWidth / 2, 0), room)}px`;
    if (announce && live) live.textContent = `${entry.label}. ${rows.map((r) => r.textContent).join('. ')}`;
  }

  function nearest(clientX: number): number {
    const rect = frame.svg.getBoundingClientRect();
    const x = frame.invertX(((clientX - rect.left) / rect.width) * frame.width);
    let best = 0;
    entries.forEach((d, i) => {
      if (Math.abs(d.x - x) < Math.abs(entries[best]!.x - x)) best = i;
    });
    return best;
  }

  async function redraw(): Promise<void> {
    const ids = new Set(
      [...(toggles?.querySelectorAll<HTMLInputElement>('[data-series-toggle]') ?? [])]
        .filter((i) => i.checked)
        .map((i) => i.value),
    );
    shown = all.filter((s) => ids.has(s.id));
    const { drawFigure } = await import('../charts/figure/draw');
    const svg = drawFigure(
      {
        series: shown,
        markers: view.markers,
        formatY: FORMATS[view.axisFormat],
        ...(view.xDomain ? { xDomain: view.xDomain } : {}),
        ...(view.yDomain ? { yDomain: view.yDomain } : {}),
        ...(view.band ? { band: view.band } : {}),
      },
      { title: view.title, description: view.description, document: doc },
    );
    drawingEl.replaceChildren(svg);
    frame = frameOf(svg);
    entries = entriesOf();
    index = Math.min(index, entries.length - 1);
    hide();
  }

  // Until the values are in, a reader's first point, key or focus fetches them and is answered when they come.
  let pointerX: number | null = null;
  // A tap brings no pointermove, only a press, then (after the pointer has left) focus: both read the point pressed.
  let pressedX: number | null = null;
  const point = (e: PointerEvent) => {
    pointerX = e.clientX;
    if (e.type === 'pointerdown') pressedX = e.clientX;
    if (ready) show(nearest(e.clientX), false);
    else
      void readValues().then(() => {
        if (pointerX !== null) show(nearest(pointerX), false);
      });
  };
  frameEl.addEventListener('pointermove', point, on);
  frameEl.addEventListener('pointerdown', point, on);
  frameEl.addEventListener('pointerleave', () => (pointerX = null), on);
  frameEl.addEventListener('pointerleave', () => doc.activeElement !== frameEl && hide(), on);
  frameEl.addEventListener(
    'keydown',
    (e) => {
      const step = (last: number) => ({ ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last })[e.key];
      if (step(0) === undefined) return;
      e.preventDefault();
      void readValues().then(() => {
        const last = entries.length - 1;
        show(Math.min(Math.max(step(last)!, 0), last), true);
      });
    },
    on,
  );
  frameEl.addEventListener(
    'focus',
    () =>
      void readValues().then(() => {
        // Focus from a press shows the point pressed; from the keyboard, the point read last (or the newest).
        if (doc.activeElement !== frameEl) return;
        if (pressedX !== null) show(nearest(pressedX), false);
        else show(index < 0 ? entries.length - 1 : index, true);
      }),
    on,
  );
  frameEl.addEventListener(
    'blur',
    () => {
      pressedX = null;
      hide();
    },
    on,
  );
  toggles?.addEventListener('change', () => void readValues().then(redraw), on);
  el.dataset['mounted'] = 'true';
  return () => {
    abort.abort();
    delete el.dataset['mounted'];
  };
}

for (const el of document.querySelectorAll<HTMLElement>('[data-line-chart]')) if (!el.dataset['mounted']) mount(el);
