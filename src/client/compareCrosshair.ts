import type { Alignment } from '../lib/compareAlign';
import { ARROW_STEP } from '../figures/compareReadout';
import { COMPARE_MARGIN, domainFraction, type CompareView } from '../figures/compareView';

/** The drawing the reader sees (the build has a wide and a narrow one; a redraw leaves one). */
function visibleLayout(frame: HTMLElement): HTMLElement | null {
  return [...frame.querySelectorAll<HTMLElement>('.compare-layout')].find((l) => l.getClientRects().length > 0) ?? null;
}

/** The plot's left edge and width in the drawing on screen, in CSS px of its box. */
function plotSpan(layout: HTMLElement): { left: number; width: number } {
  const w = Number(layout.dataset['width']);
  const scale = layout.getBoundingClientRect().width / w;
  return { left: COMPARE_MARGIN.left * scale, width: (w - COMPARE_MARGIN.left - COMPARE_MARGIN.right) * scale };
}

/** Puts the crosshair of the drawing on screen at `at`; hides it for none or outside the axis. */
export function placeCrosshair(frame: HTMLElement, view: CompareView, at: number | null): void {
  const l = visibleLayout(frame);
  const cross = l?.querySelector<HTMLElement>('.compare-crosshair');
  if (!l || !cross) return;
  const f = at === null ? -1 : domainFraction(view, at);
  cross.hidden = f < 0 || f > 1;
  if (cross.hidden) return;
  const span = plotSpan(l);
  cross.style.left = `${span.left + f * span.width}px`;
}

/** The value on the shared x axis under `clientX` in the drawing on screen; `null` outside the plot. */
export function valueAt(frame: HTMLElement, view: CompareView, clientX: number): number | null {
  const l = visibleLayout(frame);
  if (!l) return null;
  const span = plotSpan(l);
  const f = (clientX - l.getBoundingClientRect().left - span.left) / span.width;
  if (f < 0 || f > 1) return null;
  const [lo, hi] = view.domain;
  return lo + f * (hi - lo);
}

/**
 * Where a key moves the crosshair from `at`: arrows by a step (ten with
 * Shift), Home and End to the axis's ends; `null` for any other key.
 */
export function keyValue(
  e: KeyboardEvent,
  align: Alignment,
  domain: readonly [number, number],
  at: number,
): number | null {
  const step = ARROW_STEP[align] * (e.shiftKey ? 10 : 1);
  const moves: Record<string, number> = {
    ArrowRight: at + step,
    ArrowLeft: at - step,
    Home: domain[0],
    End: domain[1],
  };
  return Object.hasOwn(moves, e.key) ? moves[e.key]! : null;
}
