/** The edges of a box on screen, in CSS px from the viewport's top left (a DOMRect fits). */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The scroll step a reader is reading: the one nearest the middle of the
 * reading area, which is the part of the screen below the stage when the
 * stage sits above the steps, and the whole screen when it stands beside
 * them. A step across the middle is at distance 0; between two steps the
 * nearer edge wins, so a fling, a reload or a jump to an anchor lands on the
 * step in view without any crossing having been seen.
 */
export function stepInView(stage: Box, steps: readonly Box[], viewportHeight: number): number {
  const first = steps[0];
  const above = first !== undefined && stage.left < first.right && stage.right > first.left;
  const top = above ? Math.min(Math.max(stage.bottom, 0), viewportHeight) : 0;
  const middle = top + (viewportHeight - top) / 2;
  let index = 0;
  let nearest = Infinity;
  steps.forEach((s, i) => {
    const distance = s.top > middle ? s.top - middle : s.bottom < middle ? middle - s.bottom : 0;
    if (distance < nearest) {
      nearest = distance;
      index = i;
    }
  });
  return index;
}
