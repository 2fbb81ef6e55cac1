import type { TimelineLayout } from './layout';
import { SVG_NS } from './marker';

/** Half a unit: lines one unit wide on whole coordinates fall between pixels, as d3-axis avoids. */
const OFFSET = 0.5;

/**
 * Draws the time axis into `g` for a visible domain, as d3-axis's `axisBottom`
 * with `tickSizeOuter(0)` draws it (a baseline, then a `g.tick` per round year
 * with a line and a label) but without d3-scale, d3-axis and d3-selection in
 * the page's script. The elements already there are reused, so a frame of a
 * movement creates none once the number of ticks has settled.
 */
export function drawAxis(
  g: SVGGElement,
  layout: TimelineLayout,
  [from, to]: [number, number],
  x: (year: number) => number,
): void {
  const doc = g.ownerDocument;
  let domain = g.querySelector<SVGPathElement>(':scope > path.domain');
  if (!domain) {
    domain = doc.createElementNS(SVG_NS, 'path');
    domain.setAttribute('class', 'domain');
    domain.setAttribute('stroke', 'currentColor');
    g.prepend(domain);
  }
  domain.setAttribute('d', `M${layout.left + OFFSET},${OFFSET}H${layout.right + OFFSET}`);
  const values = yearTicks(layout, [from, to], x);
  const existing = [...g.querySelectorAll<SVGGElement>(':scope > g.tick')];
  values.forEach((value, k) => {
    const tick = existing[k] ?? g.appendChild(newTick(doc));
    tick.setAttribute('transform', `translate(${x(value) + OFFSET},0)`);
    const label = String(Math.floor(value));
    const text = tick.lastChild!;
    if (text.textContent !== label) text.textContent = label;
  });
  for (const tick of existing.slice(values.length)) tick.remove();
}

/**
 * Half the width of a year's label (four digits of the 12-unit axis type, about
 * 29 units in the UI fonts), with a unit to spare.
 */
const LABEL_HALF_WIDTH = 15.5;

/**
 * The years the axis labels: round years about 90 units apart, whole years only
 * (zoomed in to a few years, a tick at half a year would repeat its year's
 * label), and none whose label would stick out of the drawing: on a phone the
 * plot starts 8 units from the edge, and a year there would lose its first digit.
 */
export function yearTicks(layout: TimelineLayout, domain: [number, number], x: (year: number) => number): number[] {
  const count = Math.max(2, Math.floor((layout.right - layout.left) / 90));
  return roundTicks(domain[0], domain[1], count).filter(
    (year) => Number.isInteger(year) && x(year) >= LABEL_HALF_WIDTH && x(year) + LABEL_HALF_WIDTH <= layout.width,
  );
}

/**
 * About `count` round values from `from` to `to` (steps of 1, 2 or 5 times a
 * power of ten), as d3-array's `ticks` chooses them (ISC licence, Mike
 * Bostock), without the rest of d3-array in the page. `from < to`.
 */
export function roundTicks(from: number, to: number, count: number): number[] {
  const step = (to - from) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  // Below a step of one, count in its inverse so that the values come out exact (0.2, not 0.20000000000000001).
  const inverse = power < 0 ? 10 ** -power / factor : 0;
  const increment = power < 0 ? 0 : 10 ** power * factor;
  const value = (i: number) => (inverse ? i / inverse : i * increment);
  let first = Math.round(inverse ? from * inverse : from / increment);
  let last = Math.round(inverse ? to * inverse : to / increment);
  if (value(first) < from) first++;
  if (value(last) > to) last--;
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => value(first + k));
}

function newTick(doc: Document): SVGGElement {
  const tick = doc.createElementNS(SVG_NS, 'g');
  tick.setAttribute('class', 'tick');
  tick.setAttribute('opacity', '1');
  const line = doc.createElementNS(SVG_NS, 'line');
  line.setAttribute('stroke', 'currentColor');
  line.setAttribute('y2', '6');
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('fill', 'currentColor');
  text.setAttribute('y', '9');
  text.setAttribute('dy', '0.71em');
  tick.append(line, text);
  return tick;
}

/**
 * The path of a strip's line for a visible domain: points with a value, a few
 * years either side of the view included; a missing value or a point out of
 * reach breaks the line, as d3-shape's `line().defined()` breaks it.
 */
export function stripPath(
  points: readonly { x: number; y: number | null }[],
  [from, to]: [number, number],
  x: (year: number) => number,
  y: (value: number) => number,
): string {
  let d = '';
  let open = false;
  for (const p of points) {
    if (p.y === null || p.x < from - 5 || p.x > to + 5) open = false;
    else {
      d += `${open ? 'L' : 'M'}${round(x(p.x))},${round(y(p.y))}`;
      open = true;
    }
  }
  return d;
}

/** Rounds a drawing coordinate to a tenth of a unit: enough on screen, and short in the HTML. */
export const round = (v: number) => Math.round(v * 10) / 10;
