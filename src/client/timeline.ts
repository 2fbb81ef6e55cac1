import { paintMarkers, type MarkerColours, type MarkerContext } from '../charts/timeline/canvas';
import { renderEventPanel } from '../charts/timeline/panel';
import { completeTimeline, positionTimeline, timelineLayout } from '../charts/timeline/render';
import type { TimelineItem, TimelineModel } from '../charts/timeline/series';
import { ERA_IDS } from '../schemas/vocab';
import type { EventDetail } from '../lib/timelineData';
import {
  formatTimelineState,
  parseTimelineState,
  TIMELINE_MAX,
  TIMELINE_MIN,
  type TimelineState,
} from '../state/timeline';

/** Visible svg drawings of the timeline (wide and narrow), and the one the stylesheet shows now. */
function drawings(el: HTMLElement): { all: SVGSVGElement[]; visible: SVGSVGElement | null } {
  const all = [...el.querySelectorAll<SVGSVGElement>('.timeline-variant svg')];
  return { all, visible: all.find((s) => (s.parentElement as HTMLElement).offsetParent !== null) ?? null };
}

/** A canvas over a drawing's plot area that shows the markers while the view moves. */
interface MotionLayer {
  svg: SVGSVGElement;
  canvas: HTMLCanvasElement;
  ctx: MarkerContext;
  layout: ReturnType<typeof timelineLayout>;
  colours: MarkerColours;
}

/** Quiet time after the last movement before the markers go back into the SVG. */
const SETTLE_MS = 150;

/**
 * Puts a canvas over the plot area of `svg`, sized to it on screen and to the
 * device's pixels, with the stylesheet's marker colours, and hides the SVG markers.
 */
function openMotionLayer(svg: SVGSVGElement): MotionLayer | null {
  const doc = svg.ownerDocument;
  const layout = timelineLayout(Number(svg.dataset['width']), 7);
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

/** Keeps a domain inside the timeline's bounds and at least two years wide. */
function clampDomain([from, to]: [number, number]): [number, number] {
  const span = Math.min(Math.max(to - from, 2), TIMELINE_MAX - TIMELINE_MIN);
  const start = Math.min(Math.max(from, TIMELINE_MIN), TIMELINE_MAX - span);
  return [start, start + span];
}

/** True when an item passes the era and category filters and the search words. */
export function matches(item: TimelineItem, state: TimelineState): boolean {
  if (!state.eras.includes(item.era) || !state.cats.includes(item.category)) return false;
  const words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => item.text.includes(w));
}

/**
 * The timeline explorer: filters, search, keyboard navigation, zoom and pan,
 * the event panel, and the view in the URL. It re-renders with the module the
 * build used; d3-zoom is loaded only when the reader first drags or scrolls.
 */
export async function mount(el: HTMLElement): Promise<() => void> {
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  const frame = el.querySelector<HTMLElement>('[data-timeline-frame]')!;
  const panel = doc.querySelector<HTMLElement>('[data-event-panel]');
  const count = el.querySelector<HTMLElement>('[data-timeline-count]');
  const search = el.querySelector<HTMLInputElement>('[data-timeline-search]')!;
  const base = el.dataset['base'] ?? '/';
  const model = (await (await fetch(el.dataset['modelUrl']!)).json()) as TimelineModel;
  let details: Map<string, EventDetail> | undefined;
  const onExplorer = /\/timeline\/$/.test(win.location.pathname);
  let state = parseTimelineState(win.location.search || el.dataset['initial'] || '');
  let domain: [number, number] = [state.from, state.to];
  let visibleItems: TimelineItem[] = [];
  let shown = new Set(model.items.map((i) => i.id));
  let active = -1;
  let frameRequest = 0;
  let motion: MotionLayer | null = null;
  let settleTimer = 0;
  let replaceTimer = 0;
  let zoomSync: ((d: [number, number]) => void) | null = null;

  const url = (s: TimelineState) => `${base}timeline/${formatTimelineState(s)}`;

  /**
   * Re-positions the drawing on screen in the next frame. While the view moves
   * (`moving`), the markers are painted on a canvas and go back into the SVG
   * once the movement has stopped for SETTLE_MS: moving hundreds or thousands of
   * SVG elements on every frame would cost the browser far more than painting them.
   */
  function draw(moving = false): void {
    cancelAnimationFrame(frameRequest);
    frameRequest = requestAnimationFrame(() => {
      performance.mark('timeline-render-start');
      // Only the drawing on screen moves; the other catches up when the layout switches.
      const svg = drawings(el).visible;
      if (svg && moving) {
        if (motion && motion.svg !== svg) settle();
        motion ??= openMotionLayer(svg);
      }
      if (svg && motion) {
        positionTimeline(svg, model, domain, { markers: false });
        paintMarkers(
          motion.ctx,
          motion.layout,
          model.items,
          domain,
          { hidden: (id) => !shown.has(id), selected: state.event, active: visibleItems[active]?.id ?? '' },
          motion.colours,
        );
        clearTimeout(settleTimer);
        settleTimer = win.setTimeout(() => requestAnimationFrame(settle), SETTLE_MS);
      } else if (svg) positionTimeline(svg, model, domain);
      performance.measure('timeline-render', 'timeline-render-start');
    });
  }

  /** Ends a movement: the markers go back into the SVG at their new places and the canvas goes. */
  function settle(): void {
    clearTimeout(settleTimer);
    if (!motion) return;
    performance.mark('timeline-settle-start');
    positionTimeline(motion.svg, model, domain);
    motion.svg.classList.remove('is-moving');
    motion.canvas.remove();
    motion = null;
    performance.measure('timeline-settle', 'timeline-settle-start');
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

  function writeUrl(push: boolean): void {
    state = { ...state, from: Math.round(domain[0]), to: Math.round(domain[1]) };
    const next = url(state);
    if (push) win.history.pushState(null, '', next);
    else {
      clearTimeout(replaceTimer);
      replaceTimer = win.setTimeout(() => win.history.replaceState(null, '', next), 250);
    }
  }

  function setDomain(next: [number, number], push = false): void {
    complete();
    domain = clampDomain(next);
    zoomSync?.(domain);
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
    if (item.x < domain[0] || item.x > domain[1]) {
      const span = domain[1] - domain[0];
      setDomain([item.x - span / 2, item.x + span / 2]);
    }
  }

  async function select(id: string, push: boolean): Promise<void> {
    details ??= new Map(
      ((await (await fetch(el.dataset['eventsUrl']!)).json()) as { events: EventDetail[] }).events.map((d) => [
        d.id,
        d,
      ]),
    );
    const detail = id ? (details.get(id) ?? null) : null;
    state = { ...state, event: detail ? id : '' };
    for (const c of el.querySelectorAll('circle[aria-selected="true"]')) c.setAttribute('aria-selected', 'false');
    if (detail)
      el.querySelectorAll(`g.event[data-id="${CSS.escape(id)}"] circle`).forEach((c) =>
        c.setAttribute('aria-selected', 'true'),
      );
    panel?.replaceChildren(
      renderEventPanel(detail, { document: doc, base, headingLevel: panel.dataset['headingLevel'] === '1' ? 1 : 2 }),
    );
    doc.title = detail ? `${detail.title} · Timeline · Reserve currencies` : 'Timeline · Reserve currencies';
    if (push || onExplorer) writeUrl(push);
  }

  async function enableZoom(): Promise<void> {
    complete();
    if (zoomSync) return;
    const [{ zoom, zoomIdentity }, { select: d3select }] = await Promise.all([
      import('d3-zoom'),
      import('d3-selection'),
    ]);
    for (const svg of drawings(el).all) {
      const layout = timelineLayout(Number(svg.dataset['width']), 7);
      const full = layout.right - layout.left;
      const toTransform = ([from, to]: [number, number]) => {
        const k = (TIMELINE_MAX - TIMELINE_MIN) / (to - from);
        return zoomIdentity
          .translate(layout.left * (1 - k) - k * ((from - TIMELINE_MIN) / (TIMELINE_MAX - TIMELINE_MIN)) * full, 0)
          .scale(k);
      };
      let syncing = false;
      const behaviour = zoom<SVGSVGElement, unknown>()
        .scaleExtent([1, (TIMELINE_MAX - TIMELINE_MIN) / 2])
        .extent([
          [layout.left, 0],
          [layout.right, layout.height],
        ])
        .translateExtent([
          [layout.left, 0],
          [layout.right, layout.height],
        ])
        .on('zoom', (event: { transform: { invertX: (x: number) => number } }) => {
          if (syncing) return;
          const toYear = (px: number) =>
            TIMELINE_MIN + ((event.transform.invertX(px) - layout.left) / full) * (TIMELINE_MAX - TIMELINE_MIN);
          domain = clampDomain([toYear(layout.left), toYear(layout.right)]);
          draw(true);
          writeUrl(false);
        });
      const selection = d3select(svg).call(behaviour).on('dblclick.zoom', null);
      const previous = zoomSync;
      zoomSync = (d) => {
        previous?.(d);
        syncing = true;
        behaviour.transform(selection, toTransform(d));
        syncing = false;
      };
    }
    zoomSync?.(domain);
    el.dataset['zoom'] = 'ready';
  }

  const zoomBy = (factor: number) => {
    const selected = model.items.find((i) => i.id === state.event);
    const centre = visibleItems[active]?.x ?? selected?.x ?? (domain[0] + domain[1]) / 2;
    setDomain([centre - (centre - domain[0]) * factor, centre + (domain[1] - centre) * factor]);
  };

  const onKey = (e: KeyboardEvent) => {
    const last = visibleItems.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowDown: active + 1,
      ArrowLeft: active - 1,
      ArrowUp: active - 1,
      Home: 0,
      End: last,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.min(Math.max(moves[e.key]!, 0), last));
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
  const onClick = (e: MouseEvent) => {
    const g = (e.target as Element).closest<SVGGElement>('g.event');
    if (!g) return;
    const index = visibleItems.findIndex((i) => i.id === g.dataset['id']);
    if (index >= 0) active = index;
    void select(g.dataset['id']!, true);
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
    writeUrl(false);
  };
  const onZoomButton = (e: MouseEvent) => {
    const kind = (e.target as HTMLElement).closest<HTMLElement>('[data-zoom]')?.dataset['zoom'];
    if (kind === 'in') zoomBy(0.5);
    else if (kind === 'out') zoomBy(2);
    else if (kind === 'reset') setDomain([TIMELINE_MIN, TIMELINE_MAX], true);
  };
  const onPop = () => {
    state = parseTimelineState(win.location.search);
    domain = [state.from, state.to];
    syncControls();
    applyFilters();
    complete();
    zoomSync?.(domain);
    void select(state.event, false);
  };
  const startZoom = () => void enableZoom();

  function syncControls(): void {
    search.value = state.q;
    for (const input of el.querySelectorAll<HTMLInputElement>('[data-timeline-filter]')) {
      const key = input.dataset['timelineFilter'] as 'eras' | 'cats';
      input.checked = (state[key] as string[]).includes(input.value);
    }
  }

  el.querySelector<HTMLElement>('[data-timeline-controls]')!.hidden = false;
  syncControls();
  applyFilters();
  // An event page arrives with its panel drawn; the explorer fills it from the URL.
  const drawnPanel = panel?.querySelector<HTMLElement>('article[data-event-id]')?.dataset['eventId'] ?? '';
  if (state.event && state.event !== drawnPanel) void select(state.event, false);
  frame.addEventListener('keydown', onKey);
  frame.addEventListener('focus', onFocus);
  frame.addEventListener('click', onClick);
  frame.addEventListener('pointerdown', startZoom, { once: true });
  frame.addEventListener('wheel', startZoom, { once: true, passive: true });
  frame.addEventListener('touchstart', startZoom, { once: true, passive: true });
  el.addEventListener('change', onFilter);
  search.addEventListener('input', onFilter);
  el.addEventListener('click', onZoomButton);
  win.addEventListener('popstate', onPop);
  const narrowQuery = win.matchMedia('(max-width: 560px)');
  const onNarrow = () => {
    settle();
    draw();
  };
  narrowQuery.addEventListener('change', onNarrow);
  el.dataset['mounted'] = 'true';

  return () => {
    settle();
    frame.removeEventListener('keydown', onKey);
    frame.removeEventListener('focus', onFocus);
    frame.removeEventListener('click', onClick);
    el.removeEventListener('change', onFilter);
    search.removeEventListener('input', onFilter);
    el.removeEventListener('click', onZoomButton);
    win.removeEventListener('popstate', onPop);
    narrowQuery.removeEventListener('change', onNarrow);
    delete el.dataset['mounted'];
  };
}

/** Mounts every timeline explorer in a document. */
export function mountTimelines(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement>('[data-timeline]')) if (!el.dataset['mounted']) void mount(el);
}
