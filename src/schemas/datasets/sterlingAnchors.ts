import { z } from 'zod';
import { IsoDate, MapShapes } from '../common';
import { citedRow } from '../cited';
import { defineDataset } from '../dataset';

/** The first and last month the dataset covers: the classification's first month, and the month sterling floated. */
export const STERLING_ANCHORS_FIRST = '1946-01';
export const STERLING_ANCHORS_LAST = '1972-06';

const Month = IsoDate.refine((s) => s.length === 7, { error: 'expected a month (YYYY-MM)' }).refine(
  (s) => s >= STERLING_ANCHORS_FIRST && s <= STERLING_ANCHORS_LAST,
  { error: `expected a month from ${STERLING_ANCHORS_FIRST} to ${STERLING_ANCHORS_LAST}` },
);

/**
 * One unbroken run of months in which the Ilzetzki–Reinhart–Rogoff classification names sterling (GBP) as the
 * anchor of a country's currency, cut to January 1946 – June 1972.
 */
export const SterlingAnchorRow = citedRow({
  /** The first month of the run (`1946-01` where the run was under way when the classification begins). */
  date: Month,
  /** The last month of the run (`1972-06` where it lasted to the month sterling floated). */
  until: Month,
  /** Today's country, as the classification names it. */
  country: z.string().trim().min(1, { error: 'expected a country' }),
  /** Its ISO 3166-1 alpha-3 code, as the classification gives it. */
  iso3: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, { error: 'expected a three-letter country code' }),
  /** Today's shapes on the base map (our mapping); empty where the country is too small for it. */
  country_codes: MapShapes,
});
export type SterlingAnchorRow = z.output<typeof SterlingAnchorRow>;

export const sterlingAnchors = defineDataset({
  id: 'sterling-anchors',
  row: SterlingAnchorRow,
  key: ['country', 'date'],
});
