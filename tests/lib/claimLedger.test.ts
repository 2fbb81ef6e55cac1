import { describe, expect, it } from 'vitest';
import { CLAIM_SECTIONS, claimDescription, claimPath, ledgerEntries, shortClaim } from '../../src/lib/claimLedger';
import { loadClaims, loadEvents } from '../../src/lib/data';

describe('the claim ledger and its pages', () => {
  const claims = loadClaims();

  it('ledgerEntries() lists every claim once, section by section, with the events that bear on it', () => {
    const entries = ledgerEntries();
    expect(entries.map((e) => e.claim.id).sort()).toEqual(claims.map((c) => c.id).sort());
    const sections = entries.map((e) => CLAIM_SECTIONS.findIndex((s) => s.id === e.claim.section));
    expect(sections).toEqual([...sections].sort((a, b) => a - b));
    const nixon = entries.find((e) => e.claim.id === 'nixon-1971')!;
    expect(nixon.related.map((e) => e.id)).toEqual(
      loadEvents()
        .filter((e) => e.claims.includes('nixon-1971'))
        .map((e) => e.id),
    );
    expect(nixon.eras).toEqual([...new Set(nixon.related.map((e) => e.era))]);
  });

  it('claimPath() is the address of a claim’s own page', () => {
    expect(claimPath('triffin')).toBe('/claims/triffin/');
  });

  it('shortClaim() keeps short text whole and cuts long text at a word, marked as cut', () => {
    expect(shortClaim('Short enough.')).toBe('Short enough');
    const cut = shortClaim('While gold reserves stay the same, the growing issue of US dollars inevitably leads', 40);
    expect(cut).toBe('While gold reserves stay the same, the…');
  });

  it('claimDescription() gives the verdict, then the evidence cut to fit a link preview', () => {
    for (const c of claims) {
      const text = claimDescription(c);
      expect(text.length, c.id).toBeLessThanOrEqual(201);
      expect(text.startsWith(`Our verdict: ${c.verdict}. `), c.id).toBe(true);
      expect(c.evidence.startsWith(text.slice(`Our verdict: ${c.verdict}. `.length).replace(/…$/, ''))).toBe(true);
    }
  });
});
