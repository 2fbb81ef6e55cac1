import { describe, expect, it } from 'vitest';
import { chapterProse, termsUsed, unusedTermClaims } from '../../src/lib/glossaryUses';
import type { GlossaryEntry } from '../../src/lib/glossaryTerms';

const entry = (id: string, term: string, aliases: string[] = []): GlossaryEntry => ({
  id,
  term,
  aliases,
  definition: `Definition of ${term}.`,
});
const ENTRIES = [
  entry('gold-window', 'gold window'),
  entry('seigniorage', 'seigniorage', ['seignorage']),
  entry('sdr', 'SDR', ['Special Drawing Rights']),
  entry('triffin-dilemma', 'Triffin dilemma'),
];

const MDX = `---
title: The Triffin dilemma
description: Why seigniorage is not what this is about.
order: 5
---

import Step from '../../src/components/Step.astro';

The gold
window closed in 1971, at <Value dataset="gold-price" where={{ date: '1972', note: "an SDR > 1" }} field="usd" />.

<Step id="a" notes="Ask about seigniorage." show={{ caption: 'Special Drawing Rights came in 1969.', x: [1960, 1975] }}>

Text inside a step.

</Step>
`;

describe('which terms a chapter uses', () => {
  it('reads the title, the running text and the captions; not the front matter, imports, attributes or notes', () => {
    const prose = chapterProse(MDX);
    expect(prose).toContain('The Triffin dilemma');
    expect(prose).toContain('Text inside a step.');
    expect(prose).toContain('Special Drawing Rights came in 1969.');
    expect(prose).not.toMatch(/seigniorage|import|gold-price|an SDR/);
    expect([...termsUsed(prose, ENTRIES)].sort()).toEqual(['gold-window', 'sdr', 'triffin-dilemma']);
  });

  it('takes the title it is given when the text comes without its front matter', () => {
    expect(chapterProse('Plain text.', 'The SDR')).toMatch(/^The SDR\n\nPlain text\.$/);
  });

  it('names each (term, chapter) pair whose chapter never uses the term or an alias', () => {
    const prose = (c: string) => (c === 'the-triffin-dilemma' ? chapterProse(MDX) : undefined);
    expect(
      unusedTermClaims(
        'content/glossary.yml',
        [
          { id: 'gold-window', chapter: 'the-triffin-dilemma' },
          { id: 'seigniorage', chapter: 'the-triffin-dilemma' },
          { id: 'seigniorage', chapter: 'no-such-chapter' },
        ],
        ENTRIES,
        prose,
      ),
    ).toEqual([
      'content/glossary.yml: seigniorage: the chapter "the-triffin-dilemma" never uses "seigniorage" or "seignorage"',
    ]);
  });
});
