import type { Claim } from '../schemas/claim';
import type { EventRow } from '../schemas/event';
import { ERA_IDS } from '../schemas/vocab';
import { loadClaims, loadEvents } from './data';

/** The article's two sections that make claims, in the ledger's order. */
export const CLAIM_SECTIONS = [
  { id: '1.1', slug: 'section-1-1', title: 'The collapse of reserve currencies is inevitable' },
  { id: '1.2', slug: 'section-1-2', title: 'Bitcoin as hard currency' },
] as const;

/** One claim as the ledger and its own page show it. */
export interface LedgerEntry {
  claim: Claim;
  /** Timeline events that bear on the claim. */
  related: EventRow[];
  /** The eras of those events, in the eras' order. */
  eras: string[];
}

/**
 * Every claim in the ledger's order (section by section, in file order within each), with the events that
 * bear on it and their eras: a claim belongs to an era when an event on the timeline that bears on it does.
 */
export function ledgerEntries(claims: readonly Claim[] = loadClaims(), events = loadEvents()): LedgerEntry[] {
  return CLAIM_SECTIONS.flatMap((section) =>
    claims
      .filter((c) => c.section === section.id)
      .map((claim) => {
        const related = events.filter((e) => e.claims.includes(claim.id));
        const eras = ERA_IDS.filter((era) => related.some((e) => e.era === era));
        return { claim, related, eras };
      }),
  );
}

/** The path of a claim's own page, without the site's base (`/claims/triffin/`). */
export const claimPath = (id: string) => `/claims/${id}/`;

/** A claim's first words, cut at a word and marked as cut, for lists and page links. */
export function shortClaim(text: string, max = 72): string {
  if (text.length <= max) return text.replace(/\.$/, '');
  const cut = text.slice(0, max + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/**
 * The sentence a search result or link preview shows for a claim's page: our verdict, then the start of the
 * evidence, cut at a word so the whole stays within what previews show (about 200 characters).
 */
export function claimDescription(claim: Claim, max = 200): string {
  const lead = `Our verdict: ${claim.verdict}. `;
  const room = max - lead.length;
  return lead + (claim.evidence.length <= room ? claim.evidence : shortClaim(claim.evidence, room));
}
