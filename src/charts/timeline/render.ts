import { select } from 'd3-selection';
import { ERA_IDS } from '../../schemas/vocab';
import { TIMELINE_SIZE } from '../../lib/timelineConstants';
import { timelineLayout } from './layout';
import { eventMark, placeClip, SVG_NS } from './marker';
import { positionTimeline } from './position';
import type { TimelineItem, TimelineModel } from '../../lib/timelineModel';

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
   * Draw only these of the model's events (an event page draws the years it
   * shows, a very long timeline a sample; the browser adds the rest when the
   * reader starts to move). Without it every event is drawn.
   */
  only?: readonly TimelineItem[];
}

/**
 * Renders the whole timeline as SVG: era lanes with their default datings,
 * one marker per event, labels for turning points, a time axis and a strip of
 * public debt as a share of GDP. Pure: model, size and document in, SVG out.
 */
export function renderTimeline(model: TimelineModel, options: TimelineOptions): SVGSVGElement {
  const layout = timelineLayout(options.width);
  const doc = options.document;
  const svg = select<SVGSVGElement, unknown>(doc.createElementNS(SVG_NS, 'svg'))
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('width', layout.width)
    .attr('height', layout.height)
    // Before the explorer fits the drawing to its box, a box of another width shows it at full size, cut at the right.
    .attr('preserveAspectRatio', 'xMinYMin slice')
    .attr('class', 'chart timeline')
    .attr('role', 'group')
    .attr('aria-label', options.title)
    .attr('data-width', layout.width)
    .attr('data-id-prefix', options.idPrefix ?? 'ev');
  svg.append('desc').text(options.description);

  const lanes = svg.append('g').attr('class', 'lanes').attr('aria-hidden', 'true');
  const plot = svg.append('svg').attr('class', 'plot');
  placeClip(plot.node()!, layout, 0, layout.axisY);
  // The lanes' names paint over the plot: on a phone it starts under them, and a marker would cover a name.
  const names = svg.append('g').attr('class', 'lane-names').attr('aria-hidden', 'true');
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
    names
      .append('text')
      .attr('class', `lane-label era-${era}`)
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
    .attr('fill', 'none')
    .attr('text-anchor', 'middle')
    .attr('transform', `translate(0,${layout.axisY})`)
    .attr('aria-hidden', 'true');

  const strip = svg.append('g').attr('class', 'strip').attr('aria-hidden', 'true');
  strip
    .append('text')
    .attr('class', 'strip-title')
    .attr('x', 6)
    .attr('y', layout.stripTop - 4)
    .text('Public debt, % of GDP');
  const stripPlot = strip.append('svg').attr('class', 'strip-plot');
  placeClip(stripPlot.node()!, layout, layout.stripTop - 2, TIMELINE_SIZE.strip + 4);
  for (const s of model.strips)
    stripPlot
      .append('path')
      .attr('class', 'strip-line')
      .attr('data-strip', s.id)
      .style('--series', `var(--era-${s.era})`);
  const legend = strip.append('g').attr('class', 'strip-legend');
  model.strips.forEach((s, i) => {
    legend
      .append('text')
      .attr('x', 164 + i * 36)
      .attr('y', layout.stripTop - 4)
      .style('--series', `var(--era-${s.era})`)
      .attr('class', 'strip-key')
      .text(s.label);
  });

  const events = plot.append('g').attr('class', 'events').node()!;
  const idPrefix = options.idPrefix ?? 'ev';
  const drawn = options.only ?? model.items;
  for (const item of drawn) events.append(eventMark(doc, layout, item, idPrefix, item.id === options.selected));
  svg.attr('data-drawn', drawn.length === model.items.length ? 'all' : 'window');
  plot.append('g').attr('class', 'labels').attr('aria-hidden', 'true');
  const node = svg.node()!;
  positionTimeline(node, model, options.domain);
  return node;
}
