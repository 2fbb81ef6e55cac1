import { compactPath } from '../../lib/svgPath';

const SVG_GEOMETRY = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'transform', 'points'];

/**
 * A drawing in fewer bytes that look the same: every coordinate to a tenth of a unit (below a pixel at every width
 * a drawing is shown), every line and area written by `compactPath`, which drops
 * the points that lie within 0.15 units of the line through their neighbours.
 */
export function compactDrawing(svg: Element): void {
  for (const el of svg.querySelectorAll('*'))
    for (const name of SVG_GEOMETRY) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, value.replace(/(-?\d+\.\d)\d+/g, '$1'));
    }
  for (const path of svg.querySelectorAll('path[d]'))
    path.setAttribute('d', compactPath(path.getAttribute('d')!, { tolerance: 0.15 }));
}
