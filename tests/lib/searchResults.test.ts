import { describe, expect, it } from 'vitest';
import { excerptParts, resultKind } from '../../src/lib/searchResults';

describe('search results', () => {
  it('excerptParts() splits an excerpt into plain and marked runs, decoding character references and dropping other tags', () => {
    expect(excerptParts('In 1971 <mark>Nixon</mark> closed the &quot;gold window&quot; &amp; <b>more</b>')).toEqual([
      { text: 'In 1971 ', mark: false },
      { text: 'Nixon', mark: true },
      { text: ' closed the "gold window" & more', mark: false },
    ]);
  });

  it('excerptParts() keeps markup in the text as text, never as elements', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
      { text: '<script>alert(1)</script>', mark: false },
    ]);
  });

  it('resultKind() names a chapter, an event, a claim, the claim ledger and the glossary from the address, under any base', () => {
    expect(resultKind('/essay/the-dollar-era/')).toBe('Chapter');
    expect(resultKind('/essay/')).toBe('Page');
    expect(resultKind('/timeline/nixon-closes-gold-window/')).toBe('Event');
    expect(resultKind('/timeline/')).toBe('Page');
    expect(resultKind('/claims/triffin/')).toBe('Claim');
    expect(resultKind('/claims/triffin/#triffin-title')).toBe('Claim');
    expect(resultKind('/claims/#triffin-title')).toBe('Claims');
    expect(resultKind('/repo/claims/nixon-1971/', '/repo/')).toBe('Claim');
    expect(resultKind('/repo/glossary/#letter-t', '/repo/')).toBe('Glossary');
  });
});
