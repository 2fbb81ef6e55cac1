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

const RADIUS: Record<1 | 2 | 3, number> = { 1: 6, 2: 4.5, 3: 3.2 };

/** Vertical centre of an event's marker. */
function itemY(layout: TimelineLayout, item: TimelineItem): number {
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
      .text(band?.name.replace(/^The /, '') ?? era);
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

  const events = plot.append('g').attr('class', 'events');
  for (const item of model.items) {
    const y = itemY(layout, item);
    const g = events.append('g').attr('class', `event era-${item.era} imp-${item.importance}`).attr('data-id', item.id);
    if (item.x2 !== null)
      g.append('line').attr('class', 'event-span').attr('y1', y).attr('y2', y).attr('aria-hidden', 'true');
    g.append('circle')
      .attr('id', `${options.idPrefix ?? 'ev'}-${item.id}`)
      .attr('role', 'option')
      .attr('aria-label', `${item.title}, ${item.dateLabel}`)
      .attr('aria-selected', item.id === options.selected ? 'true' : 'false')
      .attr('cy', y)
      .attr('r', RADIUS[item.importance]);
  }
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
 * axis, labels and the strip. The browser calls this on every zoom frame, so
 * it only sets attributes on elements it found once.
 */
export function positionTimeline(svg: SVGSVGElement, model: TimelineModel, domain: [number, number]): void {
  const parts = partsOf(svg, model);
  const { layout } = parts;
  const x = timelineScale(layout, domain);
  for (const { rect, from, to } of parts.bands) {
    const x0 = Math.max(x(from), layout.left);
    const x1 = Math.min(x(to ?? domain[1]), layout.right);
    rect.setAttribute('x', String(round(x0)));
    rect.setAttribute('width', String(round(Math.max(0, x1 - x0))));
  }
  // Markers that were and stay outside the plot are not touched: when zoomed in, most are.
  const [lo, hi] = [layout.left - 10, layout.right + 10];
  for (const mark of parts.marks) {
    const { circle, span, item } = mark;
    const cx = round(x(item.x));
    const end = item.x2 === null ? cx : round(x(item.x2));
    const shown = end >= lo && cx <= hi;
    if (!shown && !mark.shown) continue;
    mark.shown = shown;
    circle.setAttribute('cx', String(shown ? cx : cx < lo ? lo - 20 : hi + 20));
    if (span) {
      span.setAttribute('x1', String(cx));
      span.setAttribute('x2', String(end));
    }
  }
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
