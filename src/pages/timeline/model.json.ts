import type { APIRoute } from 'astro';
import { timelineModel } from '../../lib/timelineData';
import { packTimeline } from '../../lib/timelinePacked';

/** The explorer's model, packed (`packTimeline`): it re-renders from it when the reader zooms, pans or filters. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(packTimeline(timelineModel())), { headers: { 'Content-Type': 'application/json' } });
