import { z } from 'zod';

/**
 * Building blocks shared by every dataset schema. CSV cells arrive as strings;
 * these parse them strictly, so that `4O.2` or `1971-13` is an error with a
 * message a person can act on, never a silent NaN or a shifted date.
 */

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real day or month. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const year = Number(match[1]);
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** An ISO 8601 date at the precision the source gives: `1971`, `1971-08` or `1971-08-15`. */
export const IsoDate = z
  .string()
  .trim()
  .refine(isIsoDate, { error: 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' });

/** How precisely a date is known. */
export const PRECISIONS = ['day', 'month', 'year'] as const;
export const Precision = z.enum(PRECISIONS, {
  error: `expected one of ${PRECISIONS.join(', ')}`,
});

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A plain decimal number: digits, an optional `.` and sign; no separators or units. */
export const Num = z.string().trim().regex(NUMBER, { error: 'expected a number' }).transform(Number);

/** A number, or an empty cell meaning "the source has no figure" (`null`). */
export const OptionalNum = z
  .string()
  .trim()
  .refine((s) => s === '' || NUMBER.test(s), { error: 'expected a number or an empty cell' })
  .transform((s) => (s === '' ? null : Number(s)));

/** A number within [min, max], for shares, percentages and other bounded values. */
export function numBetween(min: number, max: number) {
  return z
    .string()
    .trim()
    .refine((s) => NUMBER.test(s) && Number(s) >= min && Number(s) <= max, {
      error: `expected a number between ${min} and ${max}`,
    })
    .transform(Number);
}

/** A stable, public identifier: lower-case words joined by hyphens. */
export const KebabId = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' });

/** One or more bibliography ids separated by `;`. Resolution is checked against `sources.yml`. */
export const SourceIds = z
  .string()
  .trim()
  .min(1, { error: 'expected at least one source id' })
  .transform((s) => s.split(';').map((id) => id.trim()))
  .pipe(z.array(KebabId).min(1));

/** Zero or more ids separated by `;` (related claims, events, datasets). */
export const IdList = z
  .string()
  .trim()
  .transform((s) => (s === '' ? [] : s.split(';').map((id) => id.trim())))
  .pipe(z.array(KebabId));

/**
 * ISO 3166-1 numeric codes (`036`), `;`-separated: the ids of today's shapes on the era maps' base map (our
 * mapping); an empty cell where the territory is too small to draw.
 */
export const MapShapes = z
  .string()
  .trim()
  .transform((s) => (s === '' ? [] : s.split(';').map((c) => c.trim())))
  .pipe(z.array(z.string().regex(/^\d{3}$/, { error: 'expected three-digit ISO 3166-1 numeric codes' })));

/** `true` or `false`; an empty cell means `false`. */
export const Flag = z
  .enum(['true', 'false', ''], { error: 'expected true, false or an empty cell' })
  .transform((s) => s === 'true');

/** Free text, trimmed; empty when there is nothing to say. */
export const Note = z.string().trim().default('');
