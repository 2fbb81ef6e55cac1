import { drawPlot } from '../plot';
import { compactDrawing } from './compactPath';
import { FIGURE_SIZE } from './layout';
import { figurePlotOptions, type FigureDrawing } from './marks';

/** What names a drawing for assistive technology, and the document to build it in. */
export interface FigureLabels {
  title: string;
  description: string;
  document: Document;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Draws a figure as one SVG that scales to its box (viewBox): Plot with the
 * figure's options, named for assistive technology, its frame and domains
 * written as `data-*` so the island maps a pointer to a date without Plot.
 */
export function drawFigure(drawing: FigureDrawing, labels: FigureLabels): SVGSVGElement {
  const { options, layout } = figurePlotOptions(drawing);
  const svg = drawPlot(
    { width: FIGURE_SIZE.width, height: FIGURE_SIZE.height, document: labels.document },
    { ...options, ariaLabel: labels.title },
  ) as SVGSVGElement;
  // Lines are most of a drawing's bytes, and each step figure of a scrolly draws its lines again.
  compactDrawing(svg);
  const title = labels.document.createElementNS(SVG_NS, 'title');
  title.textContent = labels.title;
  const desc = labels.document.createElementNS(SVG_NS, 'desc');
  desc.textContent = labels.description;
  svg.prepend(title, desc);
  svg.classList.add('chart', 'figure-chart');
  const { margin } = layout;
  // A nested svg is the plot area: it clips lines at the edges of the domain without a clipPath id,
  // which would repeat when the island redraws and be lost when a scrolly stage copies the drawing.
  const [left, right] = layout.x.range() as [number, number];
  const [bottom, top] = layout.y.range() as [number, number];
  const area = labels.document.createElementNS(SVG_NS, 'svg');
  const box = [left, top - 2, right - left, bottom - top + 4].map((v) => String(Math.round(v * 10) / 10));
  for (const [name, value] of [
    ['x', box[0]],
    ['y', box[1]],
    ['width', box[2]],
    ['height', box[3]],
  ] as const)
    area.setAttribute(name, value!);
  area.setAttribute('viewBox', box.join(' '));
  area.setAttribute('overflow', 'hidden');
  area.setAttribute('class', 'lines');
  const groups = [...svg.querySelectorAll('g.series')];
  groups[0]?.before(area);
  area.append(...groups);
  svg.setAttribute('data-frame', [margin.left, margin.top, margin.right, margin.bottom].join(' '));
  svg.setAttribute('data-x', layout.x.domain().join(' '));
  svg.setAttribute('data-y', layout.y.domain().join(' '));
  return svg;
}
