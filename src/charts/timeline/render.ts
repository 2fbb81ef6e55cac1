import { axisBottom } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import { ERA_IDS } from '../../schemas/vocab';
import type { TimelineItem, TimelineModel, TimelineStrip } from './series';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ROW = 9;
const LANE_PAD = 10;
const STRIP = 64;

/** Size and document for a timeline drawing. */
export interface TimelineOptions {
  width: number;
  document: Document;
  /** Visible years. */
  domain: [number, number];
  /** Id of the selected event, or `''`. */
  selected: string;
  title: string;
  description: string;
  /** Prefix of marker ids (`ev` gives `ev-<event id>`), unique per drawing on a page. */
  idPrefix?: string;
  /**
   * Draw only the events that reach into these years (an event page draws the
   * years it shows; the browser adds the rest when the reader starts to move).
   * Without it every event is drawn.
   */
  window?: [number, number];
}

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
export function timelineLayout(width: number, rows: number): TimelineLayout {
  const laneHeight = rows * ROW + LANE_PAD * 2;
  const top = 8;
  const lanes = ERA_IDS.length;
  const axisY = top + lanes * laneHeight + 2;
  const stripTop = axisY + 30;
  return {
    width,
    height: stripTop + STRIP + 8,
    left: width < 480 ? 8 : 84,
    right: width - 12,
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

/** Marker radius by importance (1, turning points, is the largest). */
export const RADIUS: Record<1 | 2 | 3, number> = { 1: 6, 2: 4.5, 3: 3.2 };

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

/**
 * One event's marker: a group with a span for events that last and a labelled
 * circle that is an option of the timeline's listbox. Unplaced: `positionTimeline`
 * sets the horizontal positions. Plain DOM, so the browser builds the same
 * marker as the build.
 */
function eventMark(
  doc: Document,
  layout: TimelineLayout,
  item: TimelineItem,
  idPrefix: string,
  selected: boolean,
): SVGGElement {
  const y = itemY(layout, item);
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', `event era-${item.era} imp-${item.importance}`);
  g.setAttribute('data-id', item.id);
  if (item.x2 !== null) {
    const span = doc.createElementNS(SVG_NS, 'line');
    span.setAttribute('class', 'event-span');
    span.setAttribute('aria-hidden', 'true');
    span.setAttribute('y1', String(y));
    span.setAttribute('y2', String(y));
    g.append(span);
  }
  const circle = doc.createElementNS(SVG_NS, 'circle');
  circle.setAttribute('id', `${idPrefix}-${item.id}`);
  circle.setAttribute('role', 'option');
  circle.setAttribute('aria-label', `${item.title}, ${item.dateLabel}`);
  circle.setAttribute('aria-selected', selected ? 'true' : 'false');
  circle.setAttribute('cy', String(y));
  circle.setAttribute('r', String(RADIUS[item.importance]));
  g.append(circle);
  return g;
}

/** Vertical centre of an event's marker. */
export function itemY(layout: TimelineLayout, item: TimelineItem): number {
  return layout.laneTop(item.lane) + LANE_PAD + item.row * ROW + ROW / 2;
}

/**
 * Renders the whole timeline as SVG: era lanes with their default datings,
 * one marker per event, labels for turning points, a time axis and a strip of
 * public debt as a share of GDP. Pure: model, size and document in, SVG out.
 */
export function renderTimeline(model: TimelineModel, options: TimelineOptions): SVGSVGElement {
  const rows = 7;
  const layout = timelineLayout(options.width, rows);
  const doc = options.document;
  const svg = select<SVGSVGElement, unknown>(doc.createElementNS(SVG_NS, 'svg'))
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('width', layout.width)
    .attr('height', layout.height)
    .attr('class', 'chart timeline')
    .attr('role', 'group')
    .attr('aria-label', options.title)
    .attr('data-width', layout.width)
    .attr('data-id-prefix', options.idPrefix ?? 'ev');
  svg.append('desc').text(options.description);

  const lanes = svg.append('g').attr('class', 'lanes').attr('aria-hidden', 'true');
  // The plot area is a nested svg: it clips markers and bands at its edges without a clipPath id.
  const plotWidth = layout.right - layout.left;
  const plot = svg
    .append('svg')
    .attr('class', 'plot')
    .attr('x', layout.left)
    .attr('y', 0)
    .attr('width', plotWidth)
    .attr('height', layout.axisY)
    .attr('viewBox', `${layout.left} 0 ${plotWidth} ${layout.axisY}`)
    .attr('overflow', 'hidden');
  const bands = plot.append('g').attr('class', 'bands').attr('aria-hidden', 'true');
  ERA_IDS.forEach((era, i) => {
    const band = model.bands.find((b) => b.era === era);
    const g = lanes.append('g').attr('class', `lane era-${era}`).attr('data-era', era);
    g.append('rect')
      .attr('class', 'lane-bg')
      .attr('x', 0)
      .attr('y', layout.laneTop(i))
      .attr('width', layout.width)
      .attr('height', layout.laneHeight);
    g.append('text')
      .attr('class', 'lane-label')
      .attr('x', 6)
      .attr('y', layout.laneTop(i) + 14)
      .text(band?.name.replace(/^The (.)/, (_, c: string) => c.toUpperCase()) ?? era);
    if (band) {
      bands
        .append('rect')
        .attr('class', `lane-band era-${era}`)
        .attr('y', layout.laneTop(i) + 2)
        .attr('height', layout.laneHeight - 4)
        .attr('data-from', band.from)
        .attr('data-to', band.to ?? '');
    }
  });

  svg
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${layout.axisY})`)
    .attr('aria-hidden', 'true');

  const strip = svg.append('g').attr('class', 'strip').attr('aria-hidden', 'true');
  strip
    .append('text')
    .attr('class', 'strip-title')
    .attr('x', 6)
    .attr('y', layout.stripTop - 4)
    .text('Public debt, % of GDP');
  for (const s of model.strips)
    strip.append('path').attr('class', 'strip-line').attr('data-strip', s.id).style('--series', s.colour);
  const legend = strip.append('g').attr('class', 'strip-legend');
  model.strips.forEach((s, i) => {
    legend
      .append('text')
      .attr('x', 150 + i * 90)
      .attr('y', layout.stripTop - 4)
      .style('--series', s.colour)
      .attr('class', 'strip-key')
      .text(s.label);
  });

  const events = plot.append('g').attr('class', 'events').node()!;
  const idPrefix = options.idPrefix ?? 'ev';
  const drawn = options.window ? model.items.filter((i) => reaches(i, options.window!)) : model.items;
  for (const item of drawn) events.append(eventMark(doc, layout, item, idPrefix, item.id === options.selected));
  svg.attr('data-drawn', drawn.length === model.items.length ? 'all' : 'window');
  plot.append('g').attr('class', 'labels').attr('aria-hidden', 'true');
  const node = svg.node()!;
  positionTimeline(node, model, options.domain);
  return node;
}

/** The elements a drawing moves, found once and reused on every frame. */
interface Parts {
  layout: TimelineLayout;
  bands: { rect: SVGRectElement; from: number; to: number | null }[];
  marks: {
    g: SVGGElement;
    circle: SVGCircleElement;
    span: SVGLineElement | null;
    item: TimelineItem;
    /** Whether the marker was last placed inside the plot (else it was parked just outside). */
    shown: boolean;
  }[];
  axis: SVGGElement;
  strips: { path: SVGPathElement; points: TimelineStrip['points'] }[];
}

const partsCache = new WeakMap<SVGSVGElement, Parts>();

function partsOf(svg: SVGSVGElement, model: TimelineModel): Parts {
  const cached = partsCache.get(svg);
  if (cached) return cached;
  const byId = new Map(model.items.map((i) => [i.id, i]));
  const parts: Parts = {
    layout: timelineLayout(Number(svg.getAttribute('data-width')), 7),
    bands: [...svg.querySelectorAll<SVGRectElement>('rect.lane-band')].map((rect) => ({
      rect,
      from: Number(rect.getAttribute('data-from')),
      to: rect.getAttribute('data-to') ? Number(rect.getAttribute('data-to')) : null,
    })),
    marks: [...svg.querySelectorAll<SVGGElement>('g.event')].flatMap((g) => {
      const item = byId.get(g.getAttribute('data-id') ?? '');
      return item ? [{ g, circle: g.querySelector('circle')!, span: g.querySelector('line'), item, shown: true }] : [];
    }),
    axis: svg.querySelector<SVGGElement>('g.axis-x')!,
    strips: model.strips.flatMap((s) => {
      const path = svg.querySelector<SVGPathElement>(`path[data-strip="${s.id}"]`);
      return path ? [{ path, points: s.points }] : [];
    }),
  };
  partsCache.set(svg, parts);
  return parts;
}

/**
 * Moves everything horizontal to a new visible domain: markers, spans, bands,
 * axis, labels and the strip. It only sets attributes on elements it found once.
 * With `markers: false` the markers stay where they are: while the view moves,
 * the browser paints them on a canvas instead (`paintMarkers`), whose cost does
 * not depend on the document, and places them once the movement stops.
 */
export function positionTimeline(
  svg: SVGSVGElement,
  model: TimelineModel,
  domain: [number, number],
  { markers = true }: { markers?: boolean } = {},
): void {
  const parts = partsOf(svg, model);
  const { layout } = parts;
  const x = timelineScale(layout, domain);
  for (const { rect, from, to } of parts.bands) {
    const x0 = Math.max(x(from), layout.left);
    const x1 = Math.min(x(to ?? domain[1]), layout.right);
    rect.setAttribute('x', String(round(x0)));
    rect.setAttribute('width', String(round(Math.max(0, x1 - x0))));
  }
  if (markers) placeMarkers(parts, x);
  const ticks = Math.max(2, Math.floor((layout.right - layout.left) / 90));
  select(parts.axis).call(
    axisBottom(x)
      .ticks(ticks)
      .tickFormat((d) => String(Math.floor(Number(d))))
      .tickSizeOuter(0),
  );
  placeLabels(svg, parts, x);

  const y = scaleLinear()
    .domain([0, 280])
    .range([layout.stripTop + STRIP, layout.stripTop]);
  const path = line<{ x: number; y: number | null }>()
    .defined((p) => p.y !== null && p.x >= domain[0] - 5 && p.x <= domain[1] + 5)
    .x((p) => round(x(p.x)))
    .y((p) => round(y(p.y ?? 0)));
  for (const strip of parts.strips) strip.path.setAttribute('d', path(strip.points) ?? '');
}

/** Sets each marker's x; those that were and stay outside the plot are not touched (zoomed in, most are). */
function placeMarkers(parts: Parts, x: ScaleLinear<number, number>): void {
  const { layout } = parts;
  for (const mark of parts.marks) {
    const { circle, span, item } = mark;
    const cx = round(x(item.x));
    const end = item.x2 === null ? cx : round(x(item.x2));
    const shown = inPlot(layout, cx, end);
    if (!shown && !mark.shown) continue;
    mark.shown = shown;
    // Parked just outside the clipped plot area, on the side it left by.
    circle.setAttribute('cx', String(shown ? cx : cx < layout.left ? layout.left - 30 : layout.right + 30));
    if (span) {
      span.setAttribute('x1', String(cx));
      span.setAttribute('x2', String(end));
    }
  }
}

/**
 * Adds the markers a windowed drawing left out, in date order and placed for
 * `domain`, keeping the state of those already there. `hidden` gets
 * `is-filtered` on the new ones. Returns false when the drawing had every event already.
 */
export function completeTimeline(
  svg: SVGSVGElement,
  model: TimelineModel,
  domain: [number, number],
  hidden: (id: string) => boolean,
): boolean {
  if (svg.getAttribute('data-drawn') === 'all') return false;
  const layout = timelineLayout(Number(svg.getAttribute('data-width')), 7);
  const events = svg.querySelector<SVGGElement>('g.events')!;
  const existing = new Map([...events.querySelectorAll<SVGGElement>('g.event')].map((g) => [g.dataset['id'], g]));
  const idPrefix = svg.getAttribute('data-id-prefix') ?? 'ev';
  const marks = model.items.map((item) => {
    const g = existing.get(item.id);
    if (g) return g;
    const mark = eventMark(svg.ownerDocument, layout, item, idPrefix, false);
    if (hidden(item.id)) mark.classList.add('is-filtered');
    return mark;
  });
  events.replaceChildren(...marks);
  svg.setAttribute('data-drawn', 'all');
  partsCache.delete(svg);
  placeMarkers(partsOf(svg, model), timelineScale(layout, domain));
  return true;
}

/** Labels turning points (importance 1) where there is room, left to right in each lane. */
function placeLabels(svg: SVGSVGElement, parts: Parts, x: ScaleLinear<number, number>): void {
  const { layout } = parts;
  const layer = svg.querySelector('g.labels')!;
  const doc = svg.ownerDocument;
  layer.replaceChildren();
  const lastEnd = new Map<number, number>();
  for (const { g, item } of parts.marks) {
    if (item.importance !== 1 || g.classList.contains('is-filtered')) continue;
    const cx = x(item.x);
    if (cx < layout.left || cx > layout.right) continue;
    const width = Math.min(item.title.length, 28) * 5.6;
    if (cx + width > layout.right || cx < (lastEnd.get(item.lane) ?? -Infinity) + 6) continue;
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(round(cx + 8)));
    text.setAttribute('y', String(layout.laneTop(item.lane) + layout.laneHeight - 3));
    text.setAttribute('class', `event-label era-${item.era}`);
    text.textContent = item.title.length > 28 ? `${item.title.slice(0, 27).trimEnd()}…` : item.title;
    layer.append(text);
    lastEnd.set(item.lane, cx + 8 + width);
  }
}

const round = (v: number) => Math.round(v * 10) / 10;
