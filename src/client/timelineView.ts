import { matches } from '../charts/timeline/filter';
import { hitTest } from '../charts/timeline/hitTest';
import { timelineLayout } from '../charts/timeline/layout';
import { completeTimeline, fitTimeline } from '../charts/timeline/position';
import { centreOn, clampDomain, zoomAround, type Domain } from '../charts/timeline/view';
import { TIMELINE_SIZE } from '../lib/timelineConstants';
import type { TimelineItem } from '../lib/timelineModel';
import type { ExplorerModel } from '../lib/timelinePacked';
import { formatTimelineState, parseTimelineState, timelineTitle, type TimelineState } from '../state/timeline';
import { readControl, showFiltered, writeControls, writeFilterLine } from './timelineControls';
import { drawer } from './timelineMotion';
import { searchLoader } from './timelineSearch';
import { drawingOf, eventPanel, pointerIn, revealPanel } from './timelinePanel';
import { attachGestures } from './timelineZoom';
import { urlSync } from './urlSync';

/**
 * The timeline explorer's view of `el`: what it shows (years, filters, the
 * event the keys are on, the one open) and the one way each change is drawn
 * and written into the URL. The element's listeners (timeline.ts) only say
 * which change a gesture or key asks for.
 */
export function timelineView(el: HTMLElement, model: ExplorerModel, signal: AbortSignal) {
  const win = el.ownerDocument.defaultView!;
  const frame = el.querySelector<HTMLElement>('[data-timeline-frame]')!;
  const base = el.dataset['base'] ?? '/';
  const drawing = drawingOf(el);
  const search = searchLoader(el.dataset['searchUrl']!, model);
  const showEvent = eventPanel(el, base);
  const onExplorer = /\/timeline\/$/.test(win.location.pathname);
  const site = el.ownerDocument.title.split(' · ').slice(1).join(' · ');
  let state = parseTimelineState(win.location.search || el.dataset['initial'] || '');
  let domain: Domain = [state.from, state.to];
  let visibleItems: TimelineItem[] = [];
  let shown = new Set(model.items.map((i) => i.id));
  let active = -1;
  const url = urlSync(win, () => `${base}timeline/${formatTimelineState(state)}`);

  const { draw, settle, stop } = drawer(win, model, () => ({
    svg: drawing,
    domain,
    marked: { hidden: (id) => !shown.has(id), selected: state.event, active: visibleItems[active]?.id ?? '' },
  }));

  /**
   * Gives the drawing on screen the width of its box, so that one drawing unit
   * is one CSS pixel: text keeps its size and markers their hit areas at every
   * width, and a range from the URL fills the plot on a phone as on a desktop.
   */
  function fit(): void {
    if (!fitTimeline(drawing, Math.round(drawing.parentElement!.clientWidth))) return;
    settle();
  }

  /**
   * An event page draws only its years, a very long timeline a sample (light pages at any size): the reader's
   * first move adds the rest.
   */
  function complete(): void {
    completeTimeline(drawing, model, domain, (id) => !shown.has(id));
  }

  function applyFilters(): void {
    // Search reads the summaries, which come with the first search: filter once they are here.
    if (state.q && !search.ready) return void search.load().then(() => signal.aborted || applyFilters());
    visibleItems = model.items.filter((i) => matches(i, state));
    shown = new Set(visibleItems.map((i) => i.id));
    showFiltered(el, shown, model.items.length);
    draw();
  }

  /** Puts the visible years into the state and the state into the URL (now or after a pause) and the title. */
  function writeUrl(push: boolean | 'soon'): void {
    state = { ...state, from: Math.round(domain[0]), to: Math.round(domain[1]) };
    if (push === 'soon') url.soon();
    else url.now(push);
    if (onExplorer)
      el.ownerDocument.title = timelineTitle(state, model.items.find((i) => i.id === state.event)?.title, site);
  }

  function setDomain(next: Domain, push: boolean | 'soon' = 'soon'): void {
    complete();
    domain = clampDomain(next);
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
    frame.setAttribute('aria-activedescendant', `${drawing.dataset['idPrefix'] ?? 'ev'}-${item.id}`);
    if (item.x < domain[0] || item.x > domain[1]) setDomain(centreOn(domain, item.x));
  }

  async function select(id: string, push: boolean): Promise<void> {
    state = { ...state, event: await showEvent(id) };
    if (signal.aborted) return;
    if (push || onExplorer) writeUrl(push || 'soon');
  }

  return {
    get state(): TimelineState {
      return state;
    },
    get domain(): Domain {
      return domain;
    },
    /** The events the filters let through, in time order. */
    get visibleItems(): readonly TimelineItem[] {
      return visibleItems;
    },
    /** The index in `visibleItems` of the event the keys are on, or -1. */
    get active(): number {
      return active;
    },
    draw,
    fit,
    complete,
    applyFilters,
    setDomain,
    setActive,
    select,
    /** Zooms by `factor` around the event the keys are on, the open one, or the middle of the view. */
    zoomBy(factor: number): void {
      const selected = model.items.find((i) => i.id === state.event);
      const centre = visibleItems[active]?.x ?? selected?.x ?? (domain[0] + domain[1]) / 2;
      setDomain(zoomAround(domain, centre, factor));
    },
    /** Where a pointer event falls in the drawing on screen, with that drawing's layout. */
    pointer(e: MouseEvent) {
      const at = pointerIn(drawing, e);
      return at ? { at, layout: timelineLayout(Number(drawing.dataset['width'])) } : null;
    },
    /** Opens the event whose marker is nearest a click or tap, within a 24 × 24 px area around it. */
    openAt(e: MouseEvent): void {
      const p = this.pointer(e);
      const item = p && hitTest(p.layout, visibleItems, domain, p.at, (TIMELINE_SIZE.hit / 2) * p.at.unit);
      if (!item) return;
      // The keys go on from the event opened, and their ring shows it: the press had put it on the first in view.
      setActive(visibleItems.indexOf(item));
      void select(item.id, true).then(() => signal.aborted || revealPanel(el.ownerDocument));
    },
    /** Applies a filter or the search as the reader changes it. */
    filter(input: HTMLInputElement): void {
      state = readControl(el, input, state);
      writeFilterLine(el, state);
      active = -1;
      applyFilters();
      complete();
      // A ticked box is a step Back should undo; typing is not (one entry per pause).
      writeUrl(input.matches('[data-timeline-filter]') ? true : 'soon');
    },
    /** Shows the view of the URL the browser went Back or Forward to. */
    restore(): void {
      url.cancel();
      state = parseTimelineState(win.location.search);
      domain = [state.from, state.to];
      writeControls(el, state);
      applyFilters();
      complete();
      draw();
      void select(state.event, false);
    },
    /** Lets the mouse, the wheel and fingers zoom and pan the drawing, from the first touch. */
    attachGestures(): void {
      attachGestures(
        drawing,
        () => domain,
        (next) => {
          complete();
          domain = next;
          draw(true);
          writeUrl('soon');
        },
        signal,
      );
    },
    /** Stops the pending redraw and URL write. */
    stop(): void {
      stop();
      url.cancel();
    },
  };
}
