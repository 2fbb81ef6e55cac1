import type { APIRoute } from 'astro';
import { loadEras } from '../../lib/data';

/** The eras with every named dating. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ eras: loadEras() }, null, 2), { headers: { 'Content-Type': 'application/json' } });
