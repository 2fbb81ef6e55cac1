import { describe, expect, it } from 'vitest';
import { curlQuotes, searchable } from '../../src/lib/quotes';

describe('curlQuotes', () => {
  it('writes apostrophes in and at the end of words as ’', () => {
    expect(curlQuotes("the world's reserve currency, official holders' confidence")).toBe(
      'the world’s reserve currency, official holders’ confidence',
    );
  });

  it('opens a quotation after a space, a bracket or a dash, and closes it after a word or punctuation', () => {
    expect(curlQuotes(`ch. 2 'The post-war system', a "pattern" ("expected")`)).toBe(
      'ch. 2 ‘The post-war system’, a “pattern” (“expected”)',
    );
    expect(curlQuotes(`"Its [money's] legitimacy."`)).toBe('“Its [money’s] legitimacy.”');
    expect(curlQuotes(`entry 'Battle of Waterloo'. ©`)).toBe('entry ‘Battle of Waterloo’. ©');
  });

  it('reads a quote at the start of a piece of text in the sentence it follows', () => {
    expect(curlQuotes(`"Sterling"`, ' ')).toBe('“Sterling”');
    expect(curlQuotes(`'s share`, 'r')).toBe('’s share');
    expect(curlQuotes(`" and more`, 'g')).toBe('” and more');
  });

  it('writes the apostrophe of a decade as ’, and leaves text without quotes as it is', () => {
    expect(curlQuotes("the '70s and the '80s")).toBe('the ’70s and the ’80s');
    expect(curlQuotes('„Die Welt“ – already typeset')).toBe('„Die Welt“ – already typeset');
  });
});

describe('searchable', () => {
  it('finds the same words whether the quotes were typed straight or curled', () => {
    expect(searchable('The World’s “Money”')).toBe(searchable(`the world's "money"`));
    expect(searchable('The World’s')).toBe("the world's");
    expect(searchable('rates at 20\u00a0%')).toBe('rates at 20 %');
  });
});
