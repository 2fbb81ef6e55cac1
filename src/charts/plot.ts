import * as Plot from '@observablehq/plot';

/**
 * The one call that turns a figure's Plot options into SVG, with the shared
 * defaults, at build time (with linkedom's `document`) and in the browser
 * alike. A figure is a pure function of the rows it is handed that returns
 * Plot options; this module knows nothing about any figure.
 */

/** Where and how big a figure is drawn. */
export interface PlotView {
  /** Width and height in CSS pixels: the SVG is drawn 1:1, so type keeps its size. */
  width: number;
  height: number;
  /** The document to build in: linkedom's at build time, the page's in the browser. */
  document: Document;
}

/** Type size of every label; the SVG is never scaled down, so this is what a reader gets (≥ 12 px). */
export const PLOT_FONT_PX = 13;

/**
 * Colours as CSS custom properties, so a figure follows the light and dark
 * schemes and the era colours of `tokens.css` without being redrawn.
 */
export const PLOT_COLOUR = {
  guilder: 'var(--era-guilder)',
  sterling: 'var(--era-sterling)',
  dollar: 'var(--era-dollar)',
  bitcoin: 'var(--era-bitcoin)',
  gold: 'var(--gold)',
  muted: 'var(--text-muted)',
  text: 'var(--text)',
  rule: 'var(--rule)',
} as const;

/** Dash patterns: estimates are dashed wherever they are drawn. */
export const PLOT_DASH = { estimate: '5 4' } as const;

/** The space Plot leaves around the plot area at 13 px, unless a figure sets its own. */
export const PLOT_MARGIN = { top: 16, bottom: 32 } as const;

/** The defaults every figure starts from; a figure's own options win. */
function plotDefaults(view: PlotView): Plot.PlotOptions {
  return {
    width: view.width,
    height: view.height,
    marginLeft: 48,
    marginRight: 16,
    marginTop: PLOT_MARGIN.top,
    marginBottom: PLOT_MARGIN.bottom,
    style: {
      fontSize: `${PLOT_FONT_PX}px`,
      fontFamily: 'var(--font-ui)',
      color: PLOT_COLOUR.muted,
      background: 'transparent',
      overflow: 'visible',
    },
  };
}

/**
 * Draws a figure: shared defaults, then the figure's options (last wins), into
 * `view.document`. The drawing is one image to assistive technology: Plot names
 * each mark's group ("line", "dot") with `aria-label`, which ARIA does not allow
 * on a group without a role, so those names go; the figure's own label stays.
 * Plot writes tick labels' `font-variant="tabular-nums"` as an attribute, which
 * is not a valid SVG value; it becomes the CSS property it means. Plot's own
 * `<style>` in every drawing goes too: the page states its rules once
 * (`svg[class^='plot-']` in global.css), instead of one stylesheet per drawing
 * that the browser adds and matches the whole page against again.
 */
export function drawPlot(view: PlotView, options: Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const drawing = Plot.plot({ ...plotDefaults(view), ...options, document: view.document });
  for (const style of drawing.querySelectorAll('style')) style.remove();
  for (const g of drawing.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  if (drawing.getAttribute('aria-label')) drawing.setAttribute('role', 'img');
  for (const el of drawing.querySelectorAll('[font-variant]')) {
    const value = el.getAttribute('font-variant')!;
    el.removeAttribute('font-variant');
    el.setAttribute('style', `font-variant-numeric: ${value};${el.getAttribute('style') ?? ''}`);
  }
  return drawing;
}
