import type { APIRoute } from 'astro';
import { timelineModel } from '../../lib/timelineData';
import { packSearch } from '../../lib/timelinePacked';

/** The events' summaries (`packSearch`), fetched by the explorer when the reader first searches. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(packSearch(timelineModel())), { headers: { 'Content-Type': 'application/json' } });
