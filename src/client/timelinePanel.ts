import { renderEventPanel } from '../charts/timeline/panel';
import type { EventDetail } from '../lib/timelineData';

/**
 * Shows events in the page's event panel: fetches their details once (on the
 * first selection), marks the selected marker in every drawing, and names the
 * event in the document's title. Resolves to the shown event's id, `''` for none.
 */
export function eventPanel(el: HTMLElement, base: string): (id: string) => Promise<string> {
  const doc = el.ownerDocument;
  const panel = doc.querySelector<HTMLElement>('[data-event-panel]');
  let details: Promise<Map<string, EventDetail>> | undefined;
  return async (id) => {
    details ??= fetch(el.dataset['eventsUrl']!)
      .then((r) => r.json() as Promise<{ events: EventDetail[] }>)
      .then(({ events }) => new Map(events.map((d) => [d.id, d])));
    const detail = id ? ((await details).get(id) ?? null) : null;
    for (const c of el.querySelectorAll('circle[aria-selected="true"]')) c.setAttribute('aria-selected', 'false');
    if (detail)
      for (const c of el.querySelectorAll(`g.event[data-id="${CSS.escape(id)}"] circle`))
        c.setAttribute('aria-selected', 'true');
    const headingLevel = panel?.dataset['headingLevel'] === '1' ? 1 : 2;
    panel?.replaceChildren(renderEventPanel(detail, { document: doc, base, headingLevel }));
    doc.title = detail ? `${detail.title} · Timeline · Reserve currencies` : 'Timeline · Reserve currencies';
    return detail ? id : '';
  };
}

/**
 * Brings the event panel into view when the open event's heading is off screen
 * (on a phone the panel is under the drawing, on an event page above it), as
 * little as it takes; a page that shows the heading already does not move.
 * Smooth unless the reader asks for less motion. Focus stays where it is, on
 * the timeline, so that the keys go on from the event opened.
 */
export function revealPanel(doc: Document): void {
  const win = doc.defaultView;
  const panel = doc.querySelector<HTMLElement>('[data-event-panel]');
  const heading = panel?.querySelector('.panel-title')?.getBoundingClientRect();
  if (!win || !panel || !heading || (heading.top >= 0 && heading.bottom <= win.innerHeight)) return;
  const still = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // A panel below that fits on screen comes up whole, with as much of the drawing as leaves room; else from its top.
  const fits = heading.top > 0 && panel.getBoundingClientRect().height <= win.innerHeight;
  panel.scrollIntoView({ block: fits ? 'nearest' : 'start', behavior: still ? 'instant' : 'smooth' });
}

/**
 * The timeline's drawing: one for every width, fitted to its box. Only the
 * outer svg: the plot area inside it is an svg too, and is not a drawing.
 */
export function drawingOf(el: HTMLElement): SVGSVGElement {
  return el.querySelector<SVGSVGElement>('.timeline-variant > svg')!;
}

/** Where a pointer event falls in a drawing, in drawing units, and how many units a CSS pixel is. */
export function pointerIn(svg: SVGSVGElement, e: MouseEvent): { x: number; y: number; unit: number } | null {
  const ctm = svg.getScreenCTM();
  if (!ctm) return null;
  const { x, y } = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
  return { x, y, unit: 1 / ctm.a };
}
