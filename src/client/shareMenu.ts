import { element } from '../lib/dom';
import { enterEmbedMode } from './embedMode';

/**
 * The share controls' first-load part: shows them (they are hidden in the HTML, so a
 * reader without JavaScript never meets a dead button), opens and closes each menu,
 * and loads the actions (clipboard, share sheet, embed code, downloads) on the
 * reader's first use, so no page carries their weight before anyone shares.
 */

/**
 * A control's menu, built on its first opening: copy the link, the system's share
 * sheet (where there is one), the embed code, and the downloads (SVG and PNG only
 * where there is a drawing).
 */
function menuOf(share: HTMLElement, toggle: HTMLElement): HTMLElement {
  const existing = share.querySelector<HTMLElement>('[data-share-menu]');
  if (existing) return existing;
  const doc = share.ownerDocument;
  const id = share.dataset['shareId'] ?? 'share';
  const button = (label: string, action: string, attrs: Record<string, string> = {}) =>
    element(doc, 'button', { type: 'button', 'data-share-action': action, ...attrs }, label);
  const native = button('Share…', 'native');
  native.hidden = typeof doc.defaultView?.navigator.share !== 'function';
  const drawing = share.dataset['shareDrawing'] !== 'false';
  const embed = element(
    doc,
    'div',
    { class: 'share-embed', id: `${id}-embed`, 'data-share-embed': '' },
    element(doc, 'label', { for: `${id}-code` }, 'Embed code: paste it into your page'),
    element(doc, 'textarea', { id: `${id}-code`, readonly: '', rows: '4', spellcheck: 'false', 'data-share-code': '' }),
    button('Copy embed code', 'copy-embed'),
  );
  embed.hidden = true;
  const menu = element(
    doc,
    'div',
    { class: 'share-menu', id: `${id}-menu`, 'data-share-menu': '' },
    element(
      doc,
      'div',
      { class: 'share-row', role: 'group', 'aria-label': 'Share' },
      button('Copy link', 'copy'),
      native,
      button('Embed', 'embed', { 'aria-expanded': 'false', 'aria-controls': `${id}-embed` }),
    ),
    element(
      doc,
      'div',
      { class: 'share-row', role: 'group', 'aria-label': 'Download what is shown' },
      ...(drawing ? [button('SVG', 'svg'), button('PNG', 'png')] : []),
      button('CSV', 'csv'),
    ),
    embed,
  );
  menu.hidden = true;
  toggle.after(menu);
  toggle.setAttribute('aria-controls', menu.id);
  return menu;
}

function setOpen(share: HTMLElement, open: boolean): void {
  const toggle = share.querySelector<HTMLButtonElement>('[data-share-toggle]');
  if (!toggle) return;
  const menu = menuOf(share, toggle);
  toggle.setAttribute('aria-expanded', String(open));
  menu.hidden = !open;
}

/** Shows every share control on the page and answers its buttons; returns a function that removes every listener. */
export function mountShares(doc: Document): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  enterEmbedMode(doc);
  const shares = [...doc.querySelectorAll<HTMLElement>('[data-share]')];
  for (const share of shares) {
    if (doc.documentElement.classList.contains('is-embed')) continue;
    share.hidden = false;
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
      const menu = share?.querySelector<HTMLElement>('[data-share-menu]');
      if (!share || !menu || menu.hidden) return;
      setOpen(share, false);
      share.querySelector<HTMLButtonElement>('[data-share-toggle]')?.focus();
    },
    { signal },
  );
  return () => controller.abort();
}
