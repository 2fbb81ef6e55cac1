import { formatIsoDate } from '../../lib/dates';
import { element } from '../../lib/dom';
import type { EventDetail } from '../../lib/timelineData';

function time(doc: Document, iso: string): HTMLTimeElement {
  return element(doc, 'time', { datetime: iso }, formatIsoDate(iso));
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  return element(doc, 'a', { href }, text);
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
    return element(
      doc,
      'p',
      { class: 'panel-empty' },
      'Select an event on the timeline or in the list to read what happened, why it matters and where the facts come from.',
    );
  const sub = headingLevel === 1 ? 'h2' : 'h3';
  const article = element(doc, 'article', { class: `era-${detail.era}`, 'data-event-id': detail.id });
  const meta = element(
    doc,
    'p',
    { class: 'panel-meta' },
    element(doc, 'span', {}, `${capitalised(detail.era)} era`),
    ' · ',
    element(doc, 'span', {}, capitalised(detail.category)),
    ' · ',
    time(doc, detail.date),
  );
  if (detail.endDate) meta.append(' – ', time(doc, detail.endDate));
  article.append(
    meta,
    element(doc, headingLevel === 1 ? 'h1' : 'h2', { class: 'panel-title' }, detail.title),
    element(doc, 'p', { class: 'panel-summary' }, detail.summary),
  );
  if (detail.claims.length > 0) {
    const list = element(doc, 'ul', { class: 'panel-claims' });
    for (const c of detail.claims)
      list.append(
        element(
          doc,
          'li',
          {},
          link(doc, `${base}claims/${c.id}/`, c.text),
          ' ',
          element(doc, 'span', { class: 'verdict' }, `(${c.verdict})`),
        ),
      );
    article.append(element(doc, sub, {}, 'Claims it bears on'), list);
  }
  if (detail.datasets.length > 0) {
    const list = element(doc, 'ul', { class: 'panel-data' });
    for (const d of detail.datasets) list.append(element(doc, 'li', {}, link(doc, `${base}data/#${d.id}`, d.title)));
    article.append(element(doc, sub, {}, 'Data'), list);
  }
  const sources = element(doc, 'ol', { class: 'panel-sources' });
  for (const s of detail.sources) sources.append(element(doc, 'li', {}, s.url ? link(doc, s.url, s.text) : s.text));
  const permalink = element(
    doc,
    'p',
    { class: 'panel-link' },
    link(doc, `${base}timeline/${detail.id}/`, 'Link to this event'),
  );
  article.append(element(doc, sub, {}, 'Sources'), sources, permalink);
  return article;
}
