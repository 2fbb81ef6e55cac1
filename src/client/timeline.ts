import { matches } from '../charts/timeline/filter';
import { hitTest } from '../charts/timeline/hitTest';
import { TIMELINE_SIZE, timelineLayout } from '../charts/timeline/layout';
import { completeTimeline, fitTimeline } from '../charts/timeline/position';
import type { TimelineItem, TimelineModel } from '../charts/timeline/series';
import { centreOn, clampDomain, keyTarget, zoomAround, type Domain } from '../charts/timeline/view';
import { formatTimelineState, parseTimelineState, TIMELINE_MAX, TIMELINE_MIN } from '../state/timeline';
import { drawer } from './timelineMotion';
import { eventPanel, pointerIn } from './timelinePanel';
import { urlSync } from './timelineUrl';
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
 * The timeline explorer: filters, search, keyboard navigation, zoom and pan,
 * the event panel, and the view in the URL. It re-renders with the module the
 * build used.
 * Every listener goes with one AbortController when the returned function runs.
 */
export async function mount(el: HTMLElement): Promise<() => void> {
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  const frame = el.querySelector<HTMLElement>('[data-timeline-frame]')!;
  const count = el.querySelector<HTMLElement>('[data-timeline-count]');
  const search = el.querySelector<HTMLInputElement>('[data-timeline-search]')!;
  const base = el.dataset['base'] ?? '/';
  const model = (await (await fetch(el.dataset['modelUrl']!)).json()) as TimelineModel;
  const abort = new AbortController();
  const on = { signal: abort.signal };
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

  const { draw, settle } = drawer(win, model, () => ({
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
    shown = new Set(model.items.filter((i) => matches(i, state)).map((i) => i.id));
    visibleItems = model.items.filter((i) => shown.has(i.id));
    for (const g of el.querySelectorAll<SVGGElement>('g.event'))
      g.classList.toggle('is-filtered', !shown.has(g.dataset['id'] ?? ''));
    for (const li of doc.querySelectorAll<HTMLElement>('[data-event-item]'))
      li.hidden = !shown.has(li.dataset['eventItem'] ?? '');
    if (count) count.textContent = `Showing ${visibleItems.length} of ${model.items.length} events`;
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
    if (push || onExplorer) writeUrl(push || 'soon');
  }

  /**
   * Lets gestures zoom and pan. d3-zoom starts loading as the explorer mounts,
   * so that a reader's first drag, pinch or wheel already moves the view; a
   * wheel turned before it is ready zooms once it is, so that no turn is lost.
   */
  function loadZoom(): Promise<ZoomControl> {
    zoomLoading ??= attachZoom(drawings(el).all, (next) => {
      complete();
      domain = next;
      draw(true);
      writeUrl('soon');
    }).then((control) => {
      zoom = control;
      control.sync(domain);
      el.dataset['zoom'] = 'ready';
      return control;
    });
    return zoomLoading;
  }

  /** The reader starts to move: every marker must be there, not only those of the years the page drew. */
  function onFirstGesture(e: Event): void {
    complete();
    if (e instanceof WheelEvent && !zoom) void loadZoom().then(() => wheelZoom(e));
  }

  /** What d3-zoom does with a wheel: zooms by 2^(deltaY × 0.002) around the year under the pointer. */
  function wheelZoom(e: WheelEvent): void {
    const svg = drawings(el).visible;
    const at = svg && pointerIn(svg, e);
    if (!at) return;
    const layout = timelineLayout(Number(svg.dataset['width']));
    const year = domain[0] + ((at.x - layout.left) / (layout.right - layout.left)) * (domain[1] - domain[0]);
    const perLine = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
    setDomain(zoomAround(domain, year, 2 ** (e.deltaY * perLine)));
  }

  const zoomBy = (factor: number) => {
    const selected = model.items.find((i) => i.id === state.event);
    const centre = visibleItems[active]?.x ?? selected?.x ?? (domain[0] + domain[1]) / 2;
    setDomain(zoomAround(domain, centre, factor));
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
    const svg = drawings(el).visible;
    const at = svg && pointerIn(svg, e);
    if (!at) return;
    const layout = timelineLayout(Number(svg.dataset['width']));
    const item = hitTest(layout, visibleItems, domain, at, (TIMELINE_SIZE.hit / 2) * at.unit);
    if (!item) return;
    active = visibleItems.indexOf(item);
    void select(item.id, true);
  };
  const onFilter = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const key = input.dataset['timelineFilter'] as 'eras' | 'cats' | undefined;
    if (key) {
      const checked = [...el.querySelectorAll<HTMLInputElement>(`[data-timeline-filter="${key}"]:checked`)].map(
        (i) => i.value,
      );
      state = { ...state, [key]: checked };
    } else if (input === search) state = { ...state, q: search.value.trim().slice(0, 80) };
    active = -1;
    applyFilters();
    complete();
    // A ticked box is a step Back should undo; typing is not (one entry per pause).
    writeUrl(key ? true : 'soon');
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
    syncControls();
    applyFilters();
    complete();
    zoom?.sync(domain);
    void select(state.event, false);
  };
  const onResize = () => {
    fit();
    draw();
  };

  function syncControls(): void {
    search.value = state.q;
    for (const input of el.querySelectorAll<HTMLInputElement>('[data-timeline-filter]')) {
      const key = input.dataset['timelineFilter'] as 'eras' | 'cats';
      input.checked = (state[key] as string[]).includes(input.value);
    }
  }

  el.querySelector<HTMLElement>('[data-timeline-controls]')!.hidden = false;
  // The keys work from now on: the timeline says so only now.
  frame.setAttribute('aria-label', frame.dataset['keysLabel'] ?? '');
  fit();
  syncControls();
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
  search.addEventListener('input', onFilter, on);
  el.addEventListener('click', onZoomButton, on);
  win.addEventListener('popstate', onPop, on);
  win.matchMedia('(max-width: 560px)').addEventListener('change', onResize, on);
  const resizes = new ResizeObserver(onResize);
  resizes.observe(frame);
  void loadZoom();
  el.dataset['mounted'] = 'true';

  return () => {
    settle();
    url.cancel();
    abort.abort();
    resizes.disconnect();
    delete el.dataset['mounted'];
  };
}

/** Mounts every timeline explorer in a document. */
export function mountTimelines(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement>('[data-timeline]')) if (!el.dataset['mounted']) void mount(el);
}
