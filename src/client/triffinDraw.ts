import { drawTriffinFigure, type TriffinFigureInput } from '../figures/triffinModel';

/**
 * Draws the Triffin figure into `frame` at the frame's width, replacing what
 * was there. Loaded on the reader's first interaction: it carries Plot.
 */
export function drawTriffin(frame: HTMLElement, input: Omit<TriffinFigureInput, 'narrow' | 'width'>): void {
  const width = Math.max(280, Math.floor(frame.clientWidth));
  const height = frame.clientHeight || (width < 560 ? 300 : 400);
  frame.replaceChildren(drawTriffinFigure(input, { width, height, document: frame.ownerDocument }));
}
