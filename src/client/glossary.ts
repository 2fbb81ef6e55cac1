/**
 * Glossary terms in the essay: the build marks each term's first use in a
 * chapter with a link to the glossary and a hidden note holding the definition
 * (`lib/glossaryTerms.ts`). Here each link becomes a disclosure button: the
 * note opens on hover, on focus and on tap or click (which pins it open), and
 * closes on Escape, on leaving, or on a tap elsewhere.
 */
export function mountGlossary(doc: Document): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const notes: { button: HTMLElement; note: HTMLElement; pinned: boolean }[] = [];

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
  const show = (entry: (typeof notes)[number], open: boolean) => {
    entry.note.hidden = !open;
    entry.button.setAttribute('aria-expanded', String(open));
    if (open) place(entry.note);
    else entry.pinned = false;
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
    const entry = { button, note, pinned: false };
    notes.push(entry);
    const toggle = () => {
      const open = !(entry.pinned && !note.hidden);
      show(entry, open);
      entry.pinned = open;
    };
    button.addEventListener('click', toggle, { signal });
    button.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        toggle();
      },
      { signal },
    );
    const wrapper = button.parentElement!;
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
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape') return;
      for (const entry of notes)
        if (!entry.note.hidden) {
          // Focus inside the note goes back to its term first (which would open it), then the note closes.
          if (entry.note.contains(doc.activeElement)) entry.button.focus();
          show(entry, false);
        }
    },
    { signal },
  );
  doc.addEventListener(
    'pointerdown',
    (e) => {
      for (const entry of notes)
        if (!entry.note.hidden && !entry.button.parentElement!.contains(e.target as Node)) show(entry, false);
    },
    { signal },
  );
  return () => controller.abort();
}
