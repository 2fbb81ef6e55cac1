import { element } from '../lib/dom';
import { withBase } from '../lib/url';
import { entryLinkTitle, parseValueTitle, type ValueCitation } from '../lib/valueCitation';

/** A note and what opens it: a term's button, or a number in the prose; `wrapper` holds both. */
interface Note {
  button: HTMLElement;
  wrapper: HTMLElement;
  note: HTMLElement;
  pinned: boolean;
}

/**
 * Glossary terms in the essay: the build marks each term's first use in a
 * chapter with a link to the glossary and a hidden note holding the definition
 * (`lib/glossaryTerms.ts`). Here each link becomes a disclosure button: the
 * note opens on hover, on focus and on tap or click (which pins it open), and
 * closes on Escape, on leaving, or on a tap elsewhere. A number from the data
 * (`components/Value.astro`) tells its source in a hover title; a tap or click
 * on it opens the same citation as a note with links, for a reader who has no
 * pointer to hover with.
 */
export function mountGlossary(doc: Document): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const notes: Note[] = [];

  const place = (note: HTMLElement) => {
    // Keep the note inside the viewport: shift it left by what would overflow, and open it above its term when
    // below it would run past the bottom of the window (a term tapped near the foot of a phone's screen).
    note.style.left = '0px';
    note.classList.remove('is-above');
    const rect = note.getBoundingClientRect();
    const overflow = rect.right - (doc.documentElement.clientWidth - 8);
    if (overflow > 0) note.style.left = `${-Math.min(overflow, rect.left - 8)}px`;
    const term = note.parentElement!.getBoundingClientRect();
    if (rect.bottom > innerHeight - 8 && term.top - (rect.top - term.bottom) - rect.height > 8)
      note.classList.add('is-above');
  };
  const show = (entry: Note, open: boolean) => {
    entry.note.hidden = !open;
    if (entry.button.getAttribute('role') === 'button') entry.button.setAttribute('aria-expanded', String(open));
    if (open) place(entry.note);
    else entry.pinned = false;
  };
  // A tap, click, Enter or Space pins the note open; on a pinned note that shows, it closes it.
  const toggle = (entry: Note) => {
    const open = !(entry.pinned && !entry.note.hidden);
    show(entry, open);
    entry.pinned = open;
  };

  // A number's source that this page names nowhere shows its id until the chapter's numbers page, which names every
  // source of the chapter's numbers, names it: fetched once, on the first tap that needs it, and again on a later tap
  // if it failed (a phone offline for a moment).
  let numbersPage: Promise<Document | undefined> | undefined;
  const nameSources = (entry: Note) => {
    const unnamed = [...entry.note.querySelectorAll<HTMLAnchorElement>('a[data-source]')];
    const href = doc.querySelector<HTMLAnchorElement>('.numbers-link a')?.href;
    if (!unnamed.length || !href) return;
    const asked = (numbersPage ??= fetchPage(href));
    void asked.then((page) => {
      if (!page) {
        if (numbersPage === asked) numbersPage = undefined;
        return;
      }
      for (const link of unnamed) {
        const name = sourceName(page, link.dataset['source']!);
        if (!name) continue;
        link.textContent = name;
        delete link.dataset['source'];
      }
      if (!entry.note.hidden) place(entry.note);
    });
  };

  // Glossary terms, and the asterisks of estimates in the prose (components/Value.astro), which open a note alike.
  for (const [i, link] of doc.querySelectorAll<HTMLAnchorElement>('a.gloss-term, a.est-mark').entries()) {
    const note = link.parentElement?.querySelector<HTMLElement>('.gloss-def');
    if (!note) continue;
    note.id ||= `gloss-note-${i}`;
    // An inline element with the button role, not a <button>: a button does not break across lines, so a
    // two-word term at a line's end would jump to the next line when the script runs (a layout shift).
    const button = doc.createElement('span');
    button.setAttribute('role', 'button');
    button.tabIndex = 0;
    button.className = link.className;
    button.textContent = link.textContent;
    const label = link.getAttribute('aria-label');
    if (label) button.setAttribute('aria-label', label);
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', note.id);
    link.replaceWith(button);
    const wrapper = button.parentElement!;
    const entry = { button, wrapper, note, pinned: false };
    notes.push(entry);
    button.addEventListener('click', () => toggle(entry), { signal });
    button.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        toggle(entry);
      },
      { signal },
    );
    // Focus on the term or inside its note (the glossary link) keeps the note open.
    wrapper.addEventListener('focusin', () => show(entry, true), { signal });
    wrapper.addEventListener(
      'focusout',
      (e) => !entry.pinned && !wrapper.contains(e.relatedTarget as Node | null) && show(entry, false),
      { signal },
    );
    wrapper.addEventListener('pointerenter', (e) => e.pointerType === 'mouse' && show(entry, true), { signal });
    wrapper.addEventListener(
      'pointerleave',
      (e) => e.pointerType === 'mouse' && !entry.pinned && !wrapper.contains(doc.activeElement) && show(entry, false),
      { signal },
    );
  }
  for (const value of doc.querySelectorAll<HTMLElement>('data.value[title]')) {
    // An estimate's number has its asterisk's note, which says all this and why it is an estimate.
    if (value.querySelector('.gloss')) continue;
    const cited = parseValueTitle(value.title);
    if (!cited) continue;
    value.classList.add('gloss', 'cited');
    let entry: Note | undefined;
    value.addEventListener(
      'click',
      (e) => {
        // A click inside the open note is on its links or its text, not on the number.
        if (entry?.note.contains(e.target as Node)) return;
        if (!entry) notes.push((entry = valueNote(doc, value, cited, `value-note-${notes.length}`)));
        toggle(entry);
        if (!entry.note.hidden) nameSources(entry);
      },
      { signal },
    );
  }
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape') return;
      for (const entry of notes)
        if (!entry.note.hidden) {
          // Focus inside the note goes back to its term first (which would open it), then the note closes; a
          // number is not a stop of its own, so focus leaves the note's link.
          const focused = doc.activeElement;
          if (focused instanceof HTMLElement && entry.note.contains(focused))
            if (entry.button.tabIndex >= 0) entry.button.focus();
            else focused.blur();
          show(entry, false);
        }
    },
    { signal },
  );
  doc.addEventListener(
    'pointerdown',
    (e) => {
      for (const entry of notes)
        if (!entry.note.hidden && !entry.wrapper.contains(e.target as Node)) show(entry, false);
    },
    { signal },
  );
  return () => controller.abort();
}

/** The name of source `id` as a page's bibliography links give it; undefined where the page has none. */
function sourceName(doc: Document, id: string): string | undefined {
  const link = doc.querySelector<HTMLAnchorElement>(`a[href$="/sources/#${CSS.escape(id)}"]`);
  const name = link?.classList.contains('entry')
    ? entryLinkTitle(link.getAttribute('aria-label') ?? '')
    : link?.textContent?.trim();
  return name || undefined;
}

/** The page at `href`, parsed; undefined if it could not be had (offline, say). */
async function fetchPage(href: string): Promise<Document | undefined> {
  try {
    const response = await fetch(href);
    return response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : undefined;
  } catch {
    return undefined;
  }
}

/** A number's citation as a note inside it: the dataset and row it is read from, and its sources, as links. */
function valueNote(doc: Document, value: HTMLElement, cited: ValueCitation, id: string): Note {
  const sources = cited.sources.flatMap((source, i) => {
    const name = sourceName(doc, source);
    // Unnamed, it is marked for its title to come from the numbers page (`nameSources`).
    const link = element(doc, 'a', { href: withBase(`/sources/#${source}`), 'data-source': name ? undefined : source });
    link.textContent = name ?? source;
    return [...(i > 0 ? ['; '] : []), link];
  });
  const note = element(
    doc,
    'span',
    { class: 'gloss-def', role: 'note', id, hidden: true },
    element(doc, 'strong', {}, value.textContent!.trim()),
    ' is from ',
    element(doc, 'a', { href: withBase(`/data/#${cited.dataset}`) }, cited.dataset),
    ` (${cited.row}); source: `,
    ...sources,
    '.',
  );
  value.append(note);
  return { button: value, wrapper: value, note, pinned: false };
}
