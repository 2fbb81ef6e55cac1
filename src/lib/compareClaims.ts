import type { Claim } from '../schemas/claim';
import type { EventRow } from '../schemas/event';
import type { ComparedEra } from './compareAlign';
import { decimalYear } from './dates';

/**
 * The article's pattern claims, placed on the comparative chart at their point
 * in each era. A placement names an event of `data/events.csv` that the
 * ledger ties to the claim (the event's `claims` column must list it), so each
 * position is a dated, cited row, never a year picked for the picture.
 */

/** A pattern claim with a short name for the chart and the event that dates it in each era. */
export interface PatternClaim {
  claim: string;
  /** A few words for the marker ("War debts and devaluation"). */
  short: string;
  /** Event id per era (`…@end`: at the event's end date, as a war's end); an era the claim does not reach is left out. */
  events: Partial<Record<ComparedEra, string>>;
}

/** The pattern the article argues, in the order it argues it. */
export const PATTERN_CLAIMS: readonly PatternClaim[] = [
  {
    claim: 'rise-after-victory',
    short: 'Rise after victory',
    events: { guilder: 'peace-of-munster', sterling: 'battle-of-waterloo', dollar: 'us-civil-war@end' },
  },
  {
    claim: 'wealth-seeds-decline',
    short: 'Deficits erode',
    events: {
      guilder: 'amsterdam-loan-to-united-states-1782',
      sterling: 'baring-crisis-1890',
      dollar: 'bernanke-saving-glut-speech',
    },
  },
  {
    claim: 'war-debt-devaluation',
    short: 'War debt, devaluation',
    events: { guilder: 'fourth-anglo-dutch-war', sterling: 'devaluation-1949', dollar: 'us-enters-second-world-war' },
  },
  {
    claim: 'every-currency-ends',
    short: 'Status lost',
    events: { guilder: 'bank-guilder-premium-collapses', sterling: 'imf-crisis-1976' },
  },
];

/** One marker: a claim at one era's event, with the verdict the ledger gives it. */
export interface ClaimMark {
  claim: string;
  /** 1-based number of the claim in `PATTERN_CLAIMS`, the key on narrow screens. */
  n: number;
  short: string;
  verdict: Claim['verdict'];
  era: ComparedEra;
  event: string;
  eventTitle: string;
  date: string;
  /** Calendar position of the event (decimal year). */
  year: number;
}

/**
 * The markers, checked against the ledger and the events: an unknown claim or
 * event, or an event the ledger does not tie to its claim, stops the build.
 */
export function claimMarks(claims: readonly Claim[], events: readonly EventRow[]): ClaimMark[] {
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  return PATTERN_CLAIMS.flatMap((p, i) => {
    const claim = claimById.get(p.claim);
    if (!claim) throw new Error(`claimMarks: no claim "${p.claim}" in data/claims.yml`);
    return Object.entries(p.events).map(([era, ref]) => {
      const [id = '', at] = ref.split('@');
      const event = eventById.get(id);
      if (!event) throw new Error(`claimMarks: no event "${id}" in data/events.csv`);
      if (!event.claims.includes(p.claim))
        throw new Error(`claimMarks: event "${id}" does not list claim "${p.claim}" in data/events.csv`);
      return {
        claim: p.claim,
        n: i + 1,
        short: p.short,
        verdict: claim.verdict,
        era: era as ComparedEra,
        event: id,
        eventTitle: event.title,
        date: at === 'end' && event.end_date ? event.end_date : event.date,
        year: decimalYear(at === 'end' && event.end_date ? event.end_date : event.date),
      };
    });
  });
}
