import type { RenderedRange } from './textSize';

/**
 * The two drawings of every line chart, each for the screens it is shown on
 * (`charts.css` switches them at 560 px of viewport). `rendered` is the range
 * of CSS widths the drawing takes there: a phone column from 360 px screens
 * (the narrowest in common use) and the essay column or scrolly stage from a
 * 561 px screen to the widest stage. Text is sized so it renders at 12 px or
 * more across that range.
 */
export const LINE_VARIANTS = [
  { name: 'wide', width: 720, height: 400, rendered: { min: 520, max: 760 } },
  { name: 'narrow', width: 360, height: 320, rendered: { min: 320, max: 520 } },
] as const;

/** The rendered range of the variant a drawing of `width` units belongs to. */
export function renderedRangeFor(width: number): RenderedRange {
  const variant = LINE_VARIANTS.find((v) => v.width === width);
  if (variant) return variant.rendered;
  const scale = width / LINE_VARIANTS[0].width;
  return width < 480
    ? LINE_VARIANTS[1].rendered
    : { min: LINE_VARIANTS[0].rendered.min * scale, max: LINE_VARIANTS[0].rendered.max * scale };
}
