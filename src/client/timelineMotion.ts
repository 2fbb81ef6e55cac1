import type { MarkerColours, MarkerContext } from '../charts/timeline/canvas';
import { timelineLayout, type TimelineLayout } from '../charts/timeline/layout';
import { ERA_IDS } from '../schemas/vocab';

/** A canvas over a drawing's plot area that shows the markers while the view moves. */
export interface MotionLayer {
  svg: SVGSVGElement;
  canvas: HTMLCanvasElement;
  ctx: MarkerContext;
  layout: TimelineLayout;
  colours: MarkerColours;
}

/**
 * Puts a canvas over the plot area of `svg`, sized to it on screen and to the
 * device's pixels, with the stylesheet's marker colours, and hides the SVG markers.
 */
export function openMotionLayer(svg: SVGSVGElement): MotionLayer | null {
  const doc = svg.ownerDocument;
  const layout = timelineLayout(Number(svg.dataset['width']));
  const scale = svg.getBoundingClientRect().width / layout.width;
  const canvas = doc.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx || !(scale > 0)) return null;
  const dpr = doc.defaultView?.devicePixelRatio ?? 1;
  const [width, height] = [(layout.right - layout.left) * scale, layout.axisY * scale];
  canvas.className = 'timeline-motion';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.width = Math.ceil(width * dpr);
  canvas.height = Math.ceil(height * dpr);
  canvas.style.left = `${layout.left * scale}px`;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  ctx.setTransform(scale * dpr, 0, 0, scale * dpr, -layout.left * scale * dpr, 0);
  const style = getComputedStyle(svg);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const colours: MarkerColours = {
    era: Object.fromEntries(ERA_IDS.map((era) => [era, read(`--era-${era}`)])) as MarkerColours['era'],
    outline: read('--bg-raised'),
    selected: read('--text'),
    active: read('--focus'),
  };
  svg.parentElement!.append(canvas);
  svg.classList.add('is-moving');
  return { svg, canvas, ctx, layout, colours };
}
