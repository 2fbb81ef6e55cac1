/**
 * Where a number in the prose comes from, as its hover title carries it
 * (components/Value.astro): the dataset, the row that holds it, the sources'
 * ids and whether the row is an estimate. The build writes the title with
 * `valueTitle`; the chapter's script reads it back with `parseValueTitle` to
 * show the same citation, with links, to a reader who taps the number.
 */
export interface ValueCitation {
  /** Dataset id, e.g. `reserve-currency-shares`. */
  dataset: string;
  /** The field values that pick the row, joined: `2024-12, USD, allocated, 2026-07`. */
  row: string;
  /** Source ids in the bibliography (`data/sources.csv`). */
  sources: string[];
  estimate: boolean;
}

const SOURCE = '. Source: ';
const ESTIMATE = ' (estimate)';

/** `reserve-currency-shares: 2024-12, USD, allocated, 2026-07. Source: imf-cofer`. */
export function valueTitle({ dataset, row, sources, estimate }: ValueCitation): string {
  return `${dataset}: ${row}${SOURCE}${sources.join(', ')}${estimate ? ESTIMATE : ''}`;
}

/** The citation in a title written by `valueTitle`; undefined for any other title (a count of claims, say). */
export function parseValueTitle(title: string): ValueCitation | undefined {
  const colon = title.indexOf(': ');
  const cut = title.lastIndexOf(SOURCE);
  if (colon < 1 || cut < colon) return undefined;
  const dataset = title.slice(0, colon);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(dataset)) return undefined;
  let tail = title.slice(cut + SOURCE.length);
  const estimate = tail.endsWith(ESTIMATE);
  if (estimate) tail = tail.slice(0, -ESTIMATE.length);
  const sources = tail.split(', ');
  if (!sources.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))) return undefined;
  return { dataset, row: title.slice(colon + 2, cut), sources, estimate };
}

const ENTRY = ': bibliography entry';

/**
 * The label of a link to a source's bibliography entry, whose words are only "bibliography entry" (the source lists
 * under figures and on the data page): the source's title, so a screen reader tells the links apart. A number's
 * note names a source by reading its title back with `entryLinkTitle`.
 */
export const entryLinkLabel = (title: string) => `${title}${ENTRY}`;

/** The source's title in a label written by `entryLinkLabel`; undefined for any other label. */
export const entryLinkTitle = (label: string) => (label.endsWith(ENTRY) ? label.slice(0, -ENTRY.length) : undefined);
