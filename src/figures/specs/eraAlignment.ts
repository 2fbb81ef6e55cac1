import type { Marker } from '../../charts/types';
import { claimPath } from '../../lib/claimLedger';
import { decimalYear } from '../../lib/dates';
import { loadClaims, loadEras, loadEvents } from '../../lib/data';
import { withBase } from '../../lib/url';
import type { EraId } from '../../schemas/era';

/**
 * Shared by the aligned figures (`aligned-gdp-share`, `aligned-debt`): which
 * year is "year 0" of each era, and where the article's claims sit on an axis
 * of years since an era began. Lives beside the specs because only they use it.
 */

/** The part of an aligned axis the figures keep: a century before an era began to 250 years after. */
export const ALIGNED_WINDOW = { from: -100, to: 250 } as const;

/** Every dating of an era's rise, the default (the first in `eras.yml`) first. */
export function riseYears(era: EraId): number[] {
  const found = loadEras().find((e) => e.id === era);
  if (!found) throw new Error(`riseYears: no era "${era}" in data/eras.yml`);
  return found.datings.map((d) => d.rise);
}

/** The default rise year of an era: year 0 on the aligned charts. */
export function defaultRise(era: EraId): number {
  return riseYears(era)[0];
}

/** True when an aligned x lies inside the window the figures draw. */
export function inWindow(x: number): boolean {
  return x >= ALIGNED_WINDOW.from && x <= ALIGNED_WINDOW.to;
}

/** A claim of the article placed at the date of an event, on the axis of the era it speaks about. */
export interface ClaimPlacement {
  /** Claim id from `data/claims.yml`; also the anchor the marker links to. */
  claim: string;
  /** The era whose start is year 0 for this marker. */
  era: EraId;
  /** Event id from `data/events.csv` that dates the claim. */
  event: string;
  /** Use the event's end date (a war's end) instead of its start. */
  atEnd?: boolean;
  /** Short text; the event's year is appended. */
  label: string;
}

/**
 * Claim markers at x = event date − the era's default rise, sorted by x so
 * that neighbouring labels alternate rows. An unknown claim or event id stops
 * the build, like an unknown event on any other chart.
 */
export function claimMarkers(placements: readonly ClaimPlacement[]): Marker[] {
  const claims = new Set(loadClaims().map((c) => c.id));
  const events = new Map(loadEvents().map((e) => [e.id, e]));
  return placements
    .map((p) => {
      if (!claims.has(p.claim)) throw new Error(`claimMarkers: no claim "${p.claim}" in data/claims.yml`);
      const event = events.get(p.event);
      if (!event) throw new Error(`claimMarkers: no event "${p.event}" in data/events.csv`);
      const date = p.atEnd && event.end_date ? event.end_date : event.date;
      return {
        id: `claim-${p.claim}-${p.era}`,
        x: decimalYear(date) - defaultRise(p.era),
        label: `${p.label} ${date.slice(0, 4)}`,
        href: withBase(claimPath(p.claim)),
      };
    })
    .sort((a, b) => a.x - b.x);
}
