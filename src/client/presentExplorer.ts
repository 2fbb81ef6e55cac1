import { copyOf, drawingOf, presentSlides, type Slide } from './present';

/** A live slide of an explorer's deck: the explorer itself, in the state `query` holds. */
export interface LiveSlide {
  /** The slide's anchor in the deck. */
  id: string;
  /** The explorer's state, as its codec writes it (`''` for the default, else `?…`). */
  query: string;
  title: string;
  caption: string;
  /** Speaker notes, from the chapter's teacher guide. */
  notes: string;
}

/** What an explorer page hands presenter mode (`data-present-explorer`, written by PresentExplorer.astro). */
export interface ExplorerDeck {
  /** The address of the chapter whose scroll steps show states of this explorer. */
  chapter: string;
  /** The id of that chapter's scrolly. */
  scrolly: string;
  /** A selector for the page's explorer element. */
  explorer: string;
  /** The slides after the chapter's steps: the explorer live. */
  live: LiveSlide[];
}

/** The address of a slide: the explorer's state, `present=1`, the slide's anchor. */
function addresses(query: string, id: string): { address: string; leave: string } {
  const params = new URLSearchParams(query);
  const page = `${location.pathname}${params.size ? `?${params}` : ''}#${id}`;
  params.set('present', '1');
  return { address: `${location.pathname}?${params}#${id}`, leave: page };
}

/** A step's caption without its link to the explorer: on the explorer's own slides it would point at itself. */
function captionOf(step: Element): string {
  const caption = step.querySelector('[data-step-caption]')?.cloneNode(true) as Element | undefined;
  caption?.querySelectorAll('a').forEach((a) => a.remove());
  return caption?.textContent?.trim() ?? '';
}

/** The chapter's steps as slides of this explorer: each lands on the state its own link opens. */
async function chapterSlides(deck: ExplorerDeck): Promise<Slide[]> {
  const response = await fetch(deck.chapter);
  if (!response.ok) return [];
  const chapter = new DOMParser().parseFromString(await response.text(), 'text/html');
  const base = new URL(deck.chapter, location.href);
  const scrolly = chapter.getElementById(deck.scrolly);
  const title = scrolly?.querySelector('.scrolly-title')?.textContent?.trim() ?? '';
  return [...(scrolly?.querySelectorAll<HTMLElement>('[data-step]') ?? [])].map((step) => {
    const link = [...step.querySelectorAll('a[href]')]
      .map((a) => new URL(a.getAttribute('href')!, base))
      .find((u) => u.pathname === location.pathname);
    const text = step.querySelector('.step-text');
    return {
      id: step.id,
      ...addresses(link?.search ?? '', step.id),
      title,
      caption: captionOf(step),
      drawing: drawingOf(step),
      text: text ? [...copyOf(text).childNodes] : [],
      notes: step.dataset['notes'] ?? '',
    };
  });
}

/**
 * Presenter mode on an explorer page (`/compare/?present=1`, `/triffin/?present=1`):
 * the states its chapter walks through, each at the explorer's own deep link,
 * then the explorer itself, live, for the class to drive.
 */
export async function startExplorerPresenting(doc: Document): Promise<void> {
  const holder = doc.querySelector<HTMLElement>('[data-present-explorer]');
  if (!holder) return;
  const deck = JSON.parse(holder.dataset['presentExplorer'] ?? '') as ExplorerDeck;
  const explorer = doc.querySelector<HTMLElement>(deck.explorer) ?? undefined;
  // Without the chapter (offline, say) the deck still has its live slides.
  const steps = await chapterSlides(deck).catch(() => []);
  const live: Slide[] = deck.live.map((s) => ({
    ...s,
    ...addresses(s.query, s.id),
    drawing: null,
    text: [],
    live: true,
  }));
  presentSlides(doc, doc.querySelector('h1')?.textContent?.trim() ?? '', [...steps, ...live], explorer);
}
