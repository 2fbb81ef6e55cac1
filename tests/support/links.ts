import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { builtPages } from './browser';

/** Resolves a site path inside a build folder to the file a static host would serve, if any. */
function fileFor(dir: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const full = path.join(dir, rel);
  if (existsSync(full) && statSync(full).isDirectory())
    return existsSync(path.join(full, 'index.html')) ? path.join(full, 'index.html') : null;
  return existsSync(full) ? full : null;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsCache.has(file)) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    idsCache.set(file, new Set([...document.querySelectorAll('[id]')].map((el) => el.id)));
  }
  return idsCache.get(file)!;
}

/**
 * Follows every internal href and src on every page of a build, as a static
 * host under `base` would serve them, and returns the ones that lead nowhere
 * (a missing file, or a `#fragment` with no element of that id).
 */
export function brokenLinks(dir: string, base: string, origin = 'http://site.test'): string[] {
  const broken: string[] = [];
  for (const page of builtPages(dir)) {
    const pageUrl = new URL(base.replace(/\/$/, '') + page, origin);
    const file = fileFor(dir, base, pageUrl.pathname)!;
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const refs = [...document.querySelectorAll('[href], [src]')].map(
      (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
    );
    for (const ref of refs) {
      if (/^(mailto:|data:|javascript:)/.test(ref)) continue;
      const target = new URL(ref, pageUrl);
      if (target.origin !== origin) continue;
      const targetFile = fileFor(dir, base, target.pathname);
      if (!targetFile) {
        broken.push(`${page} → ${ref}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !idsIn(targetFile).has(fragment))
        broken.push(`${page} → ${ref} (no #${fragment})`);
    }
  }
  return broken;
}
