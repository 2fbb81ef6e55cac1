import { subjectOf } from './shareSubject';

/** The licence every download and embed states (see /about/#licences). */
export const LICENCE_LINE =
  'Licence: our text and compilations CC BY 4.0, code MIT; each source keeps its own licence, as listed.';

/** The site's name, as downloads credit it. */
export const SITE_NAME = 'Reserve currencies: a history to test';

/**
 * The sources behind a figure or view, as their lists on the page give them: the
 * figure's own list, else its scrolly's, else the page's first.
 */
export function sourcesOf(share: HTMLElement, short = false): string[] {
  const subject = subjectOf(share);
  const doc = share.ownerDocument;
  const scope =
    [subject, subject.closest('.scrolly'), doc.querySelector('main')].find((el) => el?.querySelector('.sources li')) ??
    null;
  const items = scope ? [...scope.querySelectorAll('.sources li')] : [];
  // Short: each source's title alone, for a line under a drawing; the CSV keeps every detail.
  const text = (li: Element) => (short ? li.querySelector('a, cite')?.textContent : null) ?? li.textContent ?? '';
  return [...new Set(items.map((li) => text(li).replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

/** What is shared, as named on the control. */
export const titleOf = (share: HTMLElement) => share.dataset['shareTitle'] ?? share.ownerDocument.title;

/** A file name from the title and today's date: `us-federal-debt-2026-12-05.csv`. */
export function fileName(share: HTMLElement, ext: string): string {
  const slug = titleOf(share)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'figure'}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

/** Hands a file to the browser's downloads. */
export function saveBlob(doc: Document, blob: Blob, name: string): void {
  const a = doc.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
