import type { APIRoute } from 'astro';
import { timelineModel } from '../../lib/timelineData';

/** The timeline's drawing model (positions, bands, strips): the explorer re-renders from it when the reader zooms or filters. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(timelineModel()), { headers: { 'Content-Type': 'application/json' } });
