import type { APIRoute } from 'astro';

/** Every page may be indexed; the sitemap is named when the build knows its address (SITE), as it then exists. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site
    ? `Sitemap: ${new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap.xml`, site).href}\n`
    : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
