/**
 * Where the reader is on a page whose scrollies change its height as they mount: kept in the page's history entry,
 * so a reload or a return through the history comes back to the line the reader left, and, on a first visit, the
 * element at the top of the window stays where it was while the scrollies mount.
 */

/** Where the reader is, in the page's history entry: `{ y, width, at }`, the offset at a window width and the line. */
const PLACE = 'readingAt';

/** Elements that stand for a line of the page: a paragraph, an item, a heading, a caption. */
const LINES = 'p, li, h2, h3, h4, figcaption, blockquote, dt, dd, summary';

/** A line by its text and which of the lines with that text it is, and where its top was in the window. */
interface Line {
  text: string;
  nth: number;
  top: number;
}

interface Place {
  y: number;
  width: number;
  at?: Line;
}

const stateObject = (): Record<string, unknown> =>
  typeof history.state === 'object' && history.state !== null ? (history.state as Record<string, unknown>) : {};

const textOf = (el: Element) => (el.textContent ?? '').trim().slice(0, 80);

/** The page's lines, but the copies a pinned stage shows. */
const lines = (): Element[] =>
  [...(document.querySelector('main')?.querySelectorAll(LINES) ?? [])].filter(
    (el) => !el.closest('[data-scrolly-stage]'),
  );

/**
 * Looks down the middle of the text column, from the top of the window to its middle, `every` pixels, and returns
 * the first thing `pick` makes of the element there.
 */
function fromTop<T>(doc: Document, every: number, pick: (hit: Element) => T | undefined): T | undefined {
  const column = doc.querySelector('main')?.getBoundingClientRect();
  const x = column ? (column.left + column.right) / 2 : innerWidth / 2;
  for (let y = 1; y < innerHeight / 2; y += every) {
    const hit = doc.elementFromPoint(x, y);
    const found = hit ? pick(hit) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The first line near the top of the window, below any pinned stage. */
const lineAtTop = (): Line | undefined =>
  fromTop(document, 16, (hit) => {
    const el = hit.closest(LINES);
    if (!el || el.closest('[data-scrolly-stage]') || !el.closest('main')) return undefined;
    const text = textOf(el);
    const nth = lines()
      .filter((l) => textOf(l) === text)
      .indexOf(el);
    return text && nth >= 0 ? { text, nth, top: el.getBoundingClientRect().top } : undefined;
  });

/**
 * Where the reader left this page, when this load is a reload or a return through the history and the window is
 * as wide as it was. The browser restores its own offset before the scrollies mount, into a page whose steps
 * still carry their drawings and so are longer; this one was read with them mounted.
 */
export function placeLeft(): Place | undefined {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (nav?.type !== 'reload' && nav?.type !== 'back_forward') return undefined;
  const place = stateObject()[PLACE] as Partial<Place> | undefined;
  // (Where the browser's own offset is now says little: its scroll anchoring moves it as the fonts arrive.)
  return typeof place?.y === 'number' && place.width === innerWidth ? (place as Place) : undefined;
}

/**
 * Goes back to a place left: to its line where it was in the window (the text above it may have been set in
 * another face since, with other line breaks), or to its offset when the line is not found.
 */
export function returnTo(place: Place): void {
  const at = place.at;
  const line = at && lines().filter((l) => textOf(l) === at.text)[at.nth];
  if (at && line) scrollBy(0, line.getBoundingClientRect().top - at.top);
  else scrollTo(0, place.y);
}

/** Keeps where the reader is in the history entry, once a scroll has ended and as the page is left. */
export function keepPlace(): void {
  let saved = '';
  const save = () => {
    const place: Place = { y: scrollY, width: innerWidth, at: lineAtTop() };
    const json = JSON.stringify(place);
    if (json === saved) return;
    try {
      history.replaceState({ ...stateObject(), [PLACE]: place }, '');
      saved = json;
    } catch {
      // Safari refuses more than 100 changes to the entry in 30 seconds; the next scroll's end saves again.
    }
  };
  addEventListener('scrollend', save);
  addEventListener('pagehide', save);
}

/**
 * The element at the top of the window and where it is, when a scrolly starts above the window: a page's scripts
 * run once it has painted, and the reader may already be further down (a reload, a link to a figure below), so the
 * scrollies change height above what the reader sees as they mount.
 */
export function topOfWindow(
  doc: Document,
  scrollies: readonly HTMLElement[],
): { el: Element; top: number } | undefined {
  if (!scrollies.some((el) => el.getBoundingClientRect().top < 0)) return undefined;
  // From the top down, the first step (its own drawing leaves the flow when its scrolly mounts; the step stays)
  // or element small enough to stand for a place (a paragraph, a caption, a source), not a section around it.
  return fromTop(doc, 24, (hit) => {
    const el = hit.closest('[data-step]') ?? hit;
    const box = el.getBoundingClientRect();
    return el !== hit || box.height < innerHeight / 2 ? { el, top: box.top } : undefined;
  });
}
