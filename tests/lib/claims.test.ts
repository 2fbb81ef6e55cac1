import { describe, expect, it } from 'vitest';
import { countClaims, verdictOf } from '../../src/lib/claims';
import { loadClaims } from '../../src/lib/data';
import { VERDICTS } from '../../src/schemas/claim';

describe('claim counts and verdicts for the prose', () => {
  const claims = loadClaims();

  it('countClaims counts per verdict, and the counts add up to the ledger', () => {
    const counts = VERDICTS.map((v) => countClaims(claims, v));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(countClaims(claims));
    expect(countClaims(claims)).toBe(claims.length);
    expect(countClaims(claims, 'supported')).toBe(claims.filter((c) => c.verdict === 'supported').length);
  });

  it('an unknown verdict or claim id stops the build with a message that names it', () => {
    expect(() => countClaims(claims, 'true')).toThrow(/unknown verdict "true"/);
    expect(() => verdictOf(claims, 'no-such-claim')).toThrow(/unknown claim "no-such-claim"/);
  });

  it('verdictOf returns the ledger verdict', () => {
    const first = claims[0]!;
    expect(verdictOf(claims, first.id)).toBe(first.verdict);
  });
});
