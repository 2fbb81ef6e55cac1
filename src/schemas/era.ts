import { z } from 'zod';
import { KebabId, isIsoDate } from './common';

import { ERA_IDS } from './vocab';

export { ERA_IDS };
export const EraId = z.enum(ERA_IDS, { error: `expected one of ${ERA_IDS.join(', ')}` });
export type EraId = z.output<typeof EraId>;

const Year = z.number().int().min(1500).max(2100);

/** One historian's (or institution's) dating of an era's phases, as years. */
export const EraDating = z.object({
  /** Who dates it this way, in a few words ("Eichengreen 2011", "the article"). */
  by: z.string().min(1),
  /** Bibliography ids supporting this dating. */
  sources: z.array(KebabId).min(1),
  /** Year the currency began its rise to international use. */
  rise: Year,
  /** Year of the height of its international role. */
  peak: Year.optional(),
  /** Year its decline is taken to begin. */
  decline: Year.optional(),
  /** Year it ceased to be the leading reserve currency; absent while it still is. */
  end: Year.optional(),
  /** The reasoning behind these years. */
  note: z.string().min(1),
});

/** A monetary era: the period a currency (or asset) stood at the centre of the system. */
export const Era = z.object({
  /** Public id, also the era's colour token. */
  id: EraId,
  /** Display name ("The guilder era"). */
  name: z.string().min(1),
  /** The money at its centre. */
  currency: z.string().min(1),
  /** Who issued it. */
  issuer: z.string().min(1),
  /** One-paragraph description in our words. */
  summary: z.string().min(1),
  /** The widest span across all datings, used to check that events sit inside their era. */
  span: z.object({
    start: Year,
    /** Absent for an era that has not ended. */
    end: Year.optional(),
  }),
  /** The site's default dating, used to align eras on the comparative chart. */
  datings: z.array(EraDating).min(1),
});
export type Era = z.output<typeof Era>;

/** True when an ISO date's year lies inside the era's widest span. */
export function dateInEra(date: string, era: Pick<Era, 'span'>): boolean {
  if (!isIsoDate(date)) return false;
  const year = Number(date.slice(0, 4));
  return year >= era.span.start && (era.span.end === undefined || year <= era.span.end);
}
