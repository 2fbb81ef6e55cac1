import { formatClaimsState, parseClaimsState, type ClaimsState } from '../state/claims';

/**
 * The claim ledger's filters: buttons set a verdict and an era, the URL holds
 * them (`pushState`, so Back undoes a filter), and claims, their table-of-contents
 * entries and empty sections are hidden to match. A claim reached by its anchor
 * opens its evidence. Returns a function that removes every listener.
 */
export function mountClaimFilters(root: HTMLElement): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const win = root.ownerDocument.defaultView!;
  const doc = root.ownerDocument;
  const claims = [...root.querySelectorAll<HTMLElement>('[data-claim]')];
  const tocEntries = [...root.querySelectorAll<HTMLElement>('[data-toc-claim]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-claim-group]')];
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-filter]')];
  const status = root.querySelector<HTMLElement>('[data-claim-status]');
  const baseTitle = doc.title;
  let state = parseClaimsState(win.location.search);

  const matches = (el: HTMLElement) =>
    (state.verdict === '' || el.dataset['verdict'] === state.verdict) &&
    (state.era === '' || (el.dataset['eras'] ?? '').split(' ').includes(state.era));

  const labelOf = (field: keyof ClaimsState) =>
    buttons
      .find((b) => b.dataset['filter'] === field && b.dataset['value'] === state[field])
      ?.firstChild?.textContent?.trim();

  function apply(): void {
    let shown = 0;
    for (const el of claims) {
      el.hidden = !matches(el);
      if (!el.hidden) shown++;
    }
    for (const el of tocEntries) el.hidden = !matches(el);
    for (const group of groups)
      group.hidden = !group.querySelector('[data-claim]:not([hidden]), [data-toc-claim]:not([hidden])');
    for (const b of buttons) {
      const field = b.dataset['filter'] as keyof ClaimsState;
      b.setAttribute('aria-pressed', String(state[field] === b.dataset['value']));
    }
    // Era buttons read "Sterling era" but "Bitcoin": the status names each as an era once.
    const era = state.era && labelOf('era')?.replace(/( era)?$/, ' era');
    const filters = [state.verdict && labelOf('verdict'), era].filter(Boolean);
    if (status)
      status.textContent =
        filters.length === 0
          ? `Showing all ${claims.length} claims.`
          : shown === 0
            ? `No claim matches ${filters.join(' and ')}.`
            : `Showing ${shown} of ${claims.length} claims: ${filters.join(', ')}.`;
    doc.title = filters.length > 0 ? `${filters.join(', ')} · ${baseTitle}` : baseTitle;
  }

  /** Opens the evidence of the claim the address points to, so an anchor from a chapter lands on it. */
  function openTarget(): void {
    const id = decodeURIComponent(win.location.hash.slice(1));
    const target = id ? doc.getElementById(id) : null;
    if (target?.matches('[data-claim]')) target.querySelector('details')?.setAttribute('open', '');
  }

  for (const b of buttons)
    b.addEventListener(
      'click',
      () => {
        const field = b.dataset['filter'] as keyof ClaimsState;
        state = parseClaimsState(formatClaimsState({ ...state, [field]: b.dataset['value'] ?? '' }));
        win.history.pushState(null, '', `${win.location.pathname}${formatClaimsState(state)}`);
        apply();
      },
      { signal },
    );
  win.addEventListener(
    'popstate',
    () => {
      state = parseClaimsState(win.location.search);
      apply();
    },
    { signal },
  );
  win.addEventListener('hashchange', openTarget, { signal });

  apply();
  openTarget();
  return () => controller.abort();
}
