import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataStore } from '../../src/lib/data';
import { reserveCurrencyShares } from '../../src/schemas/datasets/reserveCurrencyShares';

const VALID = new URL('../fixtures/data-valid/', import.meta.url).pathname;
/** The fixture's recorded checksum for its reserve shares (tests/fixtures/data-valid/checksums.yml). */
const RECORDED = '2a81181846570b6b';

/** A fresh copy of the valid fixture in a folder named `data`. */
function copy(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'rc-corrections-')), 'data');
  cpSync(VALID, dir, { recursive: true });
  return dir;
}

const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));

/** A corrections entry for the fixture's reserve shares, moving its checksum from `before` to `after`. */
const entry = (id: string, date: string, before: string, after: string) => `
- id: ${id}
  date: '${date}'
  kind: correction
  title: US share for December 2024 corrected
  affects: { datasets: [reserve-currency-shares] }
  why: The share was mistyped.
  changes: [{ what: reserve-currency-shares 2024-12 USD, before: '58.41', after: '58.42' }]
  checksums: [{ dataset: reserve-currency-shares, before: '${before}', after: '${after}' }]
  sources: [imf-cofer]
`;

/** Changes one published value, loads the rows, and returns the message the build stops with. */
function changedValueMessage(dir: string): string {
  edit(dir, 'reserve-currency-shares.csv', (t) => t.replace('58.41', '58.42'));
  try {
    createDataStore(dir).rows(reserveCurrencyShares);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('published-value gate', () => {
  it('rows() passes on data whose checksum is the recorded one', () => {
    expect(createDataStore(copy()).rows(reserveCurrencyShares).rows).toHaveLength(3);
  });

  it('rows() ignores a change of notation that leaves the values alone (58.41 → 58.410)', () => {
    const dir = copy();
    edit(dir, 'reserve-currency-shares.csv', (t) => t.replace('58.41', '58.410'));
    expect(createDataStore(dir).rows(reserveCurrencyShares).rows[0].share).toBe(58.41);
  });

  it('rows() stops the build when a published value changes without a corrections entry, naming the dataset and the fix', () => {
    const message = changedValueMessage(copy());
    expect(message).toMatch(
      /^data\/reserve-currency-shares\.csv: the published values of reserve-currency-shares changed \(checksum 2a81181846570b6b → ([0-9a-f]{16})\) with no entry in data\/corrections\.yml\. If the change is meant, add an entry there saying what changed and why, with "checksums: \[\{ dataset: reserve-currency-shares, before: '2a81181846570b6b', after: '\1' \}\]"; otherwise undo the change\.$/,
    );
  });

  it('rows() accepts the changed value once a corrections entry moves the checksum', () => {
    const dir = copy();
    const after = /→ ([0-9a-f]{16})/.exec(changedValueMessage(dir))![1];
    writeFileSync(path.join(dir, 'corrections.yml'), entry('usd-2024-12', '2026-12-05', RECORDED, after));
    const store = createDataStore(dir);
    expect(store.rows(reserveCurrencyShares).rows[0].share).toBe(58.42);
    expect(store.publishedChecksums().get('reserve-currency-shares')).toBe(after);
  });

  it('rows() still stops the build when the value changes again after the entry', () => {
    const dir = copy();
    const after = /→ ([0-9a-f]{16})/.exec(changedValueMessage(dir))![1];
    writeFileSync(path.join(dir, 'corrections.yml'), entry('usd-2024-12', '2026-12-05', RECORDED, after));
    edit(dir, 'reserve-currency-shares.csv', (t) => t.replace('58.42', '58.43'));
    expect(() => createDataStore(dir).rows(reserveCurrencyShares)).toThrow(
      `the published values of reserve-currency-shares changed (checksum ${after} → `,
    );
  });

  it('publishedChecksums() rejects an entry whose "before" is not where the record stands (editing a checksum by hand)', () => {
    const dir = copy();
    writeFileSync(
      path.join(dir, 'corrections.yml'),
      entry('usd-2024-12', '2026-12-05', '0000000000000000', '1111111111111111'),
    );
    expect(() => createDataStore(dir).rows(reserveCurrencyShares)).toThrow(
      `data/corrections.yml:2:checksums: expected reserve-currency-shares's checksum before this entry to be "${RECORDED}", found "0000000000000000"`,
    );
  });

  it('rows() asks a dataset with no recorded checksum to record its first one', () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'checksums.yml'), '{}\n');
    expect(() => createDataStore(dir).rows(reserveCurrencyShares)).toThrow(
      `data/checksums.yml:1:reserve-currency-shares: expected the checksum of reserve-currency-shares as first published, found nothing; a new dataset records it there as "reserve-currency-shares: '${RECORDED}'"`,
    );
  });
});

describe('corrections()', () => {
  it('corrections() names an unknown claim and a retired event id still in use', () => {
    const dir = copy();
    writeFileSync(
      path.join(dir, 'corrections.yml'),
      `- id: merge
  date: '2026-12-05'
  kind: merge
  title: Two events merged
  affects: { claims: [trifin], events: [nixon-shock] }
  why: They were the same event.
  merged: [{ from: bretton-woods, into: nixon-shock }]
`,
    );
    const store = createDataStore(dir);
    expect(() => store.corrections()).toThrow(
      [
        'data/corrections.yml:1:affects.claims: expected a claim id from claims.yml, found "trifin"',
        'data/corrections.yml:1:merged.from: expected a retired event id, found "bretton-woods" still in events.csv',
      ].join('\n'),
    );
  });

  it('eventAliases() maps a merged event id to the event that survives', () => {
    const dir = copy();
    writeFileSync(
      path.join(dir, 'corrections.yml'),
      `- id: merge
  date: '2026-12-05'
  kind: merge
  title: Two events merged
  affects: { events: [nixon-shock] }
  why: They were the same event.
  merged: [{ from: nixon-shock-1971, into: nixon-shock }]
`,
    );
    expect([...createDataStore(dir).eventAliases()]).toEqual([['nixon-shock-1971', 'nixon-shock']]);
  });
});

describe('source aliases', () => {
  const withAlias = (dir: string, alias: string) =>
    edit(dir, 'sources.yml', (t) => t.replace('  licence: IMF terms', `  aliases: [${alias}]\n  licence: IMF terms`));

  it('sources() resolves a former id to the merged entry and lists each entry once', () => {
    const dir = copy();
    withAlias(dir, 'imf-cofer-old');
    edit(dir, 'reserve-currency-shares.csv', (t) =>
      t.replace(
        '2024-12,EUR,19.83,allocated,2026-07,false,false,imf-cofer,',
        '2024-12,EUR,19.83,allocated,2026-07,false,false,imf-cofer-old,',
      ),
    );
    const store = createDataStore(dir);
    expect(store.sources().get('imf-cofer-old')?.id).toBe('imf-cofer');
    expect([...store.sources().keys()]).toEqual(['imf-cofer', 'eichengreen-2011']);
    expect(store.sources().get('imf-cofer')?.aliases).toEqual(['imf-cofer-old']);
    // The rows still validate; the cited id changed, so the checksum asks for a corrections entry.
    expect(() => store.rows(reserveCurrencyShares)).toThrow('the published values of reserve-currency-shares changed');
  });

  it("sources() rejects an alias that is another entry's id", () => {
    const dir = copy();
    withAlias(dir, 'eichengreen-2011');
    expect(() => createDataStore(dir).sources()).toThrow(
      'data/sources.yml:1:aliases: expected an id no other entry uses, found "eichengreen-2011"',
    );
  });
});
