import { describe, expect, it } from 'vitest';
import { excerptParts, marksMatchQuery, resultKind } from '../../src/lib/searchResults';

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

  it("marksMatchQuery() takes a match on a word's first four letters, not on a scrap Pagefind fell back to", () => {
    // What Pagefind marked in the best result for each query on this site.
    expect(marksMatchQuery('asdf', ['As', 'as'])).toBe(false);
    expect(marksMatchQuery('trifin', ['trying', 'tried'])).toBe(false);
    expect(marksMatchQuery('installation', ['in', 'in'])).toBe(false);
    expect(marksMatchQuery('dollarx', ["dollar's", 'Dollar'])).toBe(true);
    expect(marksMatchQuery('goldd', ['gold-dollar'])).toBe(true);
    expect(marksMatchQuery('Bretton Woods', ['Bretton-Woods-System'])).toBe(true);
    expect(marksMatchQuery('Münster', ['Münster:'])).toBe(true);
    // A short word needs all its letters; one good word of several is enough; nothing marked is not judged.
    expect(marksMatchQuery('q', ['QE2:'])).toBe(true);
    expect(marksMatchQuery('gold asdf', ['as', 'gold'])).toBe(true);
    expect(marksMatchQuery('xyz', ['x'])).toBe(false);
    expect(marksMatchQuery('anything', [])).toBe(true);
  });
});
