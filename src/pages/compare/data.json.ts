import type { APIRoute } from 'astro';
import { loadCompareData } from '../../lib/compareData';
import { toPayload } from '../../lib/comparePayload';
import { withBase } from '../../lib/url';

/**
 * What the comparative chart's island redraws from (`src/client/compare.ts`): the series, eras and claim marks,
 * points as `[date, value]` pairs with a third element 1 for an estimate (`src/lib/comparePayload.ts`). A file of its own rather than an
 * attribute of the page, so the page's HTML stays small and the island fetches it after the first paint.
 */
export const GET: APIRoute = () => {
  const payload = toPayload(loadCompareData(), withBase('/claims/'));
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
};
