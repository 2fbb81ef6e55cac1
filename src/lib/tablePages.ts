import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unescapeAttribute } from './htmlAttribute';

/**
 * A figure's data table longer than this many cells (rows × columns, the date column included) is published as a
 * page of its own and left out of the figure's page. A cell costs about 30 bytes of HTML, so 120 cells are about
 * 4 KB raw, 1 KB compressed: below that the request that fetches the table costs more than the bytes it saves.
 */
export const INLINE_CELLS = 120;

/** The placeholders of the table page's frame (`src/pages/[tableShell]/`), which the build fills for each table. */
export const TABLE_SHELL = {
  path: 'table-page-frame',
  title: 'TABLE-PAGE-TITLE',
  description: 'TABLE-PAGE-DESCRIPTION',
  back: 'TABLE-PAGE-BACK',
  body: 'TABLE-PAGE-BODY',
} as const;

/** What `DataTable` leaves in a page for each long table: its content, to be moved to a page of its own. */
const CUT = /<template data-table-cut="([^"]*)" data-title="([^"]*)" data-back="([^"]*)"[^>]*>([\s\S]*?)<\/template>/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * Moves every long data table out of the pages the build wrote into a page of its own at the address the
 * figure links to (`data-table-cut`), inside the site's frame, with a heading, the figure's sources and a link
 * back. Returns how many table pages it wrote. `base` is the site's base path (`/` or `/repo/`).
 */
export function writeTablePages(dist: string, base: string): number {
  const prefix = base.replace(/\/?$/, '/');
  const shellFile = path.join(dist, TABLE_SHELL.path, 'index.html');
  const shell = readFileSync(shellFile, 'utf8');
  let written = 0;
  for (const file of htmlFiles(dist)) {
    if (file === shellFile) continue;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-table-cut=')) continue;
    const pages: [string, string][] = [];
    const cut = html.replace(CUT, (_, href: string, title: string, back: string, body: string) => {
      const rel = unescapeAttribute(href).slice(prefix.length).replace(/\/$/, '');
      const page = shell
        .replaceAll(`${TABLE_SHELL.path}/`, `${rel}/`)
        .replaceAll(TABLE_SHELL.title, `Data table: ${title}`)
        .replaceAll(TABLE_SHELL.description, `Every value behind the figure “${title}”, with its sources.`)
        .replace(TABLE_SHELL.back, `<a href="${back}">Back to the figure “${title}”</a>`)
        .replace(TABLE_SHELL.body, body);
      pages.push([path.join(dist, rel, 'index.html'), page]);
      return '';
    });
    for (const [out, page] of pages) {
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, page);
      written++;
    }
    writeFileSync(file, cut);
  }
  rmSync(path.dirname(shellFile), { recursive: true, force: true });
  return written;
}
