import { paintMarkers, type MarkerColours, type MarkerContext, type MarkerState } from '../charts/timeline/canvas';
import { timelineLayout, type TimelineLayout } from '../charts/timeline/layout';
import { positionTimeline } from '../charts/timeline/position';
import type { ExplorerModel } from '../lib/timelinePacked';
import type { Domain } from '../charts/timeline/view';
import { ERA_IDS } from '../schemas/vocab';
import { DENSE_EVENTS } from '../lib/timelineConstants';

/** A canvas over a drawing's plot area that shows the markers while the view moves. */
interface MotionLayer {
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
function openMotionLayer(svg: SVGSVGElement, dense: boolean): MotionLayer | null {
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
  svg.classList.add(dense ? 'is-dense' : 'is-moving');
  return { svg, canvas, ctx, layout, colours };
}

/** Quiet time after the last movement before the markers go back into the SVG. */
const SETTLE_MS = 150;

/** What a frame draws: the drawing on screen, the visible years, and which markers are hidden or marked. */
export interface Frame {
  svg: SVGSVGElement | null;
  domain: Domain;
  marked: MarkerState;
}

/**
 * Draws the view `now()` returns in the next animation frame. While the view
 * moves (`draw(true)`), the markers are painted on a canvas and go back into
 * the SVG once the movement has stopped for SETTLE_MS: moving hundreds or
 * thousands of SVG elements on every frame would cost the browser far more
 * than painting them. From DENSE_EVENTS events on, the canvas stays at rest too.
 */
export function drawer(
  win: Window,
  model: ExplorerModel,
  now: () => Frame,
): { draw: (moving?: boolean) => void; settle: () => void; stop: () => void } {
  let frameRequest = 0;
  let settleTimer = 0;
  let motion: MotionLayer | null = null;
  const dense = model.items.length >= DENSE_EVENTS;

  /** Ends a movement: the markers go back into the SVG at their new places and the canvas goes. */
  function settle(): void {
    win.clearTimeout(settleTimer);
    if (!motion) return;
    performance.mark('timeline-settle-start');
    const { domain, marked } = now();
    // A dense timeline keeps its markers on the canvas: the next frame opens one at the drawing's new size.
    if (!dense) positionTimeline(motion.svg, model, domain, { hidden: marked.hidden });
    motion.svg.classList.remove('is-moving');
    motion.canvas.remove();
    motion = null;
    performance.measure('timeline-settle', 'timeline-settle-start');
  }

  function draw(moving = false): void {
    win.cancelAnimationFrame(frameRequest);
    frameRequest = win.requestAnimationFrame(() => {
      performance.mark('timeline-render-start');
      const { svg, domain, marked } = now();
      if (svg && (moving || dense)) {
        if (motion && motion.svg !== svg) settle();
        motion ??= openMotionLayer(svg, dense);
      }
      if (svg && motion) {
        positionTimeline(svg, model, domain, { markers: false, hidden: marked.hidden });
        paintMarkers(motion.ctx, motion.layout, model.items, domain, marked, motion.colours);
        win.clearTimeout(settleTimer);
        if (!dense) settleTimer = win.setTimeout(() => win.requestAnimationFrame(settle), SETTLE_MS);
      } else if (svg) positionTimeline(svg, model, domain, { hidden: marked.hidden });
      performance.measure('timeline-render', 'timeline-render-start');
    });
  }

  /** Settles and forgets the frame asked for: nothing is drawn after this. */
  function stop(): void {
    settle();
    win.cancelAnimationFrame(frameRequest);
  }

  return { draw, settle, stop };
}
