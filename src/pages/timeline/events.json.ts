import type { APIRoute } from 'astro';
import { loadEvents } from '../../lib/data';
import { eventDetail } from '../../lib/timelineData';

/** Every event's panel content, fetched by the timeline explorer when a reader selects an event. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ events: loadEvents().map(eventDetail) }), {
    headers: { 'Content-Type': 'application/json' },
  });
