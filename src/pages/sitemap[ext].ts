import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { chapterSlug } from '../lib/chapters';
import { claimPath } from '../lib/claimLedger';
import { loadClaims, loadEvents } from '../lib/data';
import { sitemapXml, staticPagePath } from '../lib/sitemapXml';

/**
 * `/sitemap.xml`, written only when the build knows its address (`SITE`): a sitemap lists absolute
 * addresses, and a build without SITE writes none rather than guessed ones (robots.txt names it then too).
 * Merged events' old addresses and the search page are left out: each shows a page listed under its own address.
 */
export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { ext: '.xml' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const pages = Object.keys(import.meta.glob('./**/*.astro'))
    .map(staticPagePath)
    .filter((p): p is string => p !== undefined && p !== '/search/');
  const chapters = (await getCollection('chapters')).map((c) => `/essay/${chapterSlug(c.id)}/`);
  const events = loadEvents().map((e) => `/timeline/${e.id}/`);
  const claims = loadClaims().map((c) => claimPath(c.id));
  const base = import.meta.env.BASE_URL;
  return new Response(sitemapXml([...pages, ...chapters, ...events, ...claims], new URL(base, site)), {
    headers: { 'Content-Type': 'application/xml' },
  });
};
