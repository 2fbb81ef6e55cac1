import { drawPlot } from '../charts/plot';
import { comparePanel } from '../figures/compareChart';
import { renderCompareLayout } from '../figures/compareLayout';
import { panelHeight } from '../figures/compareView';
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
  const narrow = width < 560;
  const doc = frame.ownerDocument;
  const layout = renderCompareLayout(doc, view, {
    width,
    idPrefix: 'compare-live',
    claimsHref,
    drawPanel: (panel, i) =>
      drawPlot(
        { width, height: panelHeight(narrow), document: doc },
        comparePanel({
          indicator: panel.indicator,
          align: view.align,
          points: panel.points,
          today: view.today,
          axisTitle: i === view.panels.length - 1,
          narrow,
        }),
      ),
  });
  frame.replaceChildren(layout);
  return layout;
}
