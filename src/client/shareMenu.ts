import { enterEmbedMode } from './embedMode';

/**
 * The share controls' first-load part: shows them (they are hidden in the HTML, so a
 * reader without JavaScript never meets a dead button), opens and closes each menu,
 * and loads the actions (clipboard, share sheet, embed code, downloads) on the
 * reader's first use, so no page carries their weight before anyone shares.
 */

/** The figure or view a share control stands for. */
export function subjectOf(share: HTMLElement): HTMLElement {
  const doc = share.ownerDocument;
  const selector = share.dataset['shareSubject'];
  return (
    (selector ? doc.querySelector<HTMLElement>(selector) : null) ??
    share.closest<HTMLElement>('[data-step], figure') ??
    doc.body
  );
}

/**
 * The address of what a control shares, without `embed`: a view's own address
 * (its state is in the query), or the page's with the figure's or step's anchor.
 */
export function shareUrl(share: HTMLElement, extra: Record<string, string> = {}): string {
  const win = share.ownerDocument.defaultView!;
  const url = new URL(win.location.href);
  url.searchParams.delete('embed');
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
  if (!share.dataset['shareSubject']) {
    const anchor = subjectOf(share).closest('[id]')?.id;
    url.hash = anchor ? `#${anchor}` : '';
  }
  return url.href;
}

function setOpen(share: HTMLElement, open: boolean): void {
  const toggle = share.querySelector<HTMLButtonElement>('[data-share-toggle]');
  const menu = share.querySelector<HTMLElement>('[data-share-menu]');
  if (!toggle || !menu) return;
  toggle.setAttribute('aria-expanded', String(open));
  menu.hidden = !open;
}

/** Shows every share control on the page and answers its buttons; returns a function that removes every listener. */
export function mountShares(doc: Document): () => void {
  const win = doc.defaultView!;
  const controller = new AbortController();
  const { signal } = controller;
  enterEmbedMode(doc);
  const shares = [...doc.querySelectorAll<HTMLElement>('[data-share]')];
  for (const share of shares) {
    if (doc.documentElement.classList.contains('is-embed')) continue;
    share.hidden = false;
    const native = share.querySelector<HTMLElement>('[data-share-action="native"]');
    if (native && typeof win.navigator.share === 'function') native.hidden = false;
  }
  doc.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-share] button');
      const share = button?.closest<HTMLElement>('[data-share]');
      if (!button || !share) return;
      if (button.matches('[data-share-toggle]')) {
        setOpen(share, button.getAttribute('aria-expanded') !== 'true');
        return;
      }
      const action = button.dataset['shareAction'];
      if (action) void import('./shareActions').then(({ runShareAction }) => runShareAction(share, action, button));
    },
    { signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      const share = (event.target as Element | null)?.closest<HTMLElement>('[data-share]');
      if (!share || share.querySelector('[data-share-menu]')?.hasAttribute('hidden')) return;
      setOpen(share, false);
      share.querySelector<HTMLButtonElement>('[data-share-toggle]')?.focus();
    },
    { signal },
  );
  return () => controller.abort();
}
