import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { correctionsFor } from '../../src/lib/corrections';
import { data, loadClaims, loadCorrections, loadEventAliases, loadEvents, loadSources } from '../../src/lib/data';
import { DATASETS } from '../../src/schemas/datasets/index';

const corrections = loadCorrections();

describe('corrections', () => {
  it('corrections: every table dataset loads with the checksum its record and corrections say was published', () => {
    for (const def of DATASETS) expect(() => data.rows(def), def.id).not.toThrow();
    expect([...data.publishedChecksums().keys()].sort()).toEqual(DATASETS.map((d) => d.id).sort());
  });

  it('corrections: every chapter an entry names is a file in content/chapters', () => {
    const chapters = corrections.flatMap((c) => c.affects.chapters);
    expect(chapters.length).toBeGreaterThan(0);
    expect(chapters.filter((id) => !existsSync(`content/chapters/${id}.mdx`))).toEqual([]);
  });

  it('corrections: each finding of the independent check has an entry', () => {
    expect(correctionsFor('datasets', 'us-current-account').length).toBeGreaterThan(0);
    expect(correctionsFor('chapters', '06-the-pattern-side-by-side')).toHaveLength(2);
    expect(correctionsFor('chapters', '03-the-sterling-era')).toHaveLength(1);
    for (const claim of [
      'triffin',
      'buyback-2024',
      'btc-properties',
      'bretton-woods',
      'debt-issuance',
      'crises-2008-2020',
    ])
      expect(correctionsFor('claims', claim).length, claim).toBeGreaterThan(0);
    for (const event of ['world-war-i', 'world-war-ii', 'tripartite-agreement', 'external-convertibility-1958'])
      expect(correctionsFor('events', event).length, event).toBeGreaterThan(0);
    expect(correctionsFor('sources', 'hansard-1947-04-17-sterling-balances')).toHaveLength(1);
  });

  it('correctionsFor(kind, id) links to the entry on the corrections page', () => {
    const [first] = correctionsFor('claims', 'triffin');
    expect(first.href).toBe('/corrections/#verdict-triffin');
    expect(correctionsFor('claims', 'no-such-claim')).toEqual([]);
  });

  it('corrections: a verdict entry records the verdict the ledger now shows', () => {
    const verdicts = new Map(loadClaims().map((c) => [c.id, c.verdict]));
    const entries = corrections.filter((c) => c.id.startsWith('verdict-'));
    expect(entries.length).toBe(5);
    for (const entry of entries) {
      const change = entry.changes.find((ch) => ch.what.endsWith(', verdict'));
      expect(change?.after, entry.id).toBe(verdicts.get(entry.affects.claims[0]));
    }
  });
});

describe('merged events and sources', () => {
  it('events: the duplicates are one event each, and the retired ids point to it', () => {
    const ids = new Set(loadEvents().map((e) => e.id));
    expect(ids.has('tripartite-agreement-1936')).toBe(false);
    expect(ids.has('european-currencies-convertible')).toBe(false);
    expect(Object.fromEntries(loadEventAliases())).toEqual({
      'tripartite-agreement-1936': 'tripartite-agreement',
      'european-currencies-convertible': 'external-convertibility-1958',
    });
    expect(loadEvents().filter((e) => /tripartite/i.test(e.title))).toHaveLength(1);
  });

  it('events: the world wars start on 28 July 1914 and 1 September 1939', () => {
    const date = (id: string) => loadEvents().find((e) => e.id === id)?.date;
    expect(date('world-war-i')).toBe('1914-07-28');
    expect(date('world-war-ii')).toBe('1939-09-01');
  });

  it('events and eras: the dollar overtakes sterling in the year the default dating ends sterling', () => {
    const event = loadEvents().find((e) => e.id === 'dollar-overtakes-sterling-in-reserves');
    const sterling = data.eras().find((e) => e.id === 'sterling');
    expect(event?.date).toBe(String(sterling?.datings[0].end));
    expect(event?.summary).toContain('mid-1920s');
  });

  it('sources: each merged pair is one entry, its old id an alias that resolves to it', () => {
    const sources = loadSources();
    const pairs = {
      'frh-bretton-woods-created': 'fed-history-bretton-woods',
      'frh-gold-convertibility-ends': 'fed-history-gold-convertibility',
      'fomc-2024-05-01': 'fed-pr-20240501',
      'history-state-gov-lend-lease': 'hso-lend-lease',
      'treasury-qrs-2024-05-01': 'treasury-qrs-2024-05',
    };
    for (const [alias, id] of Object.entries(pairs)) {
      expect(sources.get(alias)?.id, alias).toBe(id);
      expect([...sources.keys()]).not.toContain(alias);
      expect(sources.get(id)?.aliases).toContain(alias);
    }
    const urls = [...sources.values()].map((s) => s.url).filter((u) => u !== undefined);
    const repeated = urls.filter((u, i) => urls.indexOf(u) !== i);
    // The IMF COFER vintages and the OMB tables share a landing page but are different works.
    expect([...new Set(repeated)].sort()).toEqual([
      'https://data.imf.org/en/datasets/IMF.STA:COFER',
      'https://www.whitehouse.gov/omb/budget/historical-tables/',
    ]);
  });

  it('sources: every Hansard address uses the written_answers path', () => {
    const hansard = [...loadSources().values()].filter((s) => s.url?.includes('historic-hansard'));
    expect(hansard.length).toBeGreaterThan(3);
    expect(hansard.filter((s) => s.url?.includes('written-answers')).map((s) => s.id)).toEqual([]);
  });
});
