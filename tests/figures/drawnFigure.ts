import { drawFigure } from '../../src/charts/figure/draw';
import { figureDrawing, figureView } from '../../src/figures/view';
import { buildDocument } from '../../src/lib/document';

/**
 * A figure drawn in its default view (every series, the spec's domains), as
 * the build draws it, normalised for a snapshot: one element per line so a
 * change reads as a diff. Plot's output is otherwise stable (fixed class name,
 * no clip ids, coordinates already rounded to tenths).
 */
export function drawnFigure(name: string): string {
  const view = figureView(name);
  const svg = drawFigure(figureDrawing(view), {
    title: view.spec.title,
    description: view.description,
    document: buildDocument(),
  });
  return `${svg.outerHTML.replaceAll('><', '>\n<')}\n`;
}
