import { LICENCE_LINE, SITE_NAME } from './shareMeta';

/** The message an embedded view sends its host page; `public/embed.js` listens for it. */
export const EMBED_MESSAGE = 'reserve-currencies:embed-height';

/**
 * The element `?embed=1` shows: the figure or step named by the address's `#id`
 * (a step shows its figure), else the page's view (the share control with a
 * subject), else the whole main column.
 */
function embedSubject(doc: Document): { subject: HTMLElement; share: HTMLElement | null } {
  const win = doc.defaultView!;
  let id: string;
  try {
    id = decodeURIComponent(win.location.hash.slice(1));
  } catch {
    id = ''; // broken percent-encoding names nothing
  }
  const target = id ? doc.getElementById(id) : null;
  if (target) {
    const share = target.querySelector<HTMLElement>('[data-share]');
    const figure = target.matches('[data-step]') ? target.querySelector<HTMLElement>('[data-step-figure]') : null;
    return { subject: figure ?? target.closest<HTMLElement>('figure') ?? target, share };
  }
  const share = doc.querySelector<HTMLElement>('[data-share][data-share-subject]');
  const view = share ? doc.querySelector<HTMLElement>(share.dataset['shareSubject']!) : null;
  return { subject: view ?? doc.querySelector<HTMLElement>('main') ?? doc.body, share };
}

/** The line under an embedded view: what it is, its sources, its licence, and the way back to the full page. */
function embedFooter(doc: Document, title: string, sources: string[], fullUrl: string): HTMLElement {
  const foot = doc.createElement('div');
  foot.className = 'embed-footer ui';
  const name = doc.createElement('p');
  name.className = 'embed-title';
  name.textContent = title;
  const from = doc.createElement('p');
  from.textContent = sources.length ? `Sources: ${sources.join(' · ')}` : '';
  const licence = doc.createElement('p');
  licence.textContent = LICENCE_LINE;
  const back = doc.createElement('a');
  back.href = fullUrl;
  back.target = '_top';
  back.textContent = `Open the full view on ${SITE_NAME}`;
  const backLine = doc.createElement('p');
  backLine.append(back);
  foot.append(...(title ? [name] : []), ...(sources.length ? [from] : []), licence, backLine);
  return foot;
}

/**
 * With `?embed=1`, shows only the figure or view: everything off the path from the
 * page to it is hidden (the page's own CSS still applies, so it looks as it does in
 * place), a footer names its sources and licence and links back, links open in the
 * host's window, and the height is posted to the host page on every change.
 */
export function enterEmbedMode(doc: Document): void {
  const win = doc.defaultView!;
  if (new URLSearchParams(win.location.search).get('embed') !== '1') return;
  const { subject, share } = embedSubject(doc);
  doc.documentElement.classList.add('is-embed');
  subject.setAttribute('data-embed-subject', '');
  for (let el: HTMLElement | null = subject; el && el !== doc.body; el = el.parentElement) {
    el.classList.add('embed-path');
    for (const sibling of el.parentElement?.children ?? [])
      if (sibling !== el && !(sibling instanceof HTMLScriptElement)) sibling.classList.add('embed-hidden');
  }
  const full = new URL(win.location.href);
  full.searchParams.delete('embed');
  // A figure that lists its sources keeps its list; a step's figure, which has none, names its scrolly's.
  const scope = subject.querySelector('.sources') ? null : (subject.closest('.scrolly') ?? subject);
  const sources = [...(scope?.querySelectorAll('.sources li') ?? [])].map((li) =>
    (li.querySelector('a, cite')?.textContent ?? li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
  const named = share?.dataset['shareTitle'] ?? doc.title;
  // The title once: a figure that shows its own keeps it.
  const shown = subject.querySelector('.chart-title, h1, h2:not(.visually-hidden), h3')?.textContent ?? '';
  const title = shown.includes(named) ? '' : named;
  subject.after(embedFooter(doc, title, [...new Set(sources)], full.href));
  const base = doc.createElement('base');
  base.target = '_top';
  doc.head.append(base);

  let last = 0;
  const post = () => {
    const height = Math.ceil(doc.body.getBoundingClientRect().height);
    if (height === last || win.parent === win) return;
    last = height;
    win.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(doc.body);
  post();
}
