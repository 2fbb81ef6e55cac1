import { formatIsoDate } from './dates';
import type { EraMapSpec } from './eraMaps';
import type { SterlingAnchorRow } from '../schemas/datasets/sterlingAnchors';
import { STERLING_ANCHORS_FIRST, STERLING_ANCHORS_LAST, sterlingAnchors } from '../schemas/datasets/sterlingAnchors';

/** The id a chapter or guide names this map by (`<GuideMap map="sterling-anchors" />`): its dataset's. */
export const STERLING_MAP = 'sterling-anchors';

/** The countries still anchored to sterling in the dataset's last month (June 1972, when the pound floated). */
export function stillAnchored(rows: readonly SterlingAnchorRow[]): Set<string> {
  return new Set(rows.filter((r) => r.until === STERLING_ANCHORS_LAST).map((r) => r.country));
}

/**
 * The map of currencies anchored to sterling, from the dataset's rows: in the era's colour the countries still
 * anchored in June 1972; in a faint tint of it (mixed into the background, so faint in the dark scheme too) those
 * anchored for a time since January 1946 that had left by then. The list alternative gives every run of months.
 */
export function sterlingMapSpec(rows: readonly SterlingAnchorRow[]): EraMapSpec {
  const still = stillAnchored(rows);
  const countries = new Set(rows.map((r) => r.country));
  const left = countries.size - still.size;
  const small = new Set(rows.filter((r) => r.country_codes.length === 0).map((r) => r.country)).size;
  const first = formatIsoDate(STERLING_ANCHORS_FIRST);
  const last = formatIsoDate(STERLING_ANCHORS_LAST);
  return {
    datasets: [sterlingAnchors.id],
    colour: 'var(--era-sterling)',
    altColour: 'color-mix(in oklab, var(--era-sterling) 45%, var(--bg, white))',
    ariaLabel: `World map: today’s countries whose currency was anchored to sterling between ${first} and ${last}, on the Ilzetzki–Reinhart–Rogoff classification: ${still.size} still anchored in ${last} in full colour, ${left} that had left before in a faint tint`,
    caption: `Currencies anchored to sterling from ${first}, where the classification of Ilzetzki, Reinhart and Rogoff begins, to ${last}, when the pound floated. In full colour: the ${still.size} countries still anchored that month; in a faint tint: ${left} more that had left by then. A record of which currency each exchange rate followed, not the legal list of the sterling area’s members. The classification names today’s countries, so the map shows today’s borders; many were then colonies or parts of larger territories. The United Kingdom, the issuer, is not shaded, and ${small} of the countries are too small to draw.`,
    listSummary: `The ${countries.size} countries as a list, with the months each was anchored to sterling`,
    groups: rows.map((r) => ({ codes: r.country_codes, alt: !still.has(r.country) })),
    points: [],
    items: rows.map((r) => ({
      name: `${r.country}, ${formatIsoDate(r.date)} to ${formatIsoDate(r.until)}`,
      detail: r.note,
    })),
    sources: [...new Set(rows.flatMap((r) => r.source))],
  };
}
