import { matches } from '../charts/timeline/filter';
import { hitTest } from '../charts/timeline/hitTest';
import { timelineLayout } from '../charts/timeline/layout';
import { completeTimeline, fitTimeline } from '../charts/timeline/position';
import {
  centreOn,
  clampDomain,
  keyTarget,
  wheelFactor,
  yearAt,
  zoomAround,
  type Domain,
} from '../charts/timeline/view';
import { NARROW_QUERY, TIMELINE_MAX, TIMELINE_MIN, TIMELINE_SIZE } from '../lib/timelineConstants';
import type { TimelineItem } from '../lib/timelineModel';
import { unpackTimeline, type PackedTimeline } from '../lib/timelinePacked';
import { formatTimelineState, parseTimelineState } from '../state/timeline';
import { readControl, showFiltered, writeControls } from './timelineControls';
import { drawer } from './timelineMotion';
import { eventPanel, pointerIn } from './timelinePanel';
import { urlSync } from './urlSync';
import { attachZoom, type ZoomControl } from './timelineZoom';

/**
 * The two drawings of the timeline (wide and narrow), and the one the
 * stylesheet shows now. Only the outer svg of each: the plot area inside it is
 * an svg too, and is not a drawing.
 */
function drawings(el: HTMLElement): { all: SVGSVGElement[]; visible: SVGSVGElement | null } {
  const all = [...el.querySelectorAll<SVGSVGElement>('.timeline-variant > svg')];
  return { all, visible: all.find((s) => s.parentElement!.offsetParent !== null) ?? null };
}

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
  const base = el.dataset['base'] ?? '/';
  const response = await fetch(el.dataset['modelUrl']!, { signal });
  const model = unpackTimeline((await response.json()) as PackedTimeline);
  if (signal.aborted) return;
  const on = { signal };
  const showEvent = eventPanel(el, base);
  const onExplorer = /\/timeline\/$/.test(win.location.pathname);
  let state = parseTimelineState(win.location.search || el.dataset['initial'] || '');
  let domain: Domain = [state.from, state.to];
  let visibleItems: TimelineItem[] = [];
  let shown = new Set(model.items.map((i) => i.id));
  let active = -1;
  let zoom: ZoomControl | null = null;
  let zoomLoading: Promise<ZoomControl> | null = null;
  const url = urlSync(win, () => `${base}timeline/${formatTimelineState(state)}`);

  const { draw, settle, stop } = drawer(win, model, () => ({
    svg: drawings(el).visible,
    domain,
    marked: { hidden: (id) => !shown.has(id), selected: state.event, active: visibleItems[active]?.id ?? '' },
  }));

  /**
   * Gives the drawing on screen the width of its box, so that one drawing unit
   * is one CSS pixel: text keeps its size and markers their hit areas at every
   * width, and a range from the URL fills the plot on a phone as on a desktop.
   */
  function fit(): void {
    const svg = drawings(el).visible;
    if (!svg || !fitTimeline(svg, Math.round(svg.parentElement!.clientWidth))) return;
    settle();
    zoom?.refit(domain);
  }

  /**
   * An event page draws only the years it shows; the other markers are added
   * when the reader starts to move, search or filter, so that loading the page
   * stays light and its size does not grow with the number of events.
   */
  function complete(): void {
    for (const svg of drawings(el).all) completeTimeline(svg, model, domain, (id) => !shown.has(id));
  }

  function applyFilters(): void {
    visibleItems = model.items.filter((i) => matches(i, state));
    shown = new Set(visibleItems.map((i) => i.id));
    showFiltered(el, shown, model.items.length);
    draw();
  }

  /** Puts the visible years into the state and the state into the URL, now or after a pause. */
  function writeUrl(push: boolean | 'soon'): void {
    state = { ...state, from: Math.round(domain[0]), to: Math.round(domain[1]) };
    if (push === 'soon') url.soon();
    else url.now(push);
  }

  function setDomain(next: Domain, push: boolean | 'soon' = 'soon'): void {
    complete();
    domain = clampDomain(next);
    zoom?.sync(domain);
    draw(true);
    writeUrl(push);
  }

  function setActive(index: number): void {
    const item = visibleItems[index];
    if (!item) return;
    complete();
    active = index;
    el.querySelectorAll('g.event.is-active').forEach((g) => g.classList.remove('is-active'));
    el.querySelectorAll(`g.event[data-id="${CSS.escape(item.id)}"]`).forEach((g) => g.classList.add('is-active'));
    const svg = drawings(el).visible;
    frame.setAttribute('aria-activedescendant', `${svg?.dataset['idPrefix'] ?? 'ev'}-${item.id}`);
    if (item.x < domain[0] || item.x > domain[1]) setDomain(centreOn(domain, item.x));
  }

  async function select(id: string, push: boolean): Promise<void> {
    state = { ...state, event: await showEvent(id) };
    if (signal.aborted) return;
    if (push || onExplorer) writeUrl(push || 'soon');
  }

  /**
   * Lets gestures zoom and pan. d3-zoom starts loading as the explorer mounts,
   * so that a reader's first drag, pinch or wheel already moves the view; a
   * wheel turned before it is ready zooms once it is, so that no turn is lost.
   */
  function loadZoom(): Promise<ZoomControl> {
    zoomLoading ??= attachZoom(
      drawings(el).all,
      (next) => {
        complete();
        domain = next;
        draw(true);
        writeUrl('soon');
      },
      signal,
    ).then((control) => {
      zoom = control;
      control.sync(domain);
      el.dataset['zoom'] = 'ready';
      return control;
    });
    return zoomLoading;
  }

  /** Where a pointer event falls in the drawing on screen, with that drawing's layout. */
  function pointer(e: MouseEvent) {
    const svg = drawings(el).visible;
    const at = svg && pointerIn(svg, e);
    return at ? { at, layout: timelineLayout(Number(svg.dataset['width'])) } : null;
  }

  const zoomBy = (factor: number) => {
    const selected = model.items.find((i) => i.id === state.event);
    const centre = visibleItems[active]?.x ?? selected?.x ?? (domain[0] + domain[1]) / 2;
    setDomain(zoomAround(domain, centre, factor));
  };

  /** The reader starts to move: every marker must be there, not only those of the years the page drew. */
  const onFirstGesture = (e: Event) => {
    complete();
    if (e instanceof WheelEvent && !zoom)
      void loadZoom().then(() => {
        // What d3-zoom does with a wheel: zoom around the year under the pointer.
        const p = pointer(e);
        if (p) setDomain(zoomAround(domain, yearAt(p.layout, domain, p.at.x), wheelFactor(e.deltaY, e.deltaMode)));
      });
  };
  const onKey = (e: KeyboardEvent) => {
    const target = keyTarget(e.key, active, visibleItems.length);
    if (target !== null) {
      e.preventDefault();
      setActive(target);
    } else if ((e.key === 'Enter' || e.key === ' ') && visibleItems[active]) {
      e.preventDefault();
      void select(visibleItems[active].id, true);
    } else if (e.key === '+' || e.key === '=') zoomBy(0.5);
    else if (e.key === '-') zoomBy(2);
    else if (e.key === 'Escape') void select('', true);
  };
  const onFocus = () => {
    complete();
    if (active < 0)
      setActive(
        Math.max(
          0,
          visibleItems.findIndex((i) => i.id === state.event || i.x >= domain[0]),
        ),
      );
  };
  /** A click or tap opens the event whose marker is nearest, within a 24 × 24 px area around it. */
  const onClick = (e: MouseEvent) => {
    const p = pointer(e);
    const item = p && hitTest(p.layout, visibleItems, domain, p.at, (TIMELINE_SIZE.hit / 2) * p.at.unit);
    if (!item) return;
    active = visibleItems.indexOf(item);
    void select(item.id, true);
  };
  const onFilter = (e: Event) => {
    state = readControl(el, e.target as HTMLInputElement, state);
    active = -1;
    applyFilters();
    complete();
    // A ticked box is a step Back should undo; typing is not (one entry per pause).
    writeUrl((e.target as HTMLElement).matches('[data-timeline-filter]') ? true : 'soon');
  };
  const onZoomButton = (e: MouseEvent) => {
    const kind = (e.target as HTMLElement).closest<HTMLElement>('[data-zoom]')?.dataset['zoom'];
    if (kind === 'in') zoomBy(0.5);
    else if (kind === 'out') zoomBy(2);
    else if (kind === 'reset') setDomain([TIMELINE_MIN, TIMELINE_MAX], true);
  };
  const onPop = () => {
    url.cancel();
    state = parseTimelineState(win.location.search);
    domain = [state.from, state.to];
    writeControls(el, state);
    applyFilters();
    complete();
    zoom?.sync(domain);
    void select(state.event, false);
  };
  const onResize = () => {
    fit();
    draw();
  };

  el.querySelector<HTMLElement>('[data-timeline-controls]')!.hidden = false;
  // The keys work from now on: the timeline says so only now.
  frame.setAttribute('aria-label', frame.dataset['keysLabel'] ?? '');
  fit();
  writeControls(el, state);
  applyFilters();
  // An event page arrives with its panel drawn; the explorer fills it from the URL.
  const drawnPanel =
    doc.querySelector('[data-event-panel]')?.querySelector<HTMLElement>('article[data-event-id]')?.dataset['eventId'] ??
    '';
  if (state.event && state.event !== drawnPanel) void select(state.event, false);
  frame.addEventListener('keydown', onKey, on);
  frame.addEventListener('focus', onFocus, on);
  frame.addEventListener('click', onClick, on);
  for (const type of ['pointerdown', 'wheel', 'touchstart'])
    frame.addEventListener(type, onFirstGesture, { ...on, once: true, passive: true });
  el.addEventListener('change', onFilter, on);
  el.querySelector('[data-timeline-search]')!.addEventListener('input', onFilter, on);
  el.addEventListener('click', onZoomButton, on);
  win.addEventListener('popstate', onPop, on);
  win.matchMedia(NARROW_QUERY).addEventListener('change', onResize, on);
  const resizes = new ResizeObserver(onResize);
  resizes.observe(frame);
  void loadZoom();
  el.dataset['mounted'] = 'true';
  // The bench reads when the first view was ready (tests/bench/timelineFrames.ts).
  win.requestAnimationFrame(() => performance.mark('timeline-first-view'));
  signal.addEventListener(
    'abort',
    () => {
      stop();
      url.cancel();
      resizes.disconnect();
      delete el.dataset['mounted'];
    },
    { once: true },
  );
}
