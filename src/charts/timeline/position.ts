import { TIMELINE_SIZE } from '../../lib/timelineConstants';
import { drawAxis, round, stripPath } from './axis';
import { firstFrom, inPlot, timelineLayout, timelineScale, type TimelineLayout } from './layout';
import { eventMark, placeClip, SVG_NS } from './marker';
import type { ExplorerModel } from '../../lib/timelinePacked';
import type { TimelineItem, TimelineStrip } from '../../lib/timelineModel';

/** An event's marker in the SVG. */
interface Mark {
  g: SVGGElement;
  circle: SVGCircleElement;
  span: SVGLineElement | null;
  item: TimelineItem;
  /** Whether the marker was last placed inside the plot (else it was parked just outside). */
  shown: boolean;
}

/** The elements a drawing moves, found once and reused on every frame. */
interface Parts {
  layout: TimelineLayout;
  bands: { rect: SVGRectElement; from: number; to: number | null }[];
  /** The markers, found when first placed: frames that paint them on a canvas never look for them. */
  marks: Mark[] | null;
  axis: SVGGElement;
  strips: { path: SVGPathElement; points: TimelineStrip['points'] }[];
}

const partsCache = new WeakMap<SVGSVGElement, Parts>();

/**
 * Gives a drawing a new width in place, in drawing units that are CSS pixels
 * when `width` is the width of its box: the lanes, the plot area and the time
 * scale follow, the height stays (so the page does not move). Call
 * `positionTimeline` afterwards. Returns false when the width was already that.
 */
export function fitTimeline(svg: SVGSVGElement, width: number): boolean {
  if (!(width > 0) || Number(svg.getAttribute('data-width')) === width) return false;
  const layout = timelineLayout(width);
  svg.setAttribute('data-width', String(width));
  svg.setAttribute('width', String(width));
  svg.setAttribute('viewBox', `0 0 ${width} ${layout.height}`);
  for (const rect of svg.querySelectorAll('rect.lane-bg')) rect.setAttribute('width', String(width));
  for (const clip of svg.querySelectorAll('svg.plot, svg.strip-plot'))
    placeClip(clip, layout, Number(clip.getAttribute('y')), Number(clip.getAttribute('height')));
  const parts = partsCache.get(svg);
  if (parts) {
    parts.layout = layout;
    // Parked markers were parked for the old plot edges: place them all again.
    for (const mark of parts.marks ?? []) mark.shown = true;
  }
  return true;
}

function partsOf(svg: SVGSVGElement, model: ExplorerModel): Parts {
  const cached = partsCache.get(svg);
  if (cached) return cached;
  const parts: Parts = {
    layout: timelineLayout(Number(svg.getAttribute('data-width'))),
    bands: [...svg.querySelectorAll<SVGRectElement>('rect.lane-band')].map((rect) => ({
      rect,
      from: Number(rect.getAttribute('data-from')),
      to: rect.getAttribute('data-to') ? Number(rect.getAttribute('data-to')) : null,
    })),
    marks: null,
    axis: svg.querySelector<SVGGElement>('g.axis-x')!,
    strips: model.strips.flatMap((s) => {
      const path = svg.querySelector<SVGPathElement>(`path[data-strip="${s.id}"]`);
      return path ? [{ path, points: s.points }] : [];
    }),
  };
  partsCache.set(svg, parts);
  return parts;
}

function marksOf(svg: SVGSVGElement, parts: Parts, model: ExplorerModel): Mark[] {
  if (parts.marks) return parts.marks;
  const byId = new Map(model.items.map((i) => [i.id, i]));
  parts.marks = [...svg.querySelectorAll<SVGGElement>('g.event')].flatMap((g) => {
    const item = byId.get(g.getAttribute('data-id') ?? '');
    return item ? [{ g, circle: g.querySelector('circle')!, span: g.querySelector('line'), item, shown: true }] : [];
  });
  return parts.marks;
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
  model: ExplorerModel,
  domain: [number, number],
  { markers = true, hidden }: { markers?: boolean; hidden?: (id: string) => boolean } = {},
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
  if (markers) placeMarkers(parts, marksOf(svg, parts, model), x);
  drawAxis(parts.axis, layout, domain, x);
  placeLabels(svg, parts.layout, model.items, domain, x, hidden ?? filteredIn(svg));
  // The strip's scale: 0 to 280 % of GDP, bottom to top.
  const bottom = layout.stripTop + TIMELINE_SIZE.strip;
  const y = (value: number) => bottom - (value / 280) * TIMELINE_SIZE.strip;
  for (const strip of parts.strips) strip.path.setAttribute('d', stripPath(strip.points, domain, x, y));
}

/** Sets each marker's x; those that were and stay outside the plot are not touched (zoomed in, most are). */
function placeMarkers(parts: Parts, marks: Mark[], x: (year: number) => number): void {
  const { layout } = parts;
  for (const mark of marks) {
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
 * The markers already there stay in the document, untouched: the reader's first
 * press adds the others, and a marker taken out under a press would lose the click.
 */
export function completeTimeline(
  svg: SVGSVGElement,
  model: ExplorerModel,
  domain: [number, number],
  hidden: (id: string) => boolean,
): boolean {
  if (svg.getAttribute('data-drawn') === 'all') return false;
  const layout = timelineLayout(Number(svg.getAttribute('data-width')));
  const events = svg.querySelector<SVGGElement>('g.events')!;
  const existing = new Map([...events.querySelectorAll<SVGGElement>('g.event')].map((g) => [g.dataset['id'], g]));
  const idPrefix = svg.getAttribute('data-id-prefix') ?? 'ev';
  // The drawn markers are in date order, as the model's: each new one goes before the next drawn one.
  let next: Element | null = events.firstElementChild;
  for (const item of model.items) {
    const g = existing.get(item.id);
    if (g) {
      next = g.nextElementSibling;
      continue;
    }
    const mark = eventMark(svg.ownerDocument, layout, item, idPrefix, false);
    if (hidden(item.id)) mark.classList.add('is-filtered');
    events.insertBefore(mark, next);
  }
  svg.setAttribute('data-drawn', 'all');
  partsCache.delete(svg);
  const parts = partsOf(svg, model);
  placeMarkers(parts, marksOf(svg, parts, model), timelineScale(layout, domain));
  return true;
}

/** Which events a drawing leaves out: those it marks `is-filtered`, and on an event page those it did not draw. */
function filteredIn(svg: SVGSVGElement): (id: string) => boolean {
  const shown = new Set(
    [...svg.querySelectorAll<SVGGElement>('g.event:not(.is-filtered)')].map((g) => g.getAttribute('data-id')),
  );
  return (id) => !shown.has(id);
}

/**
 * Labels turning points (importance 1) where there is room, left to right in
 * each lane. Events come in date order: a binary search finds those in view,
 * so a frame reads no more than them. `hidden` says which the filters leave out.
 */
function placeLabels(
  svg: SVGSVGElement,
  layout: TimelineLayout,
  items: readonly TimelineItem[],
  [from, to]: [number, number],
  x: (year: number) => number,
  hidden: (id: string) => boolean,
): void {
  const layer = svg.querySelector('g.labels')!;
  const doc = svg.ownerDocument;
  layer.replaceChildren();
  const lastEnd = new Map<number, number>();
  for (let k = firstFrom(items, from); k < items.length && items[k]!.x <= to; k++) {
    const item = items[k]!;
    if (item.importance !== 1 || hidden(item.id)) continue;
    const cx = x(item.x);
    if (cx < layout.left || cx > layout.right) continue;
    const { charWidth, labelChars } = TIMELINE_SIZE;
    const width = Math.min(item.title.length, labelChars) * charWidth;
    if (cx + width > layout.right || cx < (lastEnd.get(item.lane) ?? -Infinity) + 6) continue;
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(round(cx + 8)));
    text.setAttribute('y', String(layout.laneTop(item.lane) + layout.laneHeight - 3));
    text.setAttribute('class', `event-label era-${item.era}`);
    text.textContent =
      item.title.length > labelChars ? `${item.title.slice(0, labelChars - 1).trimEnd()}…` : item.title;
    layer.append(text);
    lastEnd.set(item.lane, cx + 8 + width);
  }
}
