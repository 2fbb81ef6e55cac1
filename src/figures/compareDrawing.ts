import { drawPlot } from '../charts/plot';
import { comparePanel } from './compareChart';
import { renderCompareLayout, type LayoutOptions } from './compareLayout';
import { panelHeight, type CompareView } from './compareView';

/** Where and how wide one drawing of the comparative chart goes. */
export interface CompareDrawingOptions extends Omit<LayoutOptions, 'drawPanel'> {
  /** The phone drawing: shorter panels, fewer ticks. */
  narrow: boolean;
}

/**
 * Draws the comparative chart: its layout, with one Plot small multiple per
 * indicator shown. The one call the build and the browser share, so the
 * redrawn chart is the chart the HTML carried.
 */
export function drawCompareChart(doc: Document, view: CompareView, opts: CompareDrawingOptions): HTMLElement {
  const { narrow, ...layout } = opts;
  return renderCompareLayout(doc, view, {
    ...layout,
    drawPanel: (panel, i) =>
      drawPlot(
        { width: opts.width, height: panelHeight(narrow), document: doc },
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
}
