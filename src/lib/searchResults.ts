/** A run of an excerpt: plain text, marked when it matches the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references replaced by the characters they stand for. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Pagefind's excerpt (text with `<mark>` around each match) as runs of text, so the page can build text
 * nodes and `<mark>` elements instead of parsing HTML; any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = decode(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}

/** What kind of page a result is, from its address: a chapter, an event, a claim, the claim ledger, the glossary… */
export function resultKind(url: string, base = '/'): string {
  const path = `/${url.slice(url.startsWith(base) ? base.length : 0).replace(/^\//, '')}`;
  if (path.startsWith('/essay/') && path !== '/essay/') return 'Chapter';
  if (/^\/timeline\/[^/]+\//.test(path)) return 'Event';
  if (/^\/claims\/[^/#?]+\//.test(path)) return 'Claim';
  if (path.startsWith('/claims/')) return 'Claims';
  if (path.startsWith('/glossary/')) return 'Glossary';
  if (path.startsWith('/classroom/')) return 'Classroom';
  return 'Page';
}

/**
 * Whether what Pagefind marked in a result is the query, not a scrap of it. A word missing from the index is looked
 * up by ever shorter beginnings until one is found ("asdf" as "as", "trifin" as "tri"), so a mistyped or nonsense
 * word lists hundreds of pages that only share its first letters. A query word counts as found when a marked word
 * shares its first four letters (all of a shorter word): "dollarx" finds "dollar", "goldd" "gold-dollar", "asdf"
 * nothing. Nothing marked (a match in a title only) is not judged.
 */
export function marksMatchQuery(query: string, marked: string[]): boolean {
  if (marked.length === 0) return true;
  const words = marked.map((w) => w.toLowerCase());
  const shared = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .some((term) => words.some((w) => shared(term, w) >= Math.min(term.length, 4)));
}
