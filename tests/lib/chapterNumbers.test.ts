import { describe, expect, it } from 'vitest';
import { chapterNumbers, valueProps } from '../../src/lib/chapterNumbers';

const GOLD = `<Value dataset="gold-price" where={{ date: '1934-01-31', series: 'official' }} field="usd_per_oz" format="usd" />`;
const RATE = `<Value dataset="policy-rates" where={{ date: '1981-12', rate_id: "us-fed-funds", line: 2 }} field="rate" />`;

/** A sentence as text, its numbers as `<dataset>`. */
const said = (mdx: string) => {
  const { values, sentences } = chapterNumbers(mdx);
  return sentences.map((s) => ({
    section: s.section,
    text: s.parts.map((p) => (typeof p === 'number' ? `<${values[p]!.dataset}>` : p)).join(''),
  }));
};

describe('the numbers in a chapter’s text', () => {
  it('reads a Value tag’s dataset, row, field and format', () => {
    expect(valueProps(GOLD)).toEqual({
      dataset: 'gold-price',
      where: { date: '1934-01-31', series: 'official' },
      field: 'usd_per_oz',
      format: 'usd',
    });
    expect(valueProps(RATE)).toEqual({
      dataset: 'policy-rates',
      where: { date: '1981-12', rate_id: 'us-fed-funds', line: 2 },
      field: 'rate',
      format: undefined,
    });
    expect(valueProps('<ClaimNote id="bretton-woods" />')).toBeUndefined();
    expect(() => valueProps('<Value dataset="gold-price" field="usd_per_oz" />')).toThrow(/cannot read/);
  });

  it('finds each number in its sentence, under its heading, with links and emphasis read as words', () => {
    const mdx = [
      '---',
      'title: A chapter',
      '---',
      `Opening words. The price was ${GOLD} an ounce.`,
      '',
      '<ClaimNote id="x" />',
      '',
      '## The 1980s',
      '',
      `It is *not* the [ledger's](/claims/) figure: by December it was ${RATE} (<a href="/claims/x/">ledger entry</a>). Later`,
      `it was ${GOLD} again.`,
      '',
      `- **First.** One item at ${RATE}.`,
      `- Another at ${GOLD}.`,
    ].join('\n');
    expect(said(mdx)).toEqual([
      { section: undefined, text: 'The price was <gold-price> an ounce.' },
      {
        section: 'The 1980s',
        text: 'It is not the ledger’s figure: by December it was <policy-rates> (ledger entry).',
      },
      { section: 'The 1980s', text: 'Later it was <gold-price> again.' },
      { section: 'The 1980s', text: 'One item at <policy-rates>.' },
      { section: 'The 1980s', text: 'Another at <gold-price>.' },
    ]);
    expect(chapterNumbers(mdx).values).toHaveLength(5);
  });

  it('a component between two lines ends the paragraph, as it does on the page; a number in a step is found', () => {
    const mdx = `Rates rose to\n\n<GuideMap map="x" />\n\n${RATE} later.\n\n<Step id="s" show={{ caption: 'A "quoted" caption.' }}>\n\nIn the step, ${GOLD}.\n\n</Step>`;
    expect(said(mdx).map((s) => s.text)).toEqual(['<policy-rates> later.', 'In the step, <gold-price>.']);
  });
});
