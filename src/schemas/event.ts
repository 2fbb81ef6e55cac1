import { z } from 'zod';
import { IdList, IsoDate, KebabId, Precision, SourceIds } from './common';
import { EraId } from './era';

import { EVENT_CATEGORIES } from './vocab';

export { EVENT_CATEGORIES };

/** One row of `data/events.csv`: a dated event on the timeline. */
export const EventRow = z.object({
  /** Stable kebab-case id; also the path `/timeline/<id>/`. */
  id: KebabId,
  /** When it happened (or began), at the precision given in `precision`. */
  date: IsoDate,
  /** How precisely the date is known. */
  precision: Precision,
  /** When it ended, for events that last; empty for a moment in time. */
  end_date: z.union([z.literal(''), IsoDate]).transform((s) => (s === '' ? null : s)),
  /** The era it belongs to. */
  era: EraId,
  /** What kind of event it is. */
  category: z.enum(EVENT_CATEGORIES, { error: `expected one of ${EVENT_CATEGORIES.join(', ')}` }),
  /** Short headline, in our words. */
  title: z.string().trim().min(3).max(90, { error: 'expected a title of at most 90 characters' }),
  /** What happened and why it matters, in our words. */
  summary: z.string().trim().min(20).max(280, { error: 'expected a summary of at most 280 characters' }),
  /** 1 = a turning point, 2 = important, 3 = context. */
  importance: z.enum(['1', '2', '3'], { error: 'expected 1, 2 or 3' }).transform(Number),
  /** Bibliography ids, `;`-separated. */
  source: SourceIds,
  /** Claim ids from the claim ledger that this event bears on. */
  claims: IdList,
  /** Dataset ids whose figures show this event's effect. */
  datasets: IdList,
});
export type EventRow = z.output<typeof EventRow>;
