import type { HistoryPoint, MarkedEvent } from '../figures/triffinModel';
import { TRIFFIN_SLIDERS, triffinReading } from '../figures/triffinReading';
import { runTriffin, type TriffinRun } from '../lib/triffin';
import type { PresetId, TriffinPreset } from '../lib/triffinPresets';
import { triffinCodec, type PresetSliders, type TriffinState } from '../state/triffin';
import { defineIsland, jsonData, loadOnFirstTouch } from './defineIsland';
import { urlSync } from './urlSync';

type BrowserPreset = Pick<TriffinPreset, 'id' | 'label' | 'startYear' | 'startLiabilities' | 'unit' | 'sliders'>;

/** What the page hands the island in `data-triffin`. */
interface Payload {
  years: number;
  presets: BrowserPreset[];
  history: HistoryPoint[];
  events: MarkedEvent[];
}

/** Quiet time after the last slider movement before the address is rewritten. */
const URL_DEBOUNCE_MS = 250;

/**
 * The Triffin explainer: reads the sliders, reruns the model, rewrites the
 * reading sentence at once and redraws the chart with Plot, which it loads on
 * the reader's first interaction (until then the SVG drawn at build time
 * stays). The state lives in the URL: replaced while a slider moves, pushed
 * on a preset or the history switch, restored on Back.
 */
function mount(el: HTMLElement, payload: Payload, signal: AbortSignal): void {
  const win = el.ownerDocument.defaultView!;
  const doc = el.ownerDocument;
  const presets = new Map(payload.presets.map((p) => [p.id, p]));
  const codec = triffinCodec(Object.fromEntries(payload.presets.map((p) => [p.id, p.sliders])) as PresetSliders);
  const frame = el.querySelector<HTMLElement>('[data-triffin-frame]')!;
  const reading = el.querySelector<HTMLElement>('[data-triffin-reading]')!;
  const note = el.querySelector<HTMLElement>('[data-triffin-note]')!;
  const historySwitch = el.querySelector<HTMLInputElement>('[data-history]')!;
  const sliders = [...el.querySelectorAll<HTMLInputElement>('input[type=range][data-key]')];
  const baseTitle = doc.title;
  let state = codec.parse(win.location.search);
  const url = urlSync(win, () => `${win.location.pathname}${codec.format(state)}${win.location.hash}`, URL_DEBOUNCE_MS);
  let frameRequest = 0;
  /** The run of the state last rendered, which the redraw that follows draws. */
  let lastRun: TriffinRun | null = null;
  /** The frame's size, as the ResizeObserver last reported it. */
  let size = { width: 0, height: 0 };

  const preset = () => presets.get(state.preset)!;
  const run = (): TriffinRun => {
    const p = preset();
    return runTriffin({ ...state, startYear: p.startYear, years: payload.years, startLiabilities: p.startLiabilities });
  };
  const changed = () => TRIFFIN_SLIDERS.some((s) => state[s.key] !== preset().sliders[s.key]);

  const drawer = loadOnFirstTouch(el, () => import('./triffinDraw').then((m) => m.drawTriffin), signal);

  const redraw = () => {
    frameRequest = 0;
    drawer.use((draw) => {
      const start = performance.now();
      const p = preset();
      draw(
        frame,
        {
          run: lastRun ?? run(),
          unit: p.unit,
          history: state.history && p.unit === 'usd' ? payload.history : [],
          events: state.history && p.unit === 'usd' ? payload.events : [],
        },
        size,
      );
      // User timing for the bench (tests/bench/triffinUpdates.ts): the redraw's script time.
      performance.measure('triffin:draw', { start });
    });
  };

  /** Sets a node's text only when it changes: a drag rewrites one value, and the page lays out only that. */
  const setText = (node: Element | null, text: string) => {
    if (node && node.textContent !== text) node.textContent = text;
  };
  const setAttr = (node: Element, name: string, value: string) => {
    if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  };

  /** Puts the state into the controls, the sentence, the legend and the title; schedules a redraw. */
  const render = () => {
    for (const input of sliders) {
      const spec = TRIFFIN_SLIDERS.find((s) => s.key === input.dataset['key'])!;
      const value = state[spec.key];
      if (Number(input.value) !== value) input.value = String(value);
      setAttr(input, 'aria-valuetext', spec.text(value));
      setText(el.querySelector(`[data-output="${spec.key}"]`), spec.text(value));
    }
    for (const button of el.querySelectorAll<HTMLButtonElement>('button[data-preset]'))
      setAttr(button, 'aria-pressed', String(button.dataset['preset'] === state.preset));
    historySwitch.checked = state.history;
    const p = preset();
    lastRun = run();
    setText(reading, triffinReading(lastRun, p.unit));
    el.querySelector('[data-key-demand]')?.toggleAttribute('hidden', state.shareMet >= 100);
    el.querySelector('[data-key-actual]')?.toggleAttribute('hidden', !(state.history && p.unit === 'usd'));
    el.querySelector('[data-key-claims]')?.classList.toggle('is-sterling', p.unit === 'gbp');
    const onlyUs = state.history && p.unit !== 'usd';
    note.hidden = !onlyUs && !note.dataset['clamped'];
    setText(
      note,
      onlyUs
        ? 'The history is the US record, in dollars: pick a US start to lay it over the model.'
        : (note.dataset['clamped'] ?? ''),
    );
    const title = `${p.label}${changed() ? ', adjusted' : ''}${state.history ? ', against history' : ''} · ${baseTitle}`;
    if (doc.title !== title) doc.title = title;
    if (!frameRequest) frameRequest = win.requestAnimationFrame(redraw);
  };

  // A link with values outside the sliders' ranges is brought inside them, and the page says so.
  const params = new URLSearchParams(win.location.search);
  const clamped = TRIFFIN_SLIDERS.filter((s) => {
    const raw = params.get(s.name);
    return raw !== null && Number.isFinite(Number(raw)) && Number(raw) !== state[s.key];
  }).map((s) => s.label.toLowerCase());
  if (clamped.length > 0)
    note.dataset['clamped'] =
      `The link asked for values outside the model’s ranges; the nearest allowed were used for: ${clamped.join(', ')}.`;

  el.addEventListener(
    'input',
    (e) => {
      const input = e.target as HTMLInputElement;
      const key = input.dataset['key'] as keyof TriffinState | undefined;
      if (!key || input.type !== 'range') return;
      const start = performance.now();
      state = { ...state, [key]: Number(input.value) };
      render();
      performance.measure('triffin:input', { start });
      url.soon();
    },
    { signal },
  );
  el.addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-preset]');
      if (!button) return;
      const id = button.dataset['preset'] as PresetId;
      state = { ...state, preset: id, ...presets.get(id)!.sliders };
      render();
      url.now(true);
    },
    { signal },
  );
  historySwitch.addEventListener(
    'change',
    () => {
      state = { ...state, history: historySwitch.checked };
      render();
      url.now(true);
    },
    { signal },
  );
  win.addEventListener(
    'popstate',
    () => {
      state = codec.parse(win.location.search);
      render();
    },
    { signal },
  );
  const resize = new ResizeObserver(([entry]) => {
    const box = entry!.contentRect;
    const width = Math.floor(box.width);
    // A presenter's live slide draws at its own size, Plot or not yet.
    const redrawn = drawer.loaded || el.closest('.presenter-live-view');
    if (redrawn && size.width && width !== size.width && !frameRequest)
      frameRequest = win.requestAnimationFrame(redraw);
    size = { width, height: Math.floor(box.height) };
  });
  resize.observe(frame);
  signal.addEventListener('abort', () => {
    resize.disconnect();
    url.cancel();
    if (frameRequest) win.cancelAnimationFrame(frameRequest);
  });

  // The HTML shows the default state; any other state from the address is drawn now.
  if (codec.format(state) !== '' || clamped.length > 0) render();
  el.querySelector<HTMLElement>('[data-triffin-controls]')!.hidden = false;
  el.dataset['mounted'] = 'true';
}

defineIsland('triffin-explorer', { read: jsonData<Payload>('triffin'), mount });
