import { drawTriffinFigure, type TriffinFigureInput } from '../figures/triffinModel';

/**
 * Draws the Triffin figure into `frame` at the frame's size, replacing what
 * was there. Loaded on the reader's first interaction: it carries Plot. The
 * size comes from the caller's ResizeObserver, so a redraw never forces a
 * layout (the sentence and outputs just changed); it is measured only if unknown.
 */
export function drawTriffin(
  frame: HTMLElement,
  input: Omit<TriffinFigureInput, 'narrow' | 'width'>,
  size: { width: number; height: number },
): void {
  const width = Math.max(280, Math.floor(size.width || frame.clientWidth));
  const height = size.height || frame.clientHeight || (width < 560 ? 300 : 400);
  frame.replaceChildren(drawTriffinFigure(input, { width, height, document: frame.ownerDocument }));
}
