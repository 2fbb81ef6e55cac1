import { describe, expect, it } from 'vitest';
import { entryLinkLabel, entryLinkTitle, parseValueTitle, valueTitle } from '../../src/lib/valueCitation';

describe('a number’s citation in its title', () => {
  it('reads back what the build wrote, estimates and several sources included', () => {
    const cofer = {
      dataset: 'reserve-currency-shares',
      row: '2024-12, USD, allocated, 2026-07',
      sources: ['imf-cofer'],
      estimate: false,
    };
    expect(valueTitle(cofer)).toBe('reserve-currency-shares: 2024-12, USD, allocated, 2026-07. Source: imf-cofer');
    expect(parseValueTitle(valueTitle(cofer))).toEqual(cofer);
    const gold = {
      dataset: 'gold-price',
      row: '1934-01-31, official',
      sources: ['measuringworth-gold', 'us-gold-reserve-act-1934'],
      estimate: true,
    };
    expect(valueTitle(gold)).toBe(
      'gold-price: 1934-01-31, official. Source: measuringworth-gold, us-gold-reserve-act-1934 (estimate)',
    );
    expect(parseValueTitle(valueTitle(gold))).toEqual(gold);
  });

  it('a row that itself holds a colon or a full stop stays whole', () => {
    const odd = {
      dataset: 'usd-gbp',
      row: '1925: par, 4.8665',
      sources: ['measuringworth-exchange-usuk'],
      estimate: false,
    };
    expect(parseValueTitle(valueTitle(odd))).toEqual(odd);
  });

  it('any other title is not a citation', () => {
    for (const title of [
      'Claims in the claims ledger',
      'Claims judged "contested" in the claims ledger',
      '2. Deficits erode (contested): the dollar era',
      'Shares of world GDP, 1500–1980: 1950. Source: Maddison',
      'gold-price: 1934. Source: ',
      '',
    ])
      expect(parseValueTitle(title), title).toBeUndefined();
  });
});

describe('entryLinkLabel', () => {
  it('names the source in a bibliography link’s label, and reads the name back from that label only', () => {
    const title = 'Currency Composition of Official Foreign Exchange Reserves (COFER): entry';
    expect(entryLinkTitle(entryLinkLabel(title))).toBe(title);
    expect(entryLinkTitle('Open the bibliography')).toBeUndefined();
    expect(entryLinkTitle(title)).toBeUndefined();
  });
});
