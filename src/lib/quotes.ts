/**
 * Typographic quotes: apostrophes and quotation marks as a book prints them. Used on every page after the build
 * (`typeset.ts`) and on the citations a reader copies (`cite.ts`), in the browser as at build time.
 */

/** After these (or at the start of a text) a quotation mark opens a quotation. */
const OPENS_AFTER = /[\s([{“‘—–\-/]/;

/**
 * Turns typewriter quotes into typographic ones in a piece of text. `before` is the character the text follows
 * ('' at the start of a block), so a quote at the start of a link inside a sentence is read in its sentence.
 * An apostrophe in or at the end of a word is ’ ("world’s", "holders’"), as is one before a decade ("’70s").
 */
export function curlQuotes(text: string, before = ''): string {
  let out = '';
  let prev = before;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    let put = c;
    const opens = prev === '' || OPENS_AFTER.test(prev);
    if (c === "'") put = opens && !/^\d\ds\b/.test(text.slice(i + 1, i + 4)) ? '‘' : '’';
    else if (c === '"') put = opens ? '“' : '”';
    out += put;
    prev = put;
  }
  return out;
}

/**
 * Text as search compares it: lower case, each apostrophe and quotation mark the typewriter's, so "world's" typed
 * on a keyboard and "world’s" from a phone's (which curls what it types) find the same words in either; a no-break
 * space (the page's "20 %") is a space as typed.
 */
export function searchable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\u00a0/g, ' ');
}
