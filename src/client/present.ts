import './present.css';
import { fitChart } from './presentFit';

/**
 * Presenter mode (`?present=1` on a chapter): one step per screen, for a
 * projector. Each slide shows a step's figure (its drawing sized so chart
 * labels read at 24 px or more), the figure's title and caption and the step's
 * text; the keyboard (arrows, space, Page Up/Down, Home/End) and on-screen
 * buttons move between slides, N shows the speaker notes (`<Step notes=…>`),
 * and a button asks for full screen where the browser allows it. The address
 * of every slide is its step's deep link with `present=1`, so a student can
 * open the same slide on a phone.
 *
 * The essay stays in the page, hidden, so leaving the mode needs no reload.
 */

/** UI strings, together for a later translation. */
const TEXT = {
  region: 'Presenter',
  slideLabel: 'Slide',
  slide: (i: number, n: number) => `Slide ${i} of ${n}`,
  previous: 'Previous',
  next: 'Next',
  notes: 'Notes',
  noNotes: 'No speaker notes for this slide.',
  notesLabel: 'Speaker notes',
  fullscreen: 'Full screen',
  leaveFullscreen: 'Leave full screen',
  leave: 'Leave presenter mode',
};

/** Keys that move between slides, and where they move. */
const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i + 1,
  PageDown: (i) => i + 1,
  ' ': (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  ArrowUp: (i) => i - 1,
  PageUp: (i) => i - 1,
  Home: () => 0,
  End: (_, last) => last,
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A copy of a step's part for the slide: no ids (the essay keeps its own), no labelled-by pointing at them. */
function copyOf<T extends Element>(node: T): T {
  const copy = node.cloneNode(true) as T;
  copy.removeAttribute('id');
  copy.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
  copy.querySelectorAll('[aria-labelledby]').forEach((n) => n.removeAttribute('aria-labelledby'));
  copy.querySelectorAll('[tabindex]').forEach((n) => n.removeAttribute('tabindex'));
  // The share and citation controls act on the page, not on a slide.
  copy.querySelectorAll('[data-share], .share, .cite').forEach((n) => n.remove());
  return copy;
}

/** The drawing a slide shows: the step's narrow variant (taller, sparser: it carries large labels best). */
function drawingOf(step: HTMLElement): HTMLElement | null {
  const figure = step.querySelector('[data-step-figure]');
  const variant =
    figure?.querySelector('.chart-drawing') ??
    figure?.querySelector('.chart-narrow') ??
    figure?.querySelector('.chart-variant');
  const svg = variant?.querySelector('svg') ?? figure?.querySelector('svg');
  if (!svg) return null;
  const holder = el('div', { className: 'presenter-drawing' });
  const drawing = copyOf(svg);
  // The copy has lost its title's id; its accessible name is the step's caption, read beside it.
  drawing.setAttribute('aria-hidden', 'true');
  holder.append(drawing);
  return holder;
}

/** Starts presenter mode on a page of scroll steps; does nothing on a page without them. */
export function startPresenting(doc: Document): void {
  const steps = [...doc.querySelectorAll<HTMLElement>('[data-step]')];
  if (steps.length === 0 || doc.querySelector('.presenter')) return;
  const root = doc.documentElement;
  const chapter = doc.querySelector('h1')?.textContent?.trim() ?? '';

  const counter = el('p', { className: 'presenter-count' });
  counter.setAttribute('aria-live', 'polite');
  // The slide scrolls on a small screen: it takes the focus, so the keyboard can scroll it too.
  const slide = el('div', { className: 'presenter-slide', tabIndex: 0 });
  slide.setAttribute('role', 'group');
  slide.setAttribute('aria-label', TEXT.slideLabel);
  const notes = el('aside', { className: 'presenter-notes', hidden: true });
  notes.setAttribute('aria-label', TEXT.notesLabel);
  const previous = el('button', { type: 'button', className: 'presenter-previous', textContent: `← ${TEXT.previous}` });
  const next = el('button', { type: 'button', className: 'presenter-next', textContent: `${TEXT.next} →` });
  const notesButton = el('button', { type: 'button', className: 'presenter-notes-toggle', textContent: TEXT.notes });
  notesButton.setAttribute('aria-pressed', 'false');
  notesButton.setAttribute('aria-keyshortcuts', 'N');
  const full = el('button', { type: 'button', className: 'presenter-fullscreen', textContent: TEXT.fullscreen });
  full.hidden = !doc.fullscreenEnabled;
  const leave = el('a', { className: 'presenter-leave', textContent: TEXT.leave });
  const presenter = el(
    'div',
    { className: 'presenter ui', tabIndex: -1 },
    el('div', { className: 'presenter-head' }, el('p', { className: 'presenter-chapter' }, chapter), counter),
    slide,
    notes,
    el('nav', { className: 'presenter-controls' }, previous, next, notesButton, full, leave),
  );
  presenter.setAttribute('role', 'region');
  presenter.setAttribute('aria-label', TEXT.region);
  presenter.querySelector('nav')!.setAttribute('aria-label', TEXT.region);

  let index = -1;

  /** The address of slide i: the step's deep link with `present=1`. */
  const addressOf = (i: number) => `${location.pathname}?present=1#${steps[i]!.id}`;

  function show(i: number): void {
    const target = Math.min(Math.max(i, 0), steps.length - 1);
    if (target === index) return;
    index = target;
    const step = steps[index]!;
    const scrolly = step.closest('[data-scrolly]');
    const title = scrolly?.querySelector('.scrolly-title')?.textContent?.trim() ?? '';
    const caption = step.querySelector('[data-step-caption]')?.textContent?.trim() ?? '';
    const drawing = drawingOf(step);
    const text = step.querySelector('.step-text');
    // Beside the figure the text scrolls on its own when it is long, so it takes the focus as well.
    const stepText = el(
      'div',
      { className: 'presenter-text prose', tabIndex: 0 },
      ...(text ? [...copyOf(text).childNodes] : []),
    );
    slide.replaceChildren(
      el(
        'figure',
        { className: 'presenter-figure' },
        el('p', { className: 'presenter-figure-title' }, title),
        ...(drawing ? [drawing] : []),
        el('figcaption', { className: 'presenter-caption' }, caption),
      ),
      stepText,
    );
    notes.textContent = step.dataset['notes'] || TEXT.noNotes;
    counter.textContent = TEXT.slide(index + 1, steps.length);
    previous.disabled = index === 0;
    next.disabled = index === steps.length - 1;
    leave.href = `${location.pathname}#${step.id}`;
    if (`${location.pathname}${location.search}${location.hash}` !== addressOf(index))
      history.replaceState(history.state, '', addressOf(index));
    fit();
  }

  function fit(): void {
    const holder = slide.querySelector<HTMLElement>('.presenter-drawing');
    if (holder) fitChart(holder);
  }

  function toggleNotes(): void {
    notes.hidden = !notes.hidden;
    notesButton.setAttribute('aria-pressed', String(!notes.hidden));
    fit();
  }

  const indexOfHash = () => steps.findIndex((s) => `#${s.id}` === decodeURIComponent(location.hash));

  previous.addEventListener('click', () => show(index - 1));
  next.addEventListener('click', () => show(index + 1));
  notesButton.addEventListener('click', toggleNotes);
  full.addEventListener('click', () => {
    if (doc.fullscreenElement) void doc.exitFullscreen();
    else void root.requestFullscreen().catch(() => {});
  });
  doc.addEventListener('fullscreenchange', () => {
    full.textContent = doc.fullscreenElement ? TEXT.leaveFullscreen : TEXT.fullscreen;
  });
  doc.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // A focused control keeps its own keys (space and Enter press a button; Tab moves on).
    const onControl = (e.target as Element | null)?.closest('button, a');
    if (onControl && (e.key === ' ' || e.key === 'Enter')) return;
    if (e.key === 'n' || e.key === 'N') {
      e.preventDefault();
      toggleNotes();
      return;
    }
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    show(e.key === ' ' && e.shiftKey ? index - 1 : move(index, steps.length - 1));
  });
  addEventListener('hashchange', () => {
    const i = indexOfHash();
    if (i >= 0) show(i);
  });
  new ResizeObserver(fit).observe(slide);

  root.classList.add('is-presenting');
  doc.body.append(presenter);
  show(Math.max(indexOfHash(), 0));
  presenter.focus();
}
