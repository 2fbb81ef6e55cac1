/**
 * Controlled vocabularies shared by the schemas and the browser. Kept free of
 * zod so that client code can import them without pulling in the validator
 * (whose feature test calls `new Function`, which the CSP forbids).
 */

/** The four monetary eras the site compares; each has one colour everywhere. */
export const ERA_IDS = ['guilder', 'sterling', 'dollar', 'bitcoin'] as const;
export type EraId = (typeof ERA_IDS)[number];

/** Kinds of event, each with its own marker on the timeline. */
export const EVENT_CATEGORIES = [
  'war',
  'monetary',
  'fiscal',
  'institution',
  'crisis',
  'geopolitics',
  'technology',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];
