import { drawPlot } from '../charts/plot';
import { triffinModel, type TriffinFigureInput } from '../figures/triffinModel';

/**
 * Draws the Triffin figure into `frame` at the frame's width, replacing what
 * was there. Loaded on the reader's first interaction: it carries Plot.
 */
export function drawTriffin(frame: HTMLElement, input: Omit<TriffinFigureInput, 'narrow' | 'width'>): void {
  const width = Math.max(280, Math.floor(frame.clientWidth));
  const narrow = width < 560;
  const svg = drawPlot(
    { width, height: frame.clientHeight || (narrow ? 300 : 400), document: frame.ownerDocument },
    { ...triffinModel({ ...input, narrow, width }), ariaLabel: 'The Triffin model: backing and claims over time' },
  );
  frame.replaceChildren(svg);
}
