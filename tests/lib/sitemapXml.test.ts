import { describe, expect, it } from 'vitest';
import { sitemapXml, staticPagePath } from '../../src/lib/sitemapXml';

describe('sitemap', () => {
  it('sitemapXml() lists each path once, sorted, absolute under the site and its base', () => {
    const xml = sitemapXml(['/timeline/', '/', '/timeline/'], new URL('https://example.org/repo/'));
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://example.org/repo/',
      'https://example.org/repo/timeline/',
    ]);
  });

  it('staticPagePath() maps page files to their addresses and leaves out routes with parameters and the 404 page', () => {
    expect(staticPagePath('./index.astro')).toBe('/');
    expect(staticPagePath('./about/index.astro')).toBe('/about/');
    expect(staticPagePath('./404.astro')).toBeUndefined();
    expect(staticPagePath('./timeline/[id].astro')).toBeUndefined();
  });
});
