import { ALIGNMENTS, COMPARED_ERAS, type Alignment } from '../lib/compareAlign';
import { fromPayload, type ComparePayload } from '../lib/comparePayload';
import { INDICATORS, INDICATOR_TEXT, type Indicator } from '../lib/compareSeries';
import { ARROW_STEP, readout } from '../figures/compareReadout';
import { renderCompareTable, tableSummary } from '../figures/compareTable';
import { compareView, type CompareView } from '../figures/compareView';
import { compareCodec, settingsLine, type CompareState } from '../state/compare';
import { defineIsland, loadOnFirstTouch } from './defineIsland';
import { keyValue, placeCrosshair, valueAt } from './compareCrosshair';
import { urlSync } from './urlSync';

/** What the island fetches from the address in `data-compare`. */
type Payload = ComparePayload;

/** Quiet time after the crosshair stops before the address is rewritten. */
const URL_DEBOUNCE_MS = 300;

const ALIGN_TITLE: Record<Alignment, string> = {
  calendar: 'by calendar year',
  since: 'by years since each era began',
  lifecycle: 'by life cycle',
};

/** The payloads fetched, by address: a presenter moving the explorer mounts it again without a second request. */
const payloads = new Map<string, Promise<Payload>>();

function fetchPayload(src: string): Promise<Payload> {
  let promise = payloads.get(src);
  if (!promise) {
    promise = fetch(src).then((r) => (r.ok ? (r.json() as Promise<Payload>) : Promise.reject(new Error(r.statusText))));
    // A failed fetch is tried again at the next mount.
    promise.catch(() => payloads.delete(src));
    payloads.set(src, promise);
  }
  return promise;
}

/** Puts a state into the controls: the alignment, datings and indicators ticked, the claim picked out. */
function syncControls(el: HTMLElement, form: HTMLFormElement, state: CompareState): void {
  for (const button of el.querySelectorAll<HTMLButtonElement>('button[data-pick]'))
    button.setAttribute('aria-pressed', String(button.dataset['pick'] === state.claim));
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    if (input.name === 'align') input.checked = input.value === state.align;
    else if (input.name === 'show') input.checked = state.show.includes(input.value as Indicator);
    else {
      const era = COMPARED_ERAS.find((e) => `dating-${e}` === input.name);
      if (era) input.checked = Number(input.value) === state.datings[era];
    }
  }
}

/**
 * The comparative chart's island: the controls change the state, the state lives in the URL (pushed on each choice,
 * replaced while the crosshair moves, restored on Back), and the chart is redrawn with Plot, loaded on the reader's
 * first interaction, or at once, while the data loads, for a link to a view other than the HTML's (the page's CSS
 * keeps the controls hidden until they are set from the address, the drawing until it is that view). The crosshair
 * and its reading work on the SVG drawn at build time, before Plot arrives. The data table is drawn here too, for the view shown, when a reader
 * opens it or downloads the view's CSV (the page carries only a link to the default view's table on its own page).
 */
async function mount(el: HTMLElement, src: string, signal: AbortSignal): Promise<void> {
  const win = el.ownerDocument.defaultView!;
  const doc = el.ownerDocument;
  const form = el.querySelector<HTMLFormElement>('[data-compare-controls]')!;
  // The controls list every era's datings, so the address is read before the data arrives.
  const codec = compareCodec(
    Object.fromEntries(
      COMPARED_ERAS.map((e) => [e, form.querySelectorAll(`input[name="dating-${e}"]`).length]),
    ) as CompareState['datings'],
  );
  let state = codec.parse(win.location.search);
  // The HTML shows the default view. A link to another one sets the controls now, and Plot loads while the data does.
  const differs = codec.format({ ...state, at: null }) !== '';
  const drawer = loadOnFirstTouch(el, () => import('./compareDraw').then((m) => m.drawCompare), signal);
  const lineEl = el.querySelector<HTMLElement>('[data-compare-settings-line]')!;
  const setControls = () => {
    syncControls(el, form, state);
    lineEl.textContent = settingsLine(state);
  };
  setControls();
  el.dataset['synced'] = '';
  if (differs) drawer.use(() => undefined);
  else el.dataset['current'] = '';
  const payload = await fetchPayload(src);
  if (signal.aborted) return;
  const data = fromPayload(payload);
  const frame = el.querySelector<HTMLElement>('[data-compare-frame]')!;
  const datingsText = el.querySelector<HTMLElement>('[data-compare-datings]')!;
  const readoutEl = el.querySelector<HTMLElement>('[data-compare-readout]')!;
  const details = el.querySelector<HTMLDetailsElement>('[data-compare-table]');
  const baseTitle = doc.title;
  const url = urlSync(win, () => `${win.location.pathname}${codec.format(state)}${win.location.hash}`, URL_DEBOUNCE_MS);
  let view: CompareView = compareView(data, state);
  // A timer, not an animation frame, coalesces redraws: a tab opened in the background draws its view too.
  let frameRequest = 0;
  let tableFor: CompareView | null = null;
  let lastWidth = frame.clientWidth;

  const redraw = () => {
    frameRequest = 0;
    drawer.use((draw) => {
      const start = performance.now();
      draw(frame, view, payload.claimsHref, lastWidth);
      el.dataset['drawn'] = codec.format({ ...state, at: null }) || '?';
      el.dataset['current'] = '';
      // User timing for the bench (tests/bench/compareUpdates.ts): the redraw's script time.
      performance.measure('compare:draw', { start });
      placeCross();
    });
  };

  const placeCross = () => placeCrosshair(frame, view, state.at);

  /** Draws the table of the view shown into the disclosure: when it is open, or when `needed` (a CSV download). */
  const updateTable = (needed = false) => {
    if (!details || (!details.open && !needed) || tableFor === view) return;
    tableFor = view;
    const table = renderCompareTable(doc, view, 'compare-table');
    let scroll = details.querySelector<HTMLElement>('.table-scroll');
    if (!scroll) {
      scroll = doc.createElement('div');
      scroll.className = 'table-scroll';
      scroll.tabIndex = 0;
      scroll.setAttribute('role', 'region');
      scroll.setAttribute('aria-labelledby', 'compare-table-caption');
      details.append(scroll);
      // The table in place is the view shown; the page of its own holds only the default view's.
      const link = details.querySelector<HTMLElement>('[data-compare-table-link]');
      if (link) link.hidden = true;
    }
    scroll.replaceChildren(table);
    details.querySelector('summary')!.textContent = tableSummary(Number(table.dataset['rows']));
  };

  /** Puts the state into the controls, the text and the title; schedules a redraw when the drawing changes. */
  const render = (drawing: boolean) => {
    view = compareView(data, state);
    setControls();
    datingsText.textContent = `Datings shown: ${view.datings.map((d) => d.text).join('; ')}.`;
    const shown = state.show.map((i) => INDICATOR_TEXT[i].title.split(':')[0]).join(', ');
    doc.title = `Eras ${ALIGN_TITLE[state.align]}: ${shown} · ${baseTitle}`;
    readoutEl.textContent = state.at === null ? '' : readout(view, state.at);
    if (drawing && !frameRequest) frameRequest = win.setTimeout(redraw, 0);
    else placeCross();
    const summary = details?.querySelector('summary');
    if (summary)
      summary.textContent = tableSummary(
        new Set(view.panels.flatMap((p) => p.points.map((x) => `${x.line}|${x.date}`))).size,
      );
    updateTable();
  };

  const moveTo = (x: number) => {
    const [lo, hi] = view.domain;
    const step = ARROW_STEP[state.align];
    const snapped = Math.round(Math.min(hi, Math.max(lo, x)) / step) * step;
    state = { ...state, at: Math.round(snapped * 100) / 100 + 0 };
    render(false);
    url.soon();
  };

  form.addEventListener(
    'change',
    (e) => {
      const start = performance.now();
      const input = e.target as HTMLInputElement;
      if (input.name === 'align') {
        const align = ALIGNMENTS.find((a) => a === input.value) ?? state.align;
        state = { ...state, align, at: null };
      } else if (input.name === 'show') {
        const checked = [...form.querySelectorAll<HTMLInputElement>('input[name=show]:checked')].map(
          (i) => i.value as Indicator,
        );
        // At least one small multiple stays: unticking the last one is undone.
        if (checked.length === 0) {
          input.checked = true;
          return;
        }
        state = { ...state, show: INDICATORS.filter((i) => checked.includes(i)) };
      } else {
        const era = COMPARED_ERAS.find((x) => `dating-${x}` === input.name);
        if (!era) return;
        state = { ...state, datings: { ...state.datings, [era]: Number(input.value) } };
      }
      render(true);
      url.now(true);
      // User timing for the bench: the change's own script (state, view, controls, address) before the redraw.
      performance.measure('compare:change', { start });
    },
    { signal },
  );
  form.addEventListener('submit', (e) => e.preventDefault(), { signal });
  const pickers = [...el.querySelectorAll<HTMLButtonElement>('button[data-pick]')];
  for (const button of pickers) {
    button.hidden = false;
    button.addEventListener(
      'click',
      () => {
        const claim = button.dataset['pick']!;
        state = { ...state, claim: state.claim === claim ? '' : claim };
        render(true);
        url.now(true);
      },
      { signal },
    );
  }

  frame.addEventListener(
    'pointermove',
    (e) => {
      if ((e.target as Element).closest('a')) return;
      const x = valueAt(frame, view, e.clientX);
      if (x !== null) moveTo(x);
    },
    { signal },
  );
  frame.addEventListener(
    'keydown',
    (e) => {
      if (e.target !== frame) return;
      const at = state.at ?? (state.align === 'calendar' ? data.today : 0);
      const next = keyValue(e, state.align, view.domain, at);
      if (next === null) return;
      e.preventDefault();
      moveTo(next);
    },
    { signal },
  );
  frame.addEventListener(
    'focus',
    () => {
      if (state.at === null) moveTo(state.align === 'calendar' ? data.today : 0);
    },
    { signal },
  );
  details?.addEventListener('toggle', () => updateTable(), { signal });
  // The share menu asks for the table before it reads the view's CSV from it (src/client/downloadCsv.ts).
  el.addEventListener('table:need', () => updateTable(true), { signal });
  win.addEventListener(
    'popstate',
    () => {
      const before = codec.format({ ...state, at: null });
      state = codec.parse(win.location.search);
      render(codec.format({ ...state, at: null }) !== before);
    },
    { signal },
  );
  const resize = new ResizeObserver(([entry]) => {
    const width = entry?.contentRect.width ?? lastWidth;
    // A presenter's live slide draws at its own size, Plot or not yet.
    const redrawn = drawer.loaded || el.closest('.presenter-live-view');
    if (redrawn && width !== lastWidth && !frameRequest) frameRequest = win.setTimeout(redraw, 0);
    else placeCross();
    lastWidth = width;
  });
  resize.observe(frame);
  signal.addEventListener('abort', () => {
    resize.disconnect();
    url.cancel();
    if (frameRequest) win.clearTimeout(frameRequest);
  });

  // Any view from the address other than the HTML's default is drawn now.
  render(differs);
  form.hidden = false;
  el.dataset['mounted'] = 'true';
}

defineIsland('compare-explorer', { read: (el) => el.dataset['compare'] || null, mount });
