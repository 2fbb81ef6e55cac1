/** The narrowest and widest CSS widths, in px, at which a drawing is shown. */
export interface RenderedRange {
  min: number;
  max: number;
}

/** A chart's font size in SVG user units: one to lay text out with, one CSS value for the browser. */
export interface ChartTextSize {
  /** The largest size the text can take (at the narrowest rendering): lay text out with it so nothing collides. */
  layout: number;
  /** The smallest size (at the widest rendering). */
  smallest: number;
  /** `font-size` for the SVG: shrinks linearly with the drawing's container width (`cqw`) between the two. */
  css: string;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The font size a chart drawn `viewBoxWidth` units wide needs so that its text
 * renders at `minPx` CSS px or more anywhere in `range`. An SVG scales with its
 * viewBox, so a fixed size in user units reads smaller on a narrow screen and
 * larger on a wide one. The returned CSS interpolates the size in user units
 * between the two ends of the range on the container's width: the rendered
 * size, `size × width / viewBoxWidth`, is `minPx` at both ends and a little
 * more between (a product of a rising and a falling line). Outside the range it
 * is clamped: above it the text grows with the drawing, below it shrinks.
 */
export function chartTextSize(viewBoxWidth: number, range: RenderedRange, minPx = 12): ChartTextSize {
  const layout = (minPx * viewBoxWidth) / range.min;
  const smallest = (minPx * viewBoxWidth) / range.max;
  const slope = range.max > range.min ? (layout - smallest) / (range.max - range.min) : 0;
  const intercept = layout + slope * range.min;
  const css =
    slope === 0
      ? `${round(layout)}px`
      : `clamp(${round(smallest)}px, calc(${round(intercept)}px - ${round(slope * 100)}cqw), ${round(layout)}px)`;
  return { layout, smallest, css };
}

/**
 * The size in user units the CSS of `chartTextSize` resolves to when the
 * drawing is `renderedWidth` CSS px wide (its container's width).
 */
export function textSizeAt(size: ChartTextSize, range: RenderedRange, renderedWidth: number): number {
  if (range.max <= range.min) return size.layout;
  const slope = (size.layout - size.smallest) / (range.max - range.min);
  const value = size.layout - slope * (renderedWidth - range.min);
  return Math.min(size.layout, Math.max(size.smallest, value));
}
