import { axisBottom, axisLeft } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';
import type { Point, Series } from '../types';
import { LINE_HEIGHT, lineChartLayout, type LineLayoutOptions } from './layout';
import { symbolPath, type SymbolName } from './seriesSymbols';

export { lineChartLayout, type LineChartLayout } from './layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Everything a line chart needs besides its series. */
export interface LineChartOptions extends LineLayoutOptions {
  /** The document to create nodes with: linkedom at build time, `window.document` in the browser. */
  document: Document;
  /** Accessible title of the figure. */
  title: string;
  /** Accessible description: what the chart shows and its main finding. */
  description: string;
  /** Unique prefix for ids inside this SVG. */
  idPrefix: string;
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

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

/** Writes lines of text as tspans, the first at the text's own position. */
function writeLines(text: Selection<SVGTextElement, unknown, null, undefined>, lines: string[], x: number): void {
  lines.forEach((l, i) =>
    text
      .append('tspan')
      .attr('x', x)
      .attr('dy', i === 0 ? null : `${LINE_HEIGHT}em`)
      .text(l),
  );
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Symbols along a line, about every 90 units, shifted per series so two lines' symbols do not coincide. */
function drawSymbols(
  g: Group,
  points: Point[],
  place: (p: Point) => [number, number],
  symbol: SymbolName,
  phase: number,
  size: number,
  range: [number, number],
): void {
  const defined = points.filter((p) => p.y !== null);
  if (defined.length === 0) return;
  const d = symbolPath(symbol, size);
  const step = 90;
  for (let at = range[0] + step * phase; at <= range[1]; at += step) {
    let best = defined[0]!;
    for (const p of defined) if (Math.abs(place(p)[0] - at) < Math.abs(place(best)[0] - at)) best = p;
    const [px, py] = place(best);
    if (Math.abs(px - at) > step / 2) continue;
    g.append('path')
      .attr('class', 'symbol')
      .attr('d', d)
      .attr('transform', `translate(${r1(px)},${r1(py)})`);
  }
}

/**
 * Renders a line chart as an SVG element: axes, one path per series (gaps
 * stay gaps, estimates dashed), labels at line ends that dodge each other,
 * event markers whose labels wrap and stack above the plot, and symbols when
 * more than four lines share it. Text is sized for the widths the drawing is
 * shown at. Pure: the same series, size and document always give the same SVG.
 */
export function renderLineChart(series: Series[], options: LineChartOptions): SVGSVGElement {
  const { width, height, document, title, description, idPrefix } = options;
  const layout = lineChartLayout(series, options);
  const { x, y, margin, text } = layout;
  const f = text.layout;
  const formatY = options.formatY ?? ((v: number) => String(Math.round(v * 10) / 10));
  const formatX = options.formatX ?? ((v: number) => String(Math.floor(v)));

  const svg = select<SVGSVGElement, unknown>(document.createElementNS(SVG_NS, 'svg'))
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-labelledby', `${idPrefix}-title ${idPrefix}-desc`)
    .attr('class', 'chart line-chart')
    .attr('data-width', width)
    .attr('data-height', height)
    .style('font-size', text.css);
  svg.append('title').attr('id', `${idPrefix}-title`).text(title);
  svg.append('desc').attr('id', `${idPrefix}-desc`).text(description);

  svg
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(
      axisBottom(x)
        .tickValues(layout.xTicks)
        .tickFormat((d) => formatX(Number(d)))
        .tickSizeOuter(0)
        .tickPadding(3 + r1(f * 0.4)),
    )
    .attr('aria-hidden', 'true')
    .call((g) => g.attr('font-size', null).attr('font-family', null));
  svg
    .append('g')
    .attr('class', 'axis axis-y')
    .attr('transform', `translate(${margin.left},0)`)
    .call(
      axisLeft(y)
        .tickValues(layout.yTicks)
        .tickFormat((d) => formatY(Number(d)))
        .tickSize(-(width - margin.left - margin.right)),
    )
    .attr('aria-hidden', 'true')
    .call((g) => g.attr('font-size', null).attr('font-family', null))
    .call((g) => g.select('.domain').remove());

  const plotTop = margin.top;
  const plotBottom = height - margin.bottom;
  if (layout.band) {
    const { x0, x1 } = layout.band;
    const g = svg.append('g').attr('class', 'band').attr('aria-hidden', 'true');
    g.append('rect')
      .attr('x', r1(x0))
      .attr('y', plotTop)
      .attr('width', r1(x1 - x0))
      .attr('height', plotBottom - plotTop);
  }

  const notes = svg.append('g').attr('class', 'markers').attr('aria-hidden', 'true');
  for (const a of layout.annotations) {
    const g = notes.append('g').attr('class', 'marker').attr('data-event', a.id);
    g.append('line')
      .attr('x1', r1(a.x))
      .attr('x2', r1(a.x))
      .attr('y1', r1(a.bottom + 2))
      .attr('y2', plotBottom);
    writeLines(g.append('text').attr('x', r1(a.left)).attr('y', r1(a.baseline)), a.lines, r1(a.left));
  }

  const path = line<Point>()
    .defined((p) => p.y !== null)
    .x((p) => x(p.x))
    .y((p) => y(p.y ?? 0));
  // A nested svg is the plot area: it clips lines at the edges of a zoomed view
  // without a clipPath id (figures are cloned into scrolly stages, where ids are dropped).
  const clipTop = plotTop - 2;
  const plotHeight = Math.max(0, plotBottom - clipTop + 2);
  const plotWidth = Math.max(0, width - margin.left - margin.right);
  const plot = svg
    .append('svg')
    .attr('x', margin.left)
    .attr('y', clipTop)
    .attr('width', plotWidth)
    .attr('height', plotHeight)
    .attr('viewBox', `${margin.left} ${clipTop} ${plotWidth} ${plotHeight}`)
    .attr('overflow', 'hidden');
  const lines = plot.append('g').attr('class', 'lines');
  const [d0, d1] = x.domain() as [number, number];
  series.forEach((s, si) => {
    const symbol = layout.symbols[si] ?? null;
    const g = lines.append('g').attr('class', 'series').attr('data-series', s.id).style('--series', s.colour);
    if (symbol) g.attr('data-symbol', symbol);
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
        // With symbols, a lone value is drawn as its series' symbol, so it too can be told apart.
        if (symbol)
          g.append('path')
            .attr('class', 'point symbol')
            .attr('d', symbolPath(symbol, f * 0.7))
            .attr('transform', `translate(${r1(x(p.x))},${r1(y(p.y))})`)
            .attr('data-i', i);
        else
          g.append('circle')
            .attr('class', 'point')
            .attr('cx', x(p.x))
            .attr('cy', y(p.y))
            .attr('r', 3)
            .attr('data-i', i);
      }
    });
    if (symbol) {
      const count = layout.symbols.filter(Boolean).length;
      drawSymbols(g, inside, (p) => [x(p.x), y(p.y ?? 0)], symbol, (si + 0.5) / count, f * 0.6, [
        margin.left,
        width - margin.right,
      ]);
    }
  });

  if (layout.band) {
    // Drawn over the lines, on its halo, so they never hide it.
    const { lines: bandLines, left, baseline } = layout.band;
    const g = svg.append('g').attr('class', 'band-label').attr('aria-hidden', 'true');
    writeLines(g.append('text').attr('x', r1(left)).attr('y', r1(baseline)), bandLines, r1(left));
  }

  const labels = svg.append('g').attr('class', 'labels');
  for (const l of layout.labels) {
    const si = series.findIndex((s) => s.id === l.seriesId);
    const s = series[si]!;
    const g = labels.append('g').attr('data-series', s.id).style('--series', s.colour);
    if (l.leader) {
      g.append('line')
        .attr('class', 'leader')
        .attr('x1', r1(l.anchor.x + 3))
        .attr('y1', r1(l.anchor.y))
        .attr('x2', r1(l.left - (layout.symbols[si] ? f * 1.1 : 0) - 3))
        .attr('y2', r1(l.y));
    }
    const symbol = layout.symbols[si];
    if (symbol) {
      g.append('path')
        .attr('class', 'symbol')
        .attr('d', symbolPath(symbol, f * 0.6))
        .attr('transform', `translate(${r1(l.left - f * 0.6)},${r1(l.y)})`);
    }
    const firstBaseline = l.y - ((l.lines.length - 1) * LINE_HEIGHT * f) / 2;
    const t = g
      .append('text')
      .attr('class', 'series-label')
      .attr('x', r1(l.left))
      .attr('y', r1(firstBaseline))
      .attr('dy', '0.32em');
    writeLines(t, l.lines, r1(l.left));
  }
  return svg.node()!;
}
