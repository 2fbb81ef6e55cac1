import { curlQuotes } from './quotes';

/** Who and what the site is, as citations and reference managers name it. */
export const SITE_CITATION = {
  /** The site's name, as its pages' titles end. */
  title: 'Reserve currencies: a history to test',
  /** A group author: the site is written and maintained by its contributors. */
  author: 'Reserve Currencies Project',
  /** First publication of the site (ISO date). */
  published: '2026-12-05',
  /** Licence of our text and data; code is MIT. */
  licence: 'CC BY 4.0',
} as const;

/** One thing to cite: a page or a view of it. */
export interface CiteTarget {
  /** The page's or view's own title (without the site name). */
  title: string;
  /** Its absolute address, with the view's state in it. */
  url: string;
  /** When the reader read it (ISO date, `2026-12-06`). */
  accessed: string;
  /** When it was published (ISO date); the site's date by default. */
  published?: string;
}

/** The five styles, in the order the disclosure shows them. */
export const CITATION_STYLES = ['APA', 'MLA', 'Chicago', 'BibTeX', 'RIS'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** Parts of an ISO date, read as a calendar date (no time zone can shift it). */
function dateParts(iso: string): { year: number; month: number; day: number; date: Date } {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day, date: new Date(Date.UTC(year, month - 1, day)) };
}

const dateIn = (locale: string, options: Intl.DateTimeFormatOptions) => (iso: string) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(dateParts(iso).date);

/** `December 5, 2026` */
const longDate = dateIn('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
/** `2026, December 5` (APA puts the year first). */
const apaDate = (iso: string) => `${dateParts(iso).year}, ${dateIn('en-US', { month: 'long', day: 'numeric' })(iso)}`;
/** `5 Dec. 2026` (MLA abbreviates months of more than four letters). */
function mlaDate(iso: string): string {
  const { year, day } = dateParts(iso);
  const month = dateIn('en-GB', { month: 'long' })(iso);
  return `${day} ${month.length > 4 ? `${month.slice(0, 3)}.` : month} ${year}`;
}

/** BibTeX's special characters, escaped so a title cannot break the entry. */
const bibEscape = (s: string) => s.replace(/[\\{}%&#_$^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));
/** One line of RIS: a tag and a value with no line breaks. */
const ris = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ')}`;

/** A BibTeX key from the title and year: stable and plain ASCII. */
function bibKey(t: CiteTarget, year: number): string {
  const words = t.title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  return `reservecurrencies${year}${(words[0] ?? 'page').toLowerCase()}`;
}

/** The citation of a page or view in one style, as plain text (never HTML). */
export function citation(style: CitationStyle, t: CiteTarget): string {
  const published = t.published ?? SITE_CITATION.published;
  const { author, title: site } = SITE_CITATION;
  const { year, month, day } = dateParts(published);
  // The site itself is its own container: named once.
  const whole = t.title === site;
  // The styles a reader pastes into prose get typographic quotes; BibTeX and RIS keep the title as it is.
  const title = curlQuotes(t.title);
  switch (style) {
    case 'APA':
      return `${author}. (${apaDate(published)}). ${title}.${whole ? '' : ` ${site}.`} Retrieved ${longDate(t.accessed)}, from ${t.url}`;
    case 'MLA':
      return `${whole ? `${site}.` : `“${title}.” ${site},`} ${author}, ${mlaDate(published)}, ${t.url}. Accessed ${mlaDate(t.accessed)}.`;
    case 'Chicago':
      return `${author}. ${whole ? `${site}.` : `“${title}.” ${site}.`} ${longDate(published)}. Accessed ${longDate(t.accessed)}. ${t.url}.`;
    case 'BibTeX':
      return [
        `@misc{${bibKey(t, year)},`,
        `  author = {{${bibEscape(author)}}},`,
        `  title = {{${bibEscape(t.title)}}},`,
        `  howpublished = {${bibEscape(site)}},`,
        `  year = {${year}},`,
        `  url = {${t.url}},`,
        `  urldate = {${t.accessed}},`,
        `  note = {${SITE_CITATION.licence}}`,
        `}`,
      ].join('\n');
    case 'RIS':
      return [
        ris('TY', 'ELEC'),
        ris('AU', author),
        ris('TI', t.title),
        ris('T2', site),
        ris('PY', String(year)),
        ris('DA', `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`),
        ris('UR', t.url),
        ris('Y2', t.accessed.replaceAll('-', '/')),
        ris('ER', ''),
      ].join('\n');
  }
}

/** Every style's citation of one page or view. */
export function citations(t: CiteTarget): { style: CitationStyle; text: string }[] {
  return CITATION_STYLES.map((style) => ({ style, text: citation(style, t) }));
}
