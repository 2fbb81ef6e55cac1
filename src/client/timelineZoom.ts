import { timelineLayout, type TimelineLayout } from '../charts/timeline/layout';
import { gestureDomain, wheelFactor, yearAt, zoomAround, type Domain } from '../charts/timeline/view';
import { pointerIn } from './timelinePanel';

/** Movement (CSS px) after which a press is a drag, and the click that ends it opens nothing. */
const CLICK_DISTANCE = 3;

/**
 * Lets the mouse, the wheel and fingers zoom and pan `svg`, with pointer
 * events and no library, so that the first touch already works and the page
 * loads no gesture code: a drag pans, a wheel zooms around the pointer (as
 * d3-zoom scales it), two fingers zoom and pan. `domain()` is the view when a
 * gesture starts; `onZoom` gets each domain the gesture shows. A drag ends
 * without a click, so that panning opens no event. Aborting `signal` removes
 * every listener.
 */
export function attachGestures(
  svg: SVGSVGElement,
  domain: () => Domain,
  onZoom: (domain: Domain) => void,
  signal: AbortSignal,
): void {
  const on = { signal };
  const layout = () => timelineLayout(Number(svg.dataset['width']));
  /** Pointers down on the drawing: where each started and where it is, in drawing units. */
  const pointers = new Map<number, { a: number; b: number; client: [number, number] }>();
  let start: { domain: Domain; layout: TimelineLayout } | null = null;
  let moved = false;

  /** A pointer came or went: the gesture starts again from the view as it is, every finger where it is. */
  const restart = () => {
    for (const p of pointers.values()) p.a = p.b;
    start = pointers.size ? { domain: domain(), layout: layout() } : null;
  };

  svg.addEventListener(
    'pointerdown',
    (e) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      const at = pointerIn(svg, e);
      if (!at || pointers.size >= 2) return;
      if (e.pointerType === 'mouse') svg.setPointerCapture(e.pointerId);
      if (pointers.size === 0) moved = false;
      pointers.set(e.pointerId, { a: at.x, b: at.x, client: [e.clientX, e.clientY] });
      restart();
    },
    on,
  );
  svg.addEventListener(
    'pointermove',
    (e) => {
      const p = pointers.get(e.pointerId);
      const at = p && start && pointerIn(svg, e);
      if (!p || !at || !start) return;
      p.b = at.x;
      if (Math.hypot(e.clientX - p.client[0], e.clientY - p.client[1]) > CLICK_DISTANCE) moved = true;
      if (!moved) return;
      const [one, two] = [...pointers.values()];
      onZoom(gestureDomain(start.layout, start.domain, one!.a, one!.b, two && { a2: two.a, b2: two.b }));
    },
    on,
  );
  const end = (e: PointerEvent) => {
    if (pointers.delete(e.pointerId)) restart();
  };
  for (const type of ['pointerup', 'pointercancel', 'lostpointercapture'] as const) svg.addEventListener(type, end, on);
  // A drag is no click: the click it ends is not the reader choosing an event.
  svg.addEventListener(
    'click',
    (e) => {
      if (!moved) return;
      moved = false;
      e.stopImmediatePropagation();
      e.preventDefault();
    },
    { ...on, capture: true },
  );
  svg.addEventListener(
    'wheel',
    (e) => {
      const at = pointerIn(svg, e);
      if (!at) return;
      const now = domain();
      const next = zoomAround(now, yearAt(layout(), now, at.x), wheelFactor(e.deltaY, e.deltaMode));
      // At the widest or narrowest view the wheel scrolls the page, as it would elsewhere.
      if (next[0] === now[0] && next[1] === now[1]) return;
      e.preventDefault();
      onZoom(next);
    },
    { ...on, passive: false },
  );
}
