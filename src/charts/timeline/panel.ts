import { formatIsoDate } from '../../lib/dates';
import type { EventDetail } from '../../lib/timelineData';

/** Builds an element with text content only: values from data never pass through HTML parsing. */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function time(doc: Document, iso: string): HTMLTimeElement {
  const t = el(doc, 'time', formatIsoDate(iso));
  t.dateTime = iso;
  return t;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = el(doc, 'a', text);
  a.href = href;
  return a;
}

/**
 * The event panel's content for one event, built with DOM calls so the build
 * (linkedom) and the browser produce the same markup from the same module.
 */
export function renderEventPanel(
  detail: EventDetail | null,
  { document: doc, base, headingLevel = 2 }: { document: Document; base: string; headingLevel?: 1 | 2 },
): HTMLElement {
  if (!detail)
    return el(
      doc,
      'p',
      'Select an event on the timeline or in the list to read what happened, why it matters and where the facts come from.',
      'panel-empty',
    );
  const sub = headingLevel === 1 ? 'h2' : 'h3';
  const article = el(doc, 'article', undefined, `era-${detail.era}`);
  article.setAttribute('data-event-id', detail.id);
  const meta = el(doc, 'p', undefined, 'panel-meta');
  meta.append(
    el(doc, 'span', `${capitalised(detail.era)} era`),
    ' · ',
    el(doc, 'span', capitalised(detail.category)),
    ' · ',
    time(doc, detail.date),
  );
  if (detail.endDate) meta.append(' – ', time(doc, detail.endDate));
  article.append(
    meta,
    el(doc, headingLevel === 1 ? 'h1' : 'h2', detail.title, 'panel-title'),
    el(doc, 'p', detail.summary, 'panel-summary'),
  );
  if (detail.claims.length > 0) {
    const list = el(doc, 'ul', undefined, 'panel-claims');
    for (const c of detail.claims) {
      const li = el(doc, 'li');
      li.append(link(doc, `${base}claims/${c.id}/`, c.text), ' ', el(doc, 'span', `(${c.verdict})`, 'verdict'));
      list.append(li);
    }
    article.append(el(doc, sub, 'Claims it bears on'), list);
  }
  if (detail.datasets.length > 0) {
    const list = el(doc, 'ul', undefined, 'panel-data');
    for (const d of detail.datasets) {
      const li = el(doc, 'li');
      li.append(link(doc, `${base}data/#${d.id}`, d.title));
      list.append(li);
    }
    article.append(el(doc, sub, 'Data'), list);
  }
  const sources = el(doc, 'ol', undefined, 'panel-sources');
  for (const s of detail.sources) {
    const li = el(doc, 'li');
    li.append(s.url ? link(doc, s.url, s.text) : s.text);
    sources.append(li);
  }
  const permalink = el(doc, 'p', undefined, 'panel-link');
  permalink.append(link(doc, `${base}timeline/${detail.id}/`, 'Link to this event'));
  article.append(el(doc, sub, 'Sources'), sources, permalink);
  return article;
}
