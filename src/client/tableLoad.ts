/**
 * A figure's long data table lives on a page of its own (`DataTable`, `src/lib/tablePages.ts`); the figure's
 * disclosure links to it. These fetch that page when a reader first needs the values (opens the table, points
 * at or focuses the chart, downloads its CSV) and put its table under the link, so everything that reads
 * the table in the page finds it there.
 */
const loading = new WeakMap<HTMLElement, Promise<HTMLTableElement | null>>();

/** The table in `details`, fetched from its own page first if it is not in this one. */
export function loadTable(details: HTMLElement): Promise<HTMLTableElement | null> {
  const here = details.querySelector('table');
  if (here) return Promise.resolve(here);
  const href = details.dataset['tablePage'];
  if (!href) return Promise.resolve(null);
  let promise = loading.get(details);
  if (!promise) {
    promise = fetch(href)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((html) => {
        const page = new DOMParser().parseFromString(html, 'text/html');
        const scroll = page.querySelector('.data-table .table-scroll');
        const table = scroll?.querySelector('table');
        if (!scroll || !table) return null;
        const adopted = details.ownerDocument.importNode(scroll, true);
        // After the link, which stays: a reader may have focus on it, and it still leads to the table's own page.
        details.append(adopted);
        return adopted.querySelector('table');
      })
      .catch(() => {
        // Offline or gone: the link stays, and the next need tries again.
        loading.delete(details);
        return null;
      });
    loading.set(details, promise);
  }
  return promise;
}

/** Fetches every long table under `root` that is not in the page yet (a figure, or a scrolly and its steps). */
export async function loadTables(root: Element | null | undefined): Promise<void> {
  if (!root) return;
  await Promise.all(
    [...root.querySelectorAll<HTMLElement>('details[data-table-page]')].map((details) => loadTable(details)),
  );
}

// A reader who opens a table's disclosure reads it here, not on its page. Focusing or pointing at anything of its
// figure (the chart, a step, the summary) already fetches it, so the table is in place when the disclosure opens.
const fromFigure = (e: Event) => {
  const figure = (e.target as Element | null)?.closest?.('[data-line-chart], [data-scrolly]');
  if (figure?.querySelector('details[data-table-page]')) void loadTables(figure);
};
document.addEventListener('focusin', fromFigure);
document.addEventListener('pointerover', fromFigure);
document.addEventListener(
  'toggle',
  (e) => {
    const details = e.target as HTMLElement;
    if (details instanceof HTMLDetailsElement && details.open && details.dataset['tablePage']) void loadTable(details);
  },
  true,
);
