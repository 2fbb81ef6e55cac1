/**
 * Prefixes a site-internal path with the configured base, so the same build
 * works at a domain root and under a subpath such as a GitHub Pages project.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}
