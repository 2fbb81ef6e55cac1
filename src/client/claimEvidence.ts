/**
 * The ledger lists each claim with its verdict; the quote, the evidence, the counterpoint, what tests it and the
 * sources are on the claim's own page (`/claims/<id>/`), which the ledger's disclosure links to. Where scripts run,
 * opening the disclosure fetches that page and puts them in place, so a reader reads them in the ledger.
 */
const loading = new WeakMap<HTMLDetailsElement, Promise<void>>();

/** The claim's evidence from its own page, as the ledger shows it: its headings a level under the claim's. */
function evidenceOf(page: Document, doc: Document): Node[] | null {
  const body = page.querySelector('article.claim .claim-body');
  if (!body) return null;
  // "What tests it" heads the data and events on the claim's page; in the ledger they follow the evidence.
  body.querySelector('.tests h2')?.remove();
  for (const h2 of body.querySelectorAll('h2')) {
    const h4 = page.createElement('h4');
    h4.textContent = h2.textContent;
    h2.replaceWith(h4);
  }
  return [...body.childNodes].map((node) => doc.importNode(node, true));
}

/** Fetches the evidence of the claim whose disclosure `details` is, once; a failure leaves the link and tries again. */
export function loadEvidence(details: HTMLDetailsElement): Promise<void> {
  const href = details.closest<HTMLElement>('[data-claim]')?.dataset['page'];
  if (!href || details.dataset['loaded']) return Promise.resolve();
  let promise = loading.get(details);
  if (!promise) {
    promise = fetch(href)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((html) => {
        const nodes = evidenceOf(new DOMParser().parseFromString(html, 'text/html'), details.ownerDocument);
        if (!nodes) throw new Error(`no evidence in ${href}`);
        details.append(...nodes);
        details.dataset['loaded'] = 'true';
        // The evidence is here now; the claim's own page stays one tap away in the line above.
        details.querySelector<HTMLElement>('[data-claim-evidence-link]')?.setAttribute('hidden', '');
      })
      .catch(() => {
        loading.delete(details);
      });
    loading.set(details, promise);
  }
  return promise;
}

/** Loads a claim's evidence when a reader opens its disclosure under `root`. Returns what removes the listener. */
export function mountClaimEvidence(root: HTMLElement): () => void {
  const controller = new AbortController();
  const load = (details: EventTarget | null) => {
    if (details instanceof HTMLDetailsElement && details.open && details.matches('[data-claim-evidence]'))
      void loadEvidence(details);
  };
  // `toggle` does not bubble: listen while it goes down to the disclosure.
  root.addEventListener('toggle', (e) => load(e.target), { capture: true, signal: controller.signal });
  for (const details of root.querySelectorAll('details[open]')) load(details);
  return () => controller.abort();
}
