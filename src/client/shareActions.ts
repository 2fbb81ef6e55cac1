import { downloadCsv } from './downloadCsv';
import { downloadPng, downloadSvg } from './downloadFigure';
import { shareUrl } from './shareSubject';
import { withBase } from '../lib/url';

/** The message a screen reader hears after each action, in one place for translation. */
const SAID = {
  linkCopied: 'Link copied.',
  embedCopied: 'Embed code copied.',
  copyFailed: 'Could not copy: select the address and copy it yourself.',
  downloaded: (what: string) => `${what} downloaded.`,
};

/** Attribute text, escaped: a title with quotes or angle brackets cannot break the snippet. */
const attr = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The embed snippet: an iframe with the view pinned in its address, and the listener that fits its height. */
export function embedSnippet(share: HTMLElement): string {
  const title = share.dataset['shareTitle'] ?? share.ownerDocument.title;
  const src = shareUrl(share, { embed: '1' });
  const script = new URL(withBase('/embed.js'), src).href;
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="480" loading="lazy" style="border:0"></iframe>\n` +
    `<script src="${attr(script)}" async></script>`
  );
}

async function copy(win: Window, text: string): Promise<boolean> {
  try {
    await win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Runs one of a share control's actions; every outcome is said in its polite live region. */
export async function runShareAction(share: HTMLElement, action: string, button: HTMLButtonElement): Promise<void> {
  const doc = share.ownerDocument;
  const win = doc.defaultView!;
  const status = share.querySelector<HTMLElement>('[data-share-status]');
  const say = (text: string) => {
    if (!status) return;
    // Emptied first, so the same message twice is announced twice.
    status.textContent = '';
    win.setTimeout(() => (status.textContent = text), 50);
  };
  const title = share.dataset['shareTitle'] ?? doc.title;
  switch (action) {
    case 'copy':
      say((await copy(win, shareUrl(share))) ? SAID.linkCopied : SAID.copyFailed);
      return;
    case 'native':
      await win.navigator.share({ title, url: shareUrl(share) }).catch(() => undefined);
      return;
    case 'embed': {
      const panel = share.querySelector<HTMLElement>('[data-share-embed]');
      const code = share.querySelector<HTMLTextAreaElement>('[data-share-code]');
      if (!panel || !code) return;
      code.value = embedSnippet(share);
      panel.hidden = !panel.hidden;
      button.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden) code.select();
      return;
    }
    case 'copy-embed':
      say((await copy(win, embedSnippet(share))) ? SAID.embedCopied : SAID.copyFailed);
      return;
    case 'svg':
      downloadSvg(share);
      say(SAID.downloaded('SVG'));
      return;
    case 'png':
      await downloadPng(share);
      say(SAID.downloaded('PNG'));
      return;
    case 'csv':
      await downloadCsv(share);
      say(SAID.downloaded('CSV'));
      return;
  }
}
