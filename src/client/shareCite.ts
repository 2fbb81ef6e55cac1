/**
 * "Cite this" in the browser: when a reader opens it, the citations are written for
 * the view they are looking at (the address with its state, today's date) and for
 * the page as a whole. The citation code loads on that first opening, and the
 * disclosure opens once they are written, so nothing below it moves after the
 * reader (or the keyboard focus) has moved on.
 */
type Cite = typeof import('../lib/cite');

export function mountCites(doc: Document): () => void {
  const controller = new AbortController();
  const on = { signal: controller.signal };
  const win = doc.defaultView!;
  let loaded: Cite | null = null;

  const write = ({ citations }: Cite, details: HTMLDetailsElement) => {
    const body = details.querySelector<HTMLElement>('[data-cite-body]');
    if (!body) return;
    const title = details.dataset['citeTitle'] ?? doc.title;
    const accessed = new Date().toISOString().slice(0, 10);
    const view = new URL(win.location.href);
    view.searchParams.delete('embed');
    const page = new URL(view.pathname, view.origin).href;
    const groups =
      view.href === page
        ? [{ label: '', url: page }]
        : [
            { label: 'This view', url: view.href },
            { label: 'This page', url: page },
          ];
    body.replaceChildren(
      ...groups.flatMap(({ label, url }) => {
        const heading = doc.createElement('p');
        heading.className = 'cite-group';
        heading.textContent = label;
        const list = doc.createElement('dl');
        for (const { style, text } of citations({ title, url, accessed })) {
          const dt = doc.createElement('dt');
          dt.textContent = style;
          const dd = doc.createElement('dd');
          const pre = doc.createElement('pre');
          pre.textContent = text;
          dd.append(pre);
          list.append(dt, dd);
        }
        return label ? [heading, list] : [list];
      }),
    );
  };

  const all = doc.querySelectorAll<HTMLDetailsElement>('details[data-cite]');
  // Fetched when the page is idle (about 1 KB), so an opening is usually written at once.
  const preload = () => void import('../lib/cite').then((cite) => (loaded ??= cite));
  if (all.length > 0) {
    if (doc.readyState === 'complete') win.setTimeout(preload, 500);
    else win.addEventListener('load', () => win.setTimeout(preload, 500), { ...on, once: true });
  }

  for (const details of all) {
    const summary = details.querySelector('summary');
    // Opening by click, tap or Enter: write first, then open.
    summary?.addEventListener(
      'click',
      (e) => {
        if (details.open) return;
        if (loaded) return write(loaded, details);
        e.preventDefault();
        void import('../lib/cite').then((cite) => {
          loaded = cite;
          write(cite, details);
          details.open = true;
        });
      },
      on,
    );
    // Opened some other way (find in page): rewrite for the current view when the code is there.
    details.addEventListener('toggle', () => details.open && loaded && write(loaded, details), on);
  }
  return () => controller.abort();
}
