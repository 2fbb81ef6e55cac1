/**
 * What a share control stands for and the address it shares: read by the menu on
 * first load and by the actions it loads later (copy, embed, downloads).
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
