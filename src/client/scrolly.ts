import { stepInView } from '../lib/stepInView';
import { keepPlace, placeLeft, returnTo, topOfWindow } from './readingPlace';

/**
 * Scrollytelling without re-rendering: every step carries its own figure,
 * rendered at build time from the step's declared state. This island shows
 * the active step's figure in one sticky stage, so the figure is a pure
 * function of the active step and readers without JavaScript still see
 * every step's figure in the flow of the text.
 *
 * The active step is read from the scroll position (on load, reload, a jump
 * to an anchor, a resize and every scroll frame), never inferred from the
 * crossings an observer happened to report: a fling or a restored scroll
 * position crosses nothing, yet must show the step in view.
 *
 * Every step has its own id, its one link form (`#nixon-1971`): a link opens
 * the chapter at that step, and the address follows the step being read
 * (`replaceState`, so Back still leaves the page). Older links of the form
 * `#<scrolly-id>-<n>` are mapped to the step's id when the page loads.
 */

/** How long one drawing takes to fade into the next, in ms (the CSS fades captions as long). */
const FADE_MS = 200;

/** A visual copy of a step's drawing for the stage (aria-hidden): no ids, so none is duplicated. */
function frameOf(figure: Element): HTMLElement {
  const frame = figure.cloneNode(true) as HTMLElement;
  frame.querySelector('figcaption')?.remove();
  frame.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
  frame.querySelectorAll('[aria-labelledby]').forEach((n) => n.removeAttribute('aria-labelledby'));
  frame.classList.add('scrolly-frame');
  return frame;
}

/** The step an older link `#<scrolly-id>-<n>` (n from 1) named, when the hash has that form. */
export function legacyStep(hash: string, scrollyId: string, steps: readonly HTMLElement[]): HTMLElement | undefined {
  const prefix = `#${scrollyId}-`;
  if (!scrollyId || !hash.startsWith(prefix)) return undefined;
  const rest = hash.slice(prefix.length);
  return /^[1-9]\d*$/.test(rest) ? steps[Number(rest) - 1] : undefined;
}

/** Writes `#<id>` (or no hash) into the address without a history entry, keeping the query. */
function replaceHash(id: string | null): void {
  const hash = id ? `#${id}` : '';
  if (location.hash === hash) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

/** One scrolly being mounted: its DOM is written; `measure` reads the layout, `show` writes what it read. */
interface Mounting {
  /** The step the address links to, if it is one of this scrolly's: brought into view once all are shown. */
  linked: HTMLElement | undefined;
  measure(): void;
  show(): void;
  /** Brings the linked step into view below the stage as it now is, with the step's drawing in it. */
  reveal(): void;
}

/**
 * Mounts one scrolly in three phases, so that the scrollies of a chapter are
 * laid out once between them rather than once per read: `prepare` builds its
 * stage (captions stacked, step ids) and writes only; `measure` reads the
 * stage's height and the step in view; `show` shows that step's drawing and
 * starts following the scroll position and keyboard focus.
 */
function prepare(el: HTMLElement): Mounting | undefined {
  const stage = el.querySelector<HTMLElement>('[data-scrolly-stage]');
  const frames = el.querySelector<HTMLElement>('[data-scrolly-frames]');
  const captionStack = el.querySelector<HTMLElement>('[data-scrolly-captions]');
  const live = el.querySelector<HTMLElement>('[data-scrolly-live]');
  const steps = [...el.querySelectorAll<HTMLElement>('[data-step]')];
  if (!stage || !frames || !captionStack || steps.length === 0) return undefined;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)');
  const captionOf = (step: HTMLElement) => step.querySelector('[data-step-caption]')?.textContent?.trim() ?? '';
  // Every caption is stacked in the stage so its height never changes; the one shown is the step's caption.
  const captions = steps.map((step) => {
    const p = document.createElement('p');
    p.textContent = captionOf(step);
    return p;
  });
  captionStack.replaceChildren(...captions);
  let active: HTMLElement | null = null;
  // A step written without an id (a chapter not yet given them) keeps the older anchor form.
  steps.forEach((step, i) => {
    if (!step.id) step.id = `${el.id}-${i + 1}`;
  });
  const stepIds = new Set(steps.map((s) => s.id));
  const presenting = new URLSearchParams(location.search).get('present') === '1';
  // Presenter mode opens at this scrolly's first step.
  el.querySelector('[data-present-launch]')?.setAttribute('href', `?present=1#${steps[0]!.id}`);

  /**
   * The address names the step being read: once the scrolly has reached the top of the window (its stage pinned),
   * the active step while it is on screen. Before, after or between the steps it names none of this scrolly's
   * steps, so a reload or a copied address returns to the place read, not to a step only glimpsed or left behind.
   */
  function follow(step: HTMLElement | null): void {
    // In presenter mode (which loads after the scrollies) the address is the slide's, from the start.
    if (presenting) return;
    const box = step?.getBoundingClientRect();
    if (step && box && box.bottom > 0 && box.top < innerHeight && el.getBoundingClientRect().top <= 0)
      replaceHash(step.id);
    else if (stepIds.has(decodeURIComponent(location.hash.slice(1)))) replaceHash(null);
  }

  function activate(step: HTMLElement): void {
    if (step === active) return;
    const index = steps.indexOf(step);
    active?.classList.remove('is-active');
    step.classList.add('is-active');
    active = step;
    captions.forEach((c, i) => {
      c.classList.toggle('is-current', i === index);
      c.toggleAttribute('data-step-caption', i === index);
    });
    const figure = step.querySelector('[data-step-figure]');
    if (figure) {
      const next = frameOf(figure);
      const previous = [...frames!.children] as HTMLElement[];
      frames!.append(next);
      if (reduce.matches || previous.length === 0) {
        previous.forEach((p) => p.remove());
      } else {
        // The new drawing fades in over the old, which then leaves; a frame caught mid-fade leaves at once.
        previous.slice(0, -1).forEach((p) => p.remove());
        const last = previous.at(-1)!;
        next.animate([{ opacity: 0 }, { opacity: 1 }], { duration: FADE_MS, easing: 'ease-out' });
        last
          .animate([{ opacity: 1 }, { opacity: 0 }], { duration: FADE_MS, easing: 'ease-in', fill: 'forwards' })
          .finished.then(
            () => last.remove(),
            () => last.remove(),
          );
      }
    }
    if (live) live.textContent = `Figure: ${captionOf(step)}`;
    el.dataset['activeStep'] = String(index);
  }

  /** The step the reader is on, read from the layout. */
  function stepOnScreen(): HTMLElement {
    const index = stepInView(
      stage!.getBoundingClientRect(),
      steps.map((s) => s.getBoundingClientRect()),
      innerHeight,
    );
    // A step the keyboard focused stays active while it is on screen, whatever the middle says
    // (a step clicked with the mouse is focused too, but must not hold the stage while the reader scrolls on).
    const focused = document.activeElement?.closest<HTMLElement>('[data-step]');
    if (focused && steps.includes(focused) && focused.matches(':focus-visible')) {
      const r = focused.getBoundingClientRect();
      if (r.bottom > 0 && r.top < innerHeight) return focused;
    }
    return steps[index]!;
  }

  function update(): void {
    // Far from the screen nothing a reader sees depends on the step, so no more layout is read.
    const box = el.getBoundingClientRect();
    if (active && (box.bottom < -innerHeight || box.top > 2 * innerHeight)) {
      follow(null);
      return;
    }
    const step = stepOnScreen();
    activate(step);
    follow(step);
  }

  // Scroll events come once a frame, so the step is read on each without waiting for another frame;
  // the other events may come in bursts.
  let pending = 0;
  const schedule = () => {
    if (!pending)
      pending = requestAnimationFrame(() => {
        pending = 0;
        update();
      });
  };
  // The stage's height sets where a linked step lands (CSS scroll-margin), so it is not hidden under the stage.
  const setStageHeight = (height: number) => el.style.setProperty('--scrolly-stage-height', `${height}px`);
  const resized = new ResizeObserver(() => {
    setStageHeight(stage.offsetHeight);
    schedule();
  });

  el.classList.add('is-mounted');
  el.querySelector('.scrolly-title')?.classList.add('visually-hidden');
  // A link to a step was followed before the stage existed: the step is brought back into view below it.
  const legacy = legacyStep(location.hash, el.id, steps);
  if (legacy) replaceHash(legacy.id);
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const linked = target && steps.includes(target) ? target : undefined;
  let stageHeight = 0;
  let first = steps[0]!;

  return {
    linked,
    measure() {
      stageHeight = stage.offsetHeight;
      if (!linked) first = stepOnScreen();
    },
    show() {
      setStageHeight(stageHeight);
      activate(linked ?? first);
      // Which step the address names is read in the next frame, with the layout that frame makes anyway.
      schedule();
      addEventListener('scroll', update, { passive: true });
      for (const type of ['resize', 'hashchange', 'pageshow', 'load']) addEventListener(type, schedule);
      el.addEventListener('focusin', (e) => {
        const step = (e.target as HTMLElement).closest<HTMLElement>('[data-step]');
        if (step) activate(step);
      });
      resized.observe(stage);
    },
    reveal() {
      // Measured before the drawing was shown, the stage was shorter than it is now.
      setStageHeight(stage.offsetHeight);
      linked?.scrollIntoView();
    },
  };
}

/** The most of the window a pinned stage may take above the steps, so a step's lines can still be read under it. */
const STAGE_SHARE = 0.6;

/**
 * Whether a scrolly's stage would leave too little of the window for its steps (a tall figure on a phone, any
 * figure on a phone held sideways): such a scrolly stays as it reads without scripts, each step with its drawing.
 */
function tooTallToPin(el: HTMLElement): boolean {
  // Beside the steps (Scrolly.astro's wide screens say so with --stage-beside) the stage leaves them the window.
  if (getComputedStyle(el).getPropertyValue('--stage-beside').trim() === '1') return false;
  const figures = [...el.querySelectorAll('[data-step-figure]')].map((f) => f.getBoundingClientRect().height);
  return Math.max(0, ...figures) > innerHeight * STAGE_SHARE;
}

/**
 * Mounts every scrolly in a document, keeping what the reader sees where it was: on a reload or a return, the place
 * the reader left; after following a link to a step, that step below its stage; otherwise the element at the top of
 * the window stays there.
 */
export function mountScrollies(doc: Document): void {
  const all = [...doc.querySelectorAll<HTMLElement>('[data-scrolly]')].filter(
    (el) => !el.classList.contains('is-mounted') && !el.classList.contains('is-inline'),
  );
  const inline = all.filter(tooTallToPin);
  const els = all.filter((el) => !inline.includes(el));
  const left = placeLeft();
  // Where the reader left the page is where it goes back to; only a first visit needs the top of the window.
  const kept = left === undefined ? topOfWindow(doc, els) : undefined;
  // Every write, then every read, then every write: one layout for all the scrollies, not one per read.
  const mountings = els.map(prepare).filter((m) => m !== undefined);
  for (const el of inline) el.classList.add('is-inline');
  for (const m of mountings) m.measure();
  for (const m of mountings) m.show();
  const linking = mountings.find((m) => m.linked);
  if (left !== undefined) returnTo(left);
  else if (linking) linking.reveal();
  else if (kept) scrollBy(0, kept.el.getBoundingClientRect().top - kept.top);
  if (mountings.length > 0) keepPlace();
}
