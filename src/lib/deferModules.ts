import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BOOT } from './csp';
import { escapeAttribute } from './htmlAttribute';

/** A module script as the build writes it: no content, only its address. */
const MODULE = /<script type="module" src="([^"]+)"><\/script>/g;
const MANIFEST = /<link rel="manifest" href="([^"]+)">/;

/**
 * Takes a page's module scripts and its web app manifest link out of its `<head>` and lists them on `<html>`
 * (`data-modules`, in document order; `data-manifest`), for the boot script (csp.ts) to add once the page has
 * painted. A request in the head, even a deferred one, stands on the path to the first paint; this way the text
 * paints as soon as the HTML is in. Only pages that carry the boot script are changed (without it nothing would
 * ever load their modules); a page without modules or manifest is returned as it was.
 */
export function deferModules(html: string): string {
  if (!html.includes(BOOT)) return html;
  const modules: string[] = [];
  let out = html.replace(MODULE, (_, src: string) => {
    if (!modules.includes(src)) modules.push(src);
    return '';
  });
  const manifest = MANIFEST.exec(out)?.[1];
  if (manifest) out = out.replace(MANIFEST, '');
  if (!modules.length && !manifest) return html;
  const attrs =
    (modules.length ? ` data-modules="${escapeAttribute(modules.join(' '))}"` : '') +
    (manifest ? ` data-manifest="${escapeAttribute(manifest)}"` : '');
  return out.replace(/<html\b([^>]*)>/, `<html$1${attrs}>`);
}

/** Applies `deferModules` to every page in the build's output folder; returns how many pages it changed. */
export function deferAllModules(dist: string): number {
  let changed = 0;
  for (const e of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const file = path.join(e.parentPath, e.name);
    const html = readFileSync(file, 'utf8');
    const out = deferModules(html);
    if (out !== html) {
      writeFileSync(file, out);
      changed++;
    }
  }
  return changed;
}
