import type { APIRoute } from 'astro';
import { loadClaims, loadEvents } from '../../lib/data';

/** The claim ledger; each claim lists the events that bear on it (derived from the events' `claims`). */
export const GET: APIRoute = () => {
  const events = loadEvents();
  const claims = loadClaims().map((c) => ({
    ...c,
    events: events.filter((e) => e.claims.includes(c.id)).map((e) => e.id),
  }));
  return new Response(JSON.stringify({ claims }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
