import type { Claim } from '../schemas/claim';
import { VERDICTS } from '../schemas/claim';

export type Verdict = (typeof VERDICTS)[number];

/** Our verdict on one claim; an unknown id stops the build. */
export function verdictOf(claims: readonly Claim[], id: string): Verdict {
  const claim = claims.find((c) => c.id === id);
  if (!claim) throw new Error(`unknown claim "${id}" (data/claims.yml has ${claims.map((c) => c.id).join(', ')})`);
  return claim.verdict;
}

/** How many claims carry a verdict, or all of them; an unknown verdict stops the build. */
export function countClaims(claims: readonly Claim[], verdict?: string): number {
  if (verdict === undefined) return claims.length;
  if (!(VERDICTS as readonly string[]).includes(verdict))
    throw new Error(`unknown verdict "${verdict}" (expected one of ${VERDICTS.join(', ')})`);
  return claims.filter((c) => c.verdict === verdict).length;
}
