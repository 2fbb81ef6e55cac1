import { excerptParts, marksMatchQuery, resultKind } from '../lib/searchResults';

/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) the search page uses. */
interface Pagefind {
  options(options: { baseUrl: string; ranking?: { pageLength?: number } }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** Results shown at once, and added by each press of "More results". */
const PAGE = 12;

/**
 * How strongly Pagefind favours pages shorter than the site's average (its default is 0.75). At 0.25 a chapter
 * whose subject is the query ("guilder", "Triffin dilemma") leads its short teacher guide and the timeline's events.
 */
const PAGE_LENGTH = 0.25;

/**
 * The search page: the form's query (from `?q=` or typed) is looked up in the Pagefind index built with
 * the site, loaded on the first search, and each result is listed as a link with its kind and excerpt.
 * Enter or typing searches; the URL keeps the query (`replaceState`), so a search can be shared.
 * Returns a function that removes every listener.
 */
export function mountSiteSearch(root: HTMLElement): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  const base = root.dataset['base'] ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const baseTitle = doc.title;
  let pagefind: Promise<Pagefind> | undefined;
  let results: { data(): Promise<PagefindResult> }[] = [];
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base, ranking: { pageLength: PAGE_LENGTH } });
      return module;
    }));

  function excerpt(text: string): HTMLParagraphElement {
    const p = doc.createElement('p');
    for (const part of excerptParts(text)) {
      if (part.mark) p.append(Object.assign(doc.createElement('mark'), { textContent: part.text }));
      else p.append(part.text);
    }
    return p;
  }

  function item(result: PagefindResult): HTMLLIElement {
    const li = doc.createElement('li');
    const kind = Object.assign(doc.createElement('span'), {
      className: 'kind',
      textContent: resultKind(result.url, base),
    });
    const heading = doc.createElement('h2');
    heading.append(
      Object.assign(doc.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url }),
    );
    li.append(kind, heading, excerpt(result.excerpt));
    // A long page (the claim ledger, the glossary) leads straight to the parts that match.
    const parts = result.sub_results.filter((s) => s.url !== result.url).slice(0, 3);
    if (parts.length > 0) {
      const ul = doc.createElement('ul');
      for (const s of parts) {
        const sub = doc.createElement('li');
        sub.append(Object.assign(doc.createElement('a'), { href: s.url, textContent: s.title }), excerpt(s.excerpt));
        ul.append(sub);
      }
      li.append(ul);
    }
    return li;
  }

  async function showMore(current: number): Promise<void> {
    const batch = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    if (current !== run) return;
    list.append(...batch.map(item));
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  async function search(query: string): Promise<void> {
    const current = ++run;
    const q = query.trim();
    const url = new URL(win.location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    win.history.replaceState(win.history.state, '', url);
    doc.title = q ? `“${q}”: ${baseTitle}` : baseTitle;
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    if (!q) {
      results = [];
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const found = await (await load()).search(q);
    if (current !== run) return;
    results = found?.results ?? [];
    // The best result shows what Pagefind matched: if that is only a word's first letters, nothing was found.
    const best = results.length > 0 ? await results[0]!.data() : undefined;
    if (current !== run) return;
    if (best) {
      const marked = [best.excerpt, ...best.sub_results.map((s) => s.excerpt)].flatMap((e) =>
        excerptParts(e)
          .filter((part) => part.mark)
          .map((part) => part.text),
      );
      if (!marksMatchQuery(q, marked)) results = [];
    }
    status.textContent =
      results.length === 0
        ? `Nothing found for “${q}”.`
        : `${results.length} ${results.length === 1 ? 'page' : 'pages'} found for “${q}”.`;
    await showMore(current);
  }

  form.addEventListener(
    'submit',
    (e) => {
      e.preventDefault();
      clearTimeout(timer);
      void search(input.value);
    },
    { signal },
  );
  input.addEventListener(
    'input',
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => void search(input.value), 250);
    },
    { signal },
  );
  more.addEventListener('click', () => void showMore(run), { signal });

  const initial = new URLSearchParams(win.location.search).get('q') ?? '';
  if (initial) {
    input.value = initial;
    void search(initial);
  }
  return () => {
    clearTimeout(timer);
    controller.abort();
  };
}
