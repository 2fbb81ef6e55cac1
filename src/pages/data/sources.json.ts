import type { APIRoute } from 'astro';
import { loadSources } from '../../lib/data';

/** The bibliography: one entry per source id. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ sources: [...loadSources().values()] }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
