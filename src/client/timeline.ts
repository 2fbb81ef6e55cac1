import { keyTarget } from '../charts/timeline/view';
import { TIMELINE_MAX, TIMELINE_MIN } from '../lib/timelineConstants';
import { unpackTimeline, type PackedTimeline } from '../lib/timelinePacked';
import { writeControls } from './timelineControls';
import { timelineView } from './timelineView';

/**
 * Wires the timeline explorer in `el`: filters, search, keyboard navigation,
 * zoom and pan, the event panel, and the view in the URL. It re-renders with
 * the modules the build used. Every listener is added with `signal`, and
 * aborting it also stops the pending redraw, URL write and resize observer:
 * one abort undoes the whole mount.
 */
export async function mountTimeline(el: HTMLElement, signal: AbortSignal): Promise<void> {
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  const frame = el.querySelector<HTMLElement>('[data-timeline-frame]')!;
  const response = await fetch(el.dataset['modelUrl']!, { signal });
  const model = unpackTimeline((await response.json()) as PackedTimeline);
  if (signal.aborted) return;
  const on = { signal };
  const view = timelineView(el, model, signal);

  /** The reader starts to move: every marker must be there, not only those of the years the page drew. */
  const onFirstGesture = () => view.complete();
  const onKey = (e: KeyboardEvent) => {
    const current = view.visibleItems[view.active];
    const target = keyTarget(e.key, view.active, view.visibleItems.length);
    if (target !== null) {
      e.preventDefault();
      view.setActive(target);
    } else if ((e.key === 'Enter' || e.key === ' ') && current) {
      e.preventDefault();
      void view.select(current.id, true);
    } else if (e.key === '+' || e.key === '=') view.zoomBy(0.5);
    else if (e.key === '-') view.zoomBy(2);
    else if (e.key === 'Escape') void view.select('', true);
  };
  const onFocus = () => {
    view.complete();
    if (view.active < 0)
      view.setActive(
        Math.max(
          0,
          view.visibleItems.findIndex((i) => i.id === view.state.event || i.x >= view.domain[0]),
        ),
      );
  };
  const onZoomButton = (e: MouseEvent) => {
    const kind = (e.target as HTMLElement).closest<HTMLElement>('[data-zoom]')?.dataset['zoom'];
    if (kind === 'in') view.zoomBy(0.5);
    else if (kind === 'out') view.zoomBy(2);
    else if (kind === 'reset') view.setDomain([TIMELINE_MIN, TIMELINE_MAX], true);
  };
  const onFilter = (e: Event) => view.filter(e.target as HTMLInputElement);
  const onResize = () => {
    view.fit();
    view.draw();
  };

  el.querySelector<HTMLElement>('[data-timeline-controls]')!.hidden = false;
  // The keys work from now on: the timeline says so only now.
  frame.setAttribute('aria-label', frame.dataset['keysLabel'] ?? '');
  view.fit();
  writeControls(el, view.state);
  view.applyFilters();
  // An event page arrives with its panel drawn; the explorer fills it from the URL.
  const drawnPanel =
    doc.querySelector('[data-event-panel]')?.querySelector<HTMLElement>('article[data-event-id]')?.dataset['eventId'] ??
    '';
  if (view.state.event && view.state.event !== drawnPanel) void view.select(view.state.event, false);
  frame.addEventListener('keydown', onKey, on);
  frame.addEventListener('focus', onFocus, on);
  frame.addEventListener('click', (e) => view.openAt(e), on);
  for (const type of ['pointerdown', 'wheel', 'touchstart'])
    frame.addEventListener(type, onFirstGesture, { ...on, once: true, passive: true });
  el.addEventListener('change', onFilter, on);
  el.querySelector('[data-timeline-search]')!.addEventListener('input', onFilter, on);
  el.addEventListener('click', onZoomButton, on);
  win.addEventListener('popstate', () => view.restore(), on);
  const resizes = new ResizeObserver(onResize);
  resizes.observe(frame);
  view.attachGestures();
  el.dataset['zoom'] = 'ready';
  el.dataset['mounted'] = 'true';
  // The bench reads when the first view was ready (tests/bench/timelineFrames.ts).
  win.requestAnimationFrame(() => performance.mark('timeline-first-view'));
  signal.addEventListener(
    'abort',
    () => {
      view.stop();
      resizes.disconnect();
      delete el.dataset['mounted'];
    },
    { once: true },
  );
}
