/** Characters that XML text cannot hold as they are. */
const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/**
 * A sitemap (sitemaps.org 0.9) of the given site paths, each made absolute against `site` (the deployed
 * address, base included); the paths are listed once each, sorted.
 */
export function sitemapXml(paths: readonly string[], site: URL): string {
  const root = site.href.endsWith('/') ? site.href : `${site.href}/`;
  const urls = [...new Set(paths)]
    .sort()
    .map((p) => `<url><loc>${escapeXml(new URL(p.replace(/^\//, ''), root).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * The path a page file under `src/pages/` is served at (`./about/index.astro` → `/about/`), or `undefined`
 * for a route with parameters (`[id].astro`), whose paths come from the data, and for the 404 page.
 */
export function staticPagePath(file: string): string | undefined {
  if (file.includes('[') || /(^|\/)404\.astro$/.test(file)) return undefined;
  const path = file.replace(/^\.\//, '/').replace(/(index)?\.astro$/, '');
  return path.endsWith('/') ? path : `${path}/`;
}
