import type { Correction, CorrectionTarget } from '../schemas/correction';
import { loadCorrections } from './data';
import { withBase } from './url';

/** The corrections log newest first (same day: file order), as the corrections page lists it. */
export function correctionsNewestFirst(entries: readonly Correction[] = loadCorrections()): Correction[] {
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.i - b.i)
    .map(({ entry }) => entry);
}

/**
 * The corrections entries that concern one dataset, claim, event, chapter or
 * source, newest first, each with the link to its place on `/corrections/`.
 * Pages that show the thing call it to link to its corrections, e.g.
 * `correctionsFor('claims', claim.id)` on `/claims/`.
 */
export function correctionsFor(
  kind: CorrectionTarget,
  id: string,
  entries: readonly Correction[] = loadCorrections(),
): { entry: Correction; href: string }[] {
  return correctionsNewestFirst(entries)
    .filter((entry) => entry.affects[kind].includes(id))
    .map((entry) => ({ entry, href: correctionHref(entry.id) }));
}

/** The link to one corrections entry. */
export function correctionHref(id: string): string {
  return withBase(`/corrections/#${id}`);
}
