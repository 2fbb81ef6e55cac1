import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A page's HTML, as sent (gzip at zlib's default level). With the headers this site sends (0.7 KB: its policy,
 * type and encoding) it arrives within the first two round trips of a new connection (a first window of 10
 * segments of 1,460 bytes, then 20: 43.8 KB); past that its text waits a round trip more (chapter 4 at 70 bytes
 * over: largest contentful paint 0.94 → 1.06 s in Lighthouse's mobile run). A host that adds more than 0.1 KB of
 * headers of its own moves the edge.
 */
export const HTML_SENT = 43_000;
/** The same for the bibliography (/sources/): every source and what cites it, on one page. */
export const BIBLIOGRAPHY_HTML_SENT = 80_000;

/** The budget of a page's HTML as sent. */
export const htmlBudget = (page: string) => (page === '/sources/' ? BIBLIOGRAPHY_HTML_SENT : HTML_SENT);

/** A built page's HTML as sent: gzip at zlib's default level, as the first-load measure sizes it. */
export const htmlSent = (dist: string, page: string) =>
  gzipSync(readFileSync(path.join(dist, page, 'index.html'))).length;

/** The pages of a build whose HTML is over its budget, each as "page: sent KB > budget KB". */
export function htmlOverBudget(dist: string, pages: string[], sent = (p: string) => htmlSent(dist, p)): string[] {
  const kb = (n: number) => (n / 1000).toFixed(1);
  return pages.flatMap((p) => (sent(p) <= htmlBudget(p) ? [] : [`${p}: ${kb(sent(p))} KB > ${kb(htmlBudget(p))} KB`]));
}
