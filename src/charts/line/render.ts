import { extent, max, min } from 'd3-array';
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';
import type { Marker, Point, Series } from '../types';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Everything a line chart needs besides its series. */
export interface LineChartOptions {
  /** Outer width in px (the viewBox width). */
  width: number;
  /** Outer height in px. */
  height: number;
  /** The document to create nodes with: linkedom at build time, `window.document` in the browser. */
  document: Document;
  /** Accessible title of the figure. */
  title: string;
  /** Accessible description: what the chart shows and its main finding. */
  description: string;
  /** Unique prefix for ids inside this SVG. */
  idPrefix: string;
  /** Formats a y value for the axis and tooltips. */
  formatY?: (value: number) => string;
  /** Fixed y domain; otherwise from the data, starting at zero when all values are positive. */
  yDomain?: [number, number];
  /** Fixed x domain in decimal years. */
  xDomain?: [number, number];
  /** Events drawn as vertical rules. */
  markers?: Marker[];
  /** A period shaded behind the lines, with a label. */
  band?: { from: number; to: number; label: string };
  /** Formats x ticks; whole years by default. */
  formatX?: (value: number) => string;
}

/** The scales and frame a rendered chart used, so overlays can be drawn on it later. */
export interface LineChartLayout {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  margin: { top: number; right: number; bottom: number; left: number };
  width: number;
  height: number;
}

/** Computes scales and margins: labels at line ends need room on the right. */
export function lineChartLayout(
  series: Series[],
  options: Pick<LineChartOptions, 'width' | 'height' | 'yDomain' | 'xDomain' | 'markers'>,
): LineChartLayout {
  const { width, height } = options;
  const all = series.flatMap((s) => s.points);
  const narrow = width < 480;
  const longest = max(series, (s) => (narrow ? (s.shortLabel ?? s.label) : s.label).length) ?? 0;
  const margin = {
    top: options.markers?.length ? 38 : 12,
    right: Math.min(narrow ? 70 : 130, 10 + longest * 6.5),
    bottom: 28,
    left: 44,
  };
  const [x0, x1] = options.xDomain ?? (extent(all, (p) => p.x) as [number, number]);
  // The y range follows what is visible, so zooming into a period rescales the values.
  const values = all.filter((p) => p.x >= x0 && p.x <= x1 && p.y !== null).map((p) => p.y as number);
  const lo = min(values) ?? 0;
  const hi = max(values) ?? 1;
  const yDomain = options.yDomain ?? [lo >= 0 ? 0 : lo, hi];
  return {
    x: scaleLinear()
      .domain([x0, x1])
      .range([margin.left, width - margin.right]),
    y: scaleLinear()
      .domain(yDomain)
      .nice()
      .range([height - margin.bottom, margin.top]),
    margin,
    width,
    height,
  };
}

const defaultFormat = (v: number) => String(Math.round(v * 10) / 10);

/** Splits a series into runs of consecutive points with the same estimate flag, so estimates can be dashed. */
function runs(points: Point[]): { estimate: boolean; points: Point[] }[] {
  const out: { estimate: boolean; points: Point[] }[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.estimate === p.estimate) last.points.push(p);
    else out.push({ estimate: p.estimate, points: last ? [last.points[last.points.length - 1], p] : [p] });
  }
  return out;
}

/**
 * Renders a line chart as an SVG element: axes, one path per series (gaps
 * stay gaps, estimates dashed), labels at line ends and event markers. Pure:
 * the same series, size and document always give the same SVG.
 */
export function renderLineChart(series: Series[], options: LineChartOptions): SVGSVGElement {
  const { width, height, document, title, description, idPrefix } = options;
  const formatY = options.formatY ?? defaultFormat;
  const formatX = options.formatX ?? ((v: number) => String(Math.floor(v)));
  const layout = lineChartLayout(series, options);
  const { x, y, margin } = layout;

  const svg = select<SVGSVGElement, unknown>(document.createElementNS(SVG_NS, 'svg'))
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-labelledby', `${idPrefix}-title ${idPrefix}-desc`)
    .attr('class', 'chart line-chart')
    .attr('data-width', width)
    .attr('data-height', height);
  svg.append('title').attr('id', `${idPrefix}-title`).text(title);
  svg.append('desc').attr('id', `${idPrefix}-desc`).text(description);

  const xTicks = Math.max(2, Math.floor((width - margin.left - margin.right) / 80));
  svg
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(
      axisBottom(x)
        .ticks(xTicks)
        .tickFormat((d) => formatX(Number(d)))
        .tickSizeOuter(0),
    )
    .attr('aria-hidden', 'true');
  svg
    .append('g')
    .attr('class', 'axis axis-y')
    .attr('transform', `translate(${margin.left},0)`)
    .call(
      axisLeft(y)
        .ticks(Math.max(3, Math.floor(height / 60)))
        .tickFormat((d) => formatY(Number(d)))
        .tickSize(-(width - margin.left - margin.right)),
    )
    .attr('aria-hidden', 'true')
    .call((g) => g.select('.domain').remove());

  if (options.band) {
    const { from, to, label } = options.band;
    const [d0, d1] = x.domain() as [number, number];
    const x0 = x(Math.max(from, d0));
    const x1 = x(Math.min(to, d1));
    if (x1 > x0) {
      const g = svg.append('g').attr('class', 'band').attr('aria-hidden', 'true');
      g.append('rect')
        .attr('x', x0)
        .attr('y', margin.top)
        .attr('width', x1 - x0)
        .attr('height', height - margin.top - margin.bottom);
      g.append('text')
        .attr('x', x0 + 4)
        .attr('y', margin.top + 12)
        .text(label);
    }
  }

  const markerLayer = svg.append('g').attr('class', 'markers').attr('aria-hidden', 'true');
  for (const [i, m] of (options.markers ?? []).entries()) {
    if (m.x < x.domain()[0] || m.x > x.domain()[1]) continue;
    const g = markerLayer.append('g').attr('class', 'marker').attr('data-event', m.id);
    g.append('line')
      .attr('x1', x(m.x))
      .attr('x2', x(m.x))
      .attr('y1', margin.top - 4)
      .attr('y2', height - margin.bottom);
    const limit = width < 480 ? 18 : 30;
    const label = m.label.length > limit ? `${m.label.slice(0, limit - 1).trimEnd()}…` : m.label;
    const mx = x(m.x);
    const half = label.length * 2.8;
    g.append('text')
      .attr('x', mx)
      .attr('y', margin.top - 8 - (i % 2) * 12)
      .attr('text-anchor', mx + half > width ? 'end' : mx - half < 0 ? 'start' : 'middle')
      .text(label);
  }

  const path = line<Point>()
    .defined((p) => p.y !== null)
    .x((p) => x(p.x))
    .y((p) => y(p.y ?? 0));
  // A nested svg is the plot area: it clips lines at the edges of a zoomed view
  // without a clipPath id (figures are cloned into scrolly stages, where ids are dropped).
  const plotTop = margin.top - 2;
  const plotHeight = Math.max(0, height - margin.bottom - plotTop + 2);
  const plotWidth = Math.max(0, width - margin.left - margin.right);
  const plot = svg
    .append('svg')
    .attr('x', margin.left)
    .attr('y', plotTop)
    .attr('width', plotWidth)
    .attr('height', plotHeight)
    .attr('viewBox', `${margin.left} ${plotTop} ${plotWidth} ${plotHeight}`)
    .attr('overflow', 'hidden');
  const lines = plot.append('g').attr('class', 'lines');
  const labels = svg.append('g').attr('class', 'labels');
  for (const s of series) {
    const g = lines.append('g').attr('class', 'series').attr('data-series', s.id).style('--series', s.colour);
    const [d0, d1] = x.domain() as [number, number];
    // Keep one point beyond each edge so a line runs to the edge of the plot, where it is clipped.
    const first = s.points.findIndex((p) => p.x >= d0);
    const after = s.points.findIndex((p) => p.x > d1);
    const visible = first < 0 ? [] : s.points.slice(Math.max(0, first - 1), after < 0 ? undefined : after + 1);
    const inside = visible.filter((p) => p.x >= d0 && p.x <= d1);
    for (const run of runs(visible)) {
      g.append('path')
        .attr('d', path(run.points) ?? '')
        .attr('class', run.estimate ? 'line estimate' : 'line')
        .attr('stroke-dasharray', s.dashed ? '2 3' : run.estimate ? '6 4' : null);
    }
    // A value with no neighbour draws no line: show it as a dot so it is not lost.
    inside.forEach((p, i) => {
      const before = visible[visible.indexOf(p) - 1];
      const next = visible[visible.indexOf(p) + 1];
      if (p.y !== null && (before?.y ?? null) === null && (next?.y ?? null) === null) {
        g.append('circle').attr('class', 'point').attr('cx', x(p.x)).attr('cy', y(p.y)).attr('r', 3).attr('data-i', i);
      }
    });
    const last = [...inside].reverse().find((p) => p.y !== null);
    if (last && last.y !== null) {
      labels
        .append('text')
        .attr('data-series', s.id)
        .style('--series', s.colour)
        .attr('class', 'series-label')
        .attr('x', x(last.x) + 6)
        .attr('y', y(last.y))
        .attr('dy', '0.32em')
        .text(width < 480 ? (s.shortLabel ?? s.label) : s.label);
    }
  }
  placeLabels(svg, layout);
  return svg.node()!;
}

/** Nudges end labels apart vertically so they never overlap. */
function placeLabels(svg: Selection<SVGSVGElement, unknown, null, undefined>, layout: LineChartLayout): void {
  const labels = svg.selectAll<SVGTextElement, unknown>('text.series-label').nodes();
  const items = labels.map((node) => ({ node, y: Number(node.getAttribute('y')) })).sort((a, b) => a.y - b.y);
  const gap = 13;
  for (let i = 1; i < items.length; i++) {
    if (items[i].y - items[i - 1].y < gap) items[i].y = items[i - 1].y + gap;
  }
  const bottom = layout.height - layout.margin.bottom;
  for (let i = items.length - 1; i >= 0; i--) {
    const limit = i === items.length - 1 ? bottom : items[i + 1].y - gap;
    if (items[i].y > limit) items[i].y = limit;
    items[i].node.setAttribute('y', String(Math.round(items[i].y * 10) / 10));
  }
}
