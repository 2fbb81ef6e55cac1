import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { chapterSlug } from '../lib/chapters';
import { claimPath } from '../lib/claimLedger';
import { loadClaims, loadEvents } from '../lib/data';
import { sitemapXml, staticPagePath } from '../lib/sitemapXml';
import { guidePaths } from './classroom/[slug]/_guidePaths';
import { numbersPaths } from './essay/[slug]/_numbersPaths';

/**
 * `/sitemap.xml`, written only when the build knows its address (`SITE`): a sitemap lists absolute
 * addresses, and a build without SITE writes none rather than guessed ones (robots.txt names it then too).
 * Every page a search may send a reader to is listed: the chapters with their pages of where each number comes
 * from, events, claims, the teacher guides with their answers. Left out: merged events' old addresses and the
 * search page (each shows a page listed under its own address), and a figure's data table on a page of its own
 * (the figure's page lists it).
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
  const numbers = (await numbersPaths()).map((p) => `/essay/${p.params.slug}/numbers/`);
  const guides = (await guidePaths()).flatMap((p) => [
    `/classroom/${p.params.slug}/`,
    `/classroom/${p.params.slug}/answers/`,
  ]);
  const base = import.meta.env.BASE_URL;
  return new Response(
    sitemapXml([...pages, ...chapters, ...numbers, ...events, ...claims, ...guides], new URL(base, site)),
    {
      headers: { 'Content-Type': 'application/xml' },
    },
  );
};
