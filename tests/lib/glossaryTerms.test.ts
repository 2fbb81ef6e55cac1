import { describe, expect, it } from 'vitest';
import { markTerms, termPatterns, type GlossaryEntry } from '../../src/lib/glossaryTerms';

const entry = (id: string, term: string, aliases: string[] = []): GlossaryEntry => ({
  id,
  term,
  aliases,
  definition: `Definition of ${term}.`,
});
const ENTRIES = [
  entry('triffin-dilemma', 'Triffin dilemma'),
  entry('sdr', 'SDR', ['Special Drawing Rights']),
  entry('reserve-currency', 'reserve currency', ['reserve currencies']),
];
const href = (id: string) => `/glossary/#${id}`;
const words = (parts: ReturnType<typeof markTerms>) =>
  (parts ?? []).map((p) =>
    p.type === 'text'
      ? p.value
      : `[${String(p.properties['className'])}:${(p.children[0] as { children: { value: string }[] }).children[0]!.value}]`,
  );

describe('glossary marks', () => {
  it('marks each term once, at its first use, whatever the case of a plain word', () => {
    const used = new Set<string>();
    const parts = markTerms(
      'Reserve currencies and a reserve currency; the Triffin dilemma.',
      termPatterns(ENTRIES),
      used,
      href,
    );
    expect(words(parts)).toEqual([
      '[gloss:Reserve currencies]',
      ' and a reserve currency; the ',
      '[gloss:Triffin dilemma]',
      '.',
    ]);
    expect([...used].sort()).toEqual(['reserve-currency', 'triffin-dilemma']);
    // A later paragraph of the same chapter does not mark them again.
    expect(markTerms('The Triffin dilemma again.', termPatterns(ENTRIES), used, href)).toBeUndefined();
  });

  it('matches acronyms by case and whole words only', () => {
    const patterns = termPatterns(ENTRIES);
    expect(markTerms('sdr in lower case, SDRs, SDR-like', patterns, new Set(), href)).toBeUndefined();
    expect(words(markTerms('The SDR, born 1969.', patterns, new Set(), href))).toEqual([
      'The ',
      '[gloss:SDR]',
      ', born 1969.',
    ]);
  });

  it('finds a term whose words the source breaks across two lines', () => {
    const parts = markTerms('the Triffin\ndilemma, again', termPatterns(ENTRIES), new Set(), href);
    expect(words(parts)).toEqual(['the ', '[gloss:Triffin\ndilemma]', ', again']);
  });

  it('prefers the longest spelling at a place', () => {
    const parts = markTerms('Special Drawing Rights (SDR)', termPatterns(ENTRIES), new Set(), href);
    expect(words(parts)).toEqual(['[gloss:Special Drawing Rights]', ' (SDR)']);
  });

  it('links the word to the entry and carries the definition in a hidden note', () => {
    const [mark] = markTerms('SDR', termPatterns(ENTRIES), new Set(), href)!;
    expect(mark).toMatchObject({
      tagName: 'span',
      children: [
        { tagName: 'a', properties: { href: '/glossary/#sdr', dataGloss: 'sdr' } },
        { tagName: 'span', properties: { id: 'gloss-sdr', hidden: true, role: 'note' } },
      ],
    });
  });
});
