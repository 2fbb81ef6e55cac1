import { element } from '../lib/dom';
import { fitChart } from './presentFit';
import { presentStylesLoaded, loadPresentStyles } from './presentStyles';

/**
 * Presenter mode (`?present=1` on a chapter, or on an explorer through
 * `presentExplorer.ts`): one step per screen, for a
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

/** One slide: what it shows, where its address points, and what the teacher reads. */
export interface Slide {
  /** The slide's anchor, unique in the deck: the address's `#<id>`. */
  id: string;
  /** The slide's address, `present=1` included: the deep link a student opens on a phone. */
  address: string;
  /** Where "Leave presenter mode" goes from this slide: the same view, as a page. */
  leave: string;
  /** The figure's title, above its drawing. */
  title: string;
  /** What the figure shows, in a sentence. */
  caption: string;
  /** The drawing, ready to place (a copy: the page keeps its own), or none. */
  drawing: HTMLElement | null;
  /** The slide's text, copied for the slide. */
  text: Node[];
  /** Speaker notes, or `''` for none. */
  notes: string;
  /** A live view instead of a drawing: the page's own explorer, shown in the state the address holds. */
  live?: boolean;
}

/** A copy of a step's part for the slide: no ids (the essay keeps its own), no labelled-by pointing at them. */
export function copyOf<T extends Element>(node: T): T {
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
export function drawingOf(step: HTMLElement): HTMLElement | null {
  const figure = step.querySelector('[data-step-figure]');
  const variant =
    figure?.querySelector('.chart-drawing') ??
    figure?.querySelector('.compare-narrow') ??
    figure?.querySelector('.compare-variant');
  // A drawing, not the marker of a key (a few units wide) nor an SVG inside another.
  const drawings = (root: Element | null | undefined) =>
    [...(root?.querySelectorAll<SVGSVGElement>('svg') ?? [])].filter(
      (s) => !s.parentElement?.closest('svg') && Number(s.getAttribute('viewBox')?.split(/[\s,]+/)[2]) >= 100,
    );
  const svg = drawings(variant)[0] ?? drawings(figure)[0];
  if (!svg) return null;
  const holder = element(step.ownerDocument, 'div', { class: 'presenter-drawing' });
  const drawing = copyOf(svg);
  // The copy has lost its title's id; its accessible name is the step's caption, read beside it.
  drawing.setAttribute('aria-hidden', 'true');
  holder.append(drawing);
  return holder;
}

/** A chapter's steps as slides: each step's figure, caption, text and notes, at its own deep link. */
function slidesOfSteps(steps: HTMLElement[]): Slide[] {
  return steps.map((step) => {
    const text = step.querySelector('.step-text');
    return {
      id: step.id,
      address: `${location.pathname}?present=1#${step.id}`,
      leave: `${location.pathname}#${step.id}`,
      title: step.closest('[data-scrolly]')?.querySelector('.scrolly-title')?.textContent?.trim() ?? '',
      caption: step.querySelector('[data-step-caption]')?.textContent?.trim() ?? '',
      drawing: drawingOf(step),
      text: text ? [...copyOf(text).childNodes] : [],
      notes: step.dataset['notes'] ?? '',
    };
  });
}

/** Starts presenter mode on a page of scroll steps; does nothing on a page without them. */
export function startPresenting(doc: Document): void {
  const steps = [...doc.querySelectorAll<HTMLElement>('[data-step]')];
  if (steps.length === 0) return;
  presentSlides(doc, doc.querySelector('h1')?.textContent?.trim() ?? '', slidesOfSteps(steps));
}

/**
 * Shows the slides one per screen. A live slide shows `liveView` (the page's
 * explorer, moved once into the deck so it stays mounted): the address is set
 * to the slide's state and a `popstate` tells the explorer to read it.
 */
export function presentSlides(doc: Document, heading: string, slides: Slide[], liveView?: HTMLElement): void {
  if (slides.length === 0 || doc.querySelector('.presenter')) return;
  if (!presentStylesLoaded()) {
    void loadPresentStyles(doc).then(() => presentSlides(doc, heading, slides, liveView));
    return;
  }
  const root = doc.documentElement;
  const counter = element(doc, 'p', { class: 'presenter-count' });
  counter.setAttribute('aria-live', 'polite');
  // The slide scrolls on a small screen: it takes the focus, so the keyboard can scroll it too.
  const slide = element(doc, 'div', { class: 'presenter-slide', tabindex: 0 });
  slide.setAttribute('role', 'group');
  slide.setAttribute('aria-label', TEXT.slideLabel);
  const notes = element(doc, 'aside', { class: 'presenter-notes', hidden: true });
  notes.setAttribute('aria-label', TEXT.notesLabel);
  const previous = element(doc, 'button', { type: 'button', class: 'presenter-previous' }, `← ${TEXT.previous}`);
  const next = element(doc, 'button', { type: 'button', class: 'presenter-next' }, `${TEXT.next} →`);
  const notesButton = element(doc, 'button', { type: 'button', class: 'presenter-notes-toggle' }, TEXT.notes);
  notesButton.setAttribute('aria-pressed', 'false');
  notesButton.setAttribute('aria-keyshortcuts', 'N');
  const full = element(doc, 'button', { type: 'button', class: 'presenter-fullscreen' }, TEXT.fullscreen);
  full.hidden = !doc.fullscreenEnabled;
  const leave = element(doc, 'a', { class: 'presenter-leave' }, TEXT.leave);
  const presenter = element(
    doc,
    'div',
    { class: 'presenter ui', tabindex: -1 },
    element(
      doc,
      'div',
      { class: 'presenter-head' },
      element(doc, 'p', { class: 'presenter-chapter' }, heading),
      counter,
    ),
    slide,
    notes,
    element(doc, 'nav', { class: 'presenter-controls' }, previous, next, notesButton, full, leave),
  );
  presenter.setAttribute('role', 'region');
  presenter.setAttribute('aria-label', TEXT.region);
  presenter.querySelector('nav')!.setAttribute('aria-label', TEXT.region);

  // The explorer stays in one holder for the whole show: taking it out of the page would unmount it.
  const liveTitle = element(doc, 'p', { class: 'presenter-figure-title' });
  const liveCaption = element(doc, 'figcaption', { class: 'presenter-caption' });
  const live = element(doc, 'figure', { class: 'presenter-figure presenter-live', hidden: true }, liveTitle);
  if (liveView) live.append(element(doc, 'div', { class: 'presenter-live-view' }, liveView), liveCaption);
  const still = element(doc, 'div', { class: 'presenter-still' });
  // Beside the figure the text scrolls on its own when it is long, so it takes the focus as well.
  const stepText = element(doc, 'div', { class: 'presenter-text prose', tabindex: 0 });
  slide.append(still, live, stepText);

  let index = -1;
  const here = () => `${location.pathname}${location.search}${location.hash}`;

  function show(i: number): void {
    const target = Math.min(Math.max(i, 0), slides.length - 1);
    if (target === index) return;
    index = target;
    const s = slides[index]!;
    const isLive = Boolean(s.live && liveView);
    still.hidden = isLive;
    live.hidden = !isLive;
    slide.classList.toggle('is-live', isLive);
    if (isLive) {
      liveTitle.textContent = s.title;
      liveCaption.textContent = s.caption;
      still.replaceChildren();
    } else {
      still.replaceChildren(
        element(
          doc,
          'figure',
          { class: 'presenter-figure' },
          element(doc, 'p', { class: 'presenter-figure-title' }, s.title),
          ...(s.drawing ? [s.drawing.cloneNode(true)] : []),
          element(doc, 'figcaption', { class: 'presenter-caption' }, s.caption),
        ),
      );
    }
    stepText.replaceChildren(...s.text.map((n) => n.cloneNode(true)));
    notes.textContent = s.notes || TEXT.noNotes;
    counter.textContent = TEXT.slide(index + 1, slides.length);
    previous.disabled = index === 0;
    next.disabled = index === slides.length - 1;
    leave.href = s.leave;
    if (here() !== s.address) history.replaceState(history.state, '', s.address);
    // The explorer reads its state from the address, as it does on Back.
    if (isLive) dispatchEvent(new PopStateEvent('popstate'));
    fit();
  }

  /** A live view writes its own address as the teacher drives it; the slide's part (`present=1`, its anchor) is put back. */
  let keepTimer = 0;
  const keepAddress = () => {
    clearTimeout(keepTimer);
    keepTimer = window.setTimeout(() => {
      const s = slides[index];
      if (!s?.live) return;
      const params = new URLSearchParams(location.search);
      params.delete('present');
      s.leave = `${location.pathname}${params.size ? `?${params}` : ''}#${s.id}`;
      params.set('present', '1');
      const address = `${location.pathname}?${params}#${s.id}`;
      s.address = address;
      leave.href = s.leave;
      if (here() !== address) history.replaceState(history.state, '', address);
    }, 600);
  };
  for (const type of ['change', 'click', 'input', 'pointermove', 'keyup'] as const)
    live.addEventListener(type, keepAddress, { passive: true });

  function fit(): void {
    const holder = still.querySelector<HTMLElement>('.presenter-drawing');
    if (holder && !still.hidden) fitChart(holder);
  }

  function toggleNotes(): void {
    notes.hidden = !notes.hidden;
    notesButton.setAttribute('aria-pressed', String(!notes.hidden));
    fit();
  }

  const indexOfHash = () => slides.findIndex((s) => `#${s.id}` === decodeURIComponent(location.hash));

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
    // The live explorer keeps its own keys (sliders, radio buttons, its crosshair); Tab reaches the deck's buttons.
    if ((e.target as Element | null)?.closest('.presenter-live-view')) return;
    if (e.key === 'n' || e.key === 'N') {
      e.preventDefault();
      toggleNotes();
      return;
    }
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    show(e.key === ' ' && e.shiftKey ? index - 1 : move(index, slides.length - 1));
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
