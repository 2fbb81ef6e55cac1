import { describe, expect, it } from 'vitest';
import { loadClaims } from '../../src/lib/data';

/**
 * The claim ids of the two tables in the article brief (ARGUMENT.md, "Claim ledger"),
 * copied by hand in table order. Tests must not read the shared brief, so a change
 * there has to be mirrored here on purpose.
 */
const IDS_1_1 = [
  'social-contract',
  'short-lives',
  'only-reserve-80y',
  'succession',
  'rise-after-victory',
  'wealth-seeds-decline',
  'war-debt-devaluation',
  'us-same-path',
  'bretton-woods',
  'triffin',
  'nixon-1971',
  'gold-35-850',
  'volcker-20',
  'debt-issuance',
  'debt-391b-34t',
  'crises-2008-2020',
  'volcker-or-ai',
  'polarisation',
  'sanctions-trust',
  'china-gold',
  'every-currency-ends',
] as const;

const IDS_1_2 = [
  'gold-hard-asset',
  'gold-access',
  'btc-properties',
  'btc-uah-6pct',
  'turkey-70',
  'btc-correlation',
  'etf-937',
  'buyback-2024',
  'security-budget',
  'fees-low',
  'miner-spiral',
  'gold-vs-btc',
] as const;

const ALL_IDS: readonly string[] = [...IDS_1_1, ...IDS_1_2];

const claims = loadClaims();
const byId = new Map(claims.map((c) => [c.id, c]));

/** A sentence end inside the text: `.`, `!` or `?` (not after a digit, as in "24. Februar") then a capital. */
const SENTENCE_BREAK = /(?<!\d)[.!?]\s+[A-ZÄÖÜ]/;

describe('claims ledger', () => {
  it('the hand-copied id list holds the 33 claims of ARGUMENT.md without repeats', () => {
    expect(ALL_IDS).toHaveLength(33);
    expect(new Set(ALL_IDS).size).toBe(ALL_IDS.length);
  });

  it('claims.yml has a record for every claim id in ARGUMENT.md', () => {
    const missing = ALL_IDS.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('claims.yml has no ids beyond those in ARGUMENT.md', () => {
    const known = new Set(ALL_IDS);
    const extra = claims.map((c) => c.id).filter((id) => !known.has(id));
    expect(extra).toEqual([]);
  });

  it('claims.yml lists each claim once, in the order of ARGUMENT.md', () => {
    expect(claims.map((c) => c.id)).toEqual(ALL_IDS);
  });

  it('each claim sits in the section whose table lists it', () => {
    const wrong = [
      ...IDS_1_1.filter((id) => byId.get(id)?.section !== '1.1'),
      ...IDS_1_2.filter((id) => byId.get(id)?.section !== '1.2'),
    ];
    expect(wrong).toEqual([]);
  });

  it('each German quote is at most 300 characters long', () => {
    const long = claims.filter((c) => c.quote_de.length > 300).map((c) => `${c.id} (${c.quote_de.length})`);
    expect(long).toEqual([]);
  });

  it('each German quote is a single sentence or clause, not a passage', () => {
    const passages = claims.filter((c) => SENTENCE_BREAK.test(c.quote_de)).map((c) => c.id);
    expect(passages).toEqual([]);
  });

  it('each claim has an evidence note and a counterpoint in words, not just a placeholder', () => {
    const thin = claims
      .filter((c) => c.evidence.trim().length < 80 || c.counterpoint.trim().length < 40)
      .map((c) => c.id);
    expect(thin).toEqual([]);
  });

  it('each claim cites at least one source and lists no source twice', () => {
    const bad = claims
      .filter((c) => c.sources.length === 0 || new Set(c.sources).size !== c.sources.length)
      .map((c) => c.id);
    expect(bad).toEqual([]);
  });

  it('the English rendering is never a copy of the German quote', () => {
    const copies = claims.filter((c) => c.claim_en.trim() === c.quote_de.trim()).map((c) => c.id);
    expect(copies).toEqual([]);
  });

  it('debt-391b-34t is supported and records the figures the article states', () => {
    const c = byId.get('debt-391b-34t');
    expect(c?.verdict).toBe('supported');
    expect(c?.figures).toEqual(expect.arrayContaining(['$391 bn', '$34 tn']));
    expect(c?.datasets).toContain('us-federal-debt');
  });

  it('only-reserve-80y is not supported, because other reserve currencies were held throughout', () => {
    const c = byId.get('only-reserve-80y');
    expect(c?.verdict).toBe('not supported');
    expect(c?.datasets).toContain('reserve-currency-shares');
  });

  it('claims that are scenarios or predictions are marked as opinion', () => {
    expect(byId.get('volcker-or-ai')?.verdict).toBe('opinion');
    expect(byId.get('every-currency-ends')?.verdict).toBe('opinion');
  });
});
