/**
 * "Cite this" in the browser: when a reader opens it, the citations are written for
 * the view they are looking at (the address with its state, today's date) and for
 * the page as a whole; the citation code loads on that first opening.
 */
export function mountCites(doc: Document): () => void {
  const controller = new AbortController();
  const win = doc.defaultView!;
  for (const details of doc.querySelectorAll<HTMLDetailsElement>('details[data-cite]')) {
    details.addEventListener(
      'toggle',
      () => {
        if (!details.open) return;
        void import('../lib/cite').then(({ citations }) => {
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
        });
      },
      { signal: controller.signal },
    );
  }
  return () => controller.abort();
}
