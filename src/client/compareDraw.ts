import { drawCompareChart } from '../figures/compareDrawing';
import type { CompareView } from '../figures/compareView';

/**
 * Draws the comparative chart into `frame` at `frameWidth` (measured by the
 * caller's ResizeObserver, so drawing forces no layout), replacing
 * what was there. Loaded on the reader's first interaction: it carries Plot.
 */
export function drawCompare(
  frame: HTMLElement,
  view: CompareView,
  claimsHref: string,
  frameWidth: number,
): HTMLElement {
  const width = Math.max(300, Math.floor(frameWidth));
  const layout = drawCompareChart(frame.ownerDocument, view, {
    width,
    narrow: width < 560,
    idPrefix: 'compare-live',
    claimsHref,
  });
  frame.replaceChildren(layout);
  return layout;
}
