import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataStore } from '../../src/lib/data';
import { reserveCurrencyShares } from '../../src/schemas/datasets/reserveCurrencyShares';

const VALID = new URL('../fixtures/data-valid/', import.meta.url).pathname;

/** A copy of the valid fixture in a fresh folder named `data`, with one file edited. */
function fixture(file?: string, edit?: (text: string) => string): ReturnType<typeof createDataStore> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'rc-data-')), 'data');
  cpSync(VALID, dir, { recursive: true });
  if (file && edit) writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')));
  return createDataStore(dir);
}

const loadAll = (store: ReturnType<typeof createDataStore>) => {
  store.rows(reserveCurrencyShares);
  store.events();
};

describe('createDataStore(dir)', () => {
  it('createDataStore(valid).rows() parses numbers, lists, flags and quoted cells', () => {
    const store = fixture();
    const rows = store.rows(reserveCurrencyShares).rows;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      date: '2024-12',
      currency: 'USD',
      share: 58.41,
      estimate: false,
      source: ['imf-cofer'],
    });
    expect(rows[2].note).toBe('a note, with a comma');
    expect(store.events().rows.map((e) => e.id)).toEqual(['nixon-shock', 'bretton-woods']);
  });

  it('rows() names file, line and column for a non-numeric value', () => {
    const store = fixture('reserve-currency-shares.csv', (t) => t.replace('58.41', '5B.41'));
    expect(() => loadAll(store)).toThrow(
      'data/reserve-currency-shares.csv:2:share: expected a number between 0 and 100, found "5B.41"',
    );
  });

  it('rows() rejects a share over 100', () => {
    const store = fixture('reserve-currency-shares.csv', (t) => t.replace('19.83', '119.83'));
    expect(() => loadAll(store)).toThrow(
      'data/reserve-currency-shares.csv:3:share: expected a number between 0 and 100, found "119.83"',
    );
  });

  it('rows() rejects a source id that is not in the bibliography', () => {
    const store = fixture('reserve-currency-shares.csv', (t) =>
      t.replace(
        '2025-03,USD,57.79,allocated,2026-07,false,false,imf-cofer',
        '2025-03,USD,57.79,allocated,2026-07,false,false,imf-cofr',
      ),
    );
    expect(() => loadAll(store)).toThrow(
      'data/reserve-currency-shares.csv:4:source: expected a source id from sources.yml, found "imf-cofr"',
    );
  });

  it('rows() rejects a row with no source', () => {
    const store = fixture('reserve-currency-shares.csv', (t) =>
      t.replace(
        '2024-12,EUR,19.83,allocated,2026-07,false,false,imf-cofer,',
        '2024-12,EUR,19.83,allocated,2026-07,false,false,,',
      ),
    );
    expect(() => loadAll(store)).toThrow(
      'data/reserve-currency-shares.csv:3:source: expected at least one source id, found ""',
    );
  });

  it('rows() rejects an impossible date', () => {
    const store = fixture('reserve-currency-shares.csv', (t) => t.replace('2025-03,USD', '2025-13,USD'));
    expect(() => loadAll(store)).toThrow(
      'data/reserve-currency-shares.csv:4:date: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), found "2025-13"',
    );
  });

  it('rows() rejects a repeated key and names the first line', () => {
    const store = fixture('reserve-currency-shares.csv', (t) => t.replace('2025-03,USD', '2024-12,USD'));
    expect(() => loadAll(store)).toThrow(
      'data/reserve-currency-shares.csv:4:date: expected a unique date+currency+basis+vintage, found a repeat of line 2',
    );
  });

  it('rows() rejects a header that does not match the schema', () => {
    const store = fixture('reserve-currency-shares.csv', (t) => t.replace('share,basis', 'value,basis'));
    expect(() => loadAll(store)).toThrow(
      'data/reserve-currency-shares.csv:1:(header): expected columns date,currency,share,basis,vintage,estimate,transcribed,source,note',
    );
  });

  it('events() rejects an event dated outside its era', () => {
    const store = fixture('events.csv', (t) => t.replace('1944-07,month', '1844-07,month'));
    expect(() => loadAll(store)).toThrow(
      'data/events.csv:3:date: expected a date inside the dollar era (1861–today), found "1844-07"',
    );
  });

  it('events() rejects a duplicate event id', () => {
    const store = fixture('events.csv', (t) => t.replace('bretton-woods,1944', 'nixon-shock,1944'));
    expect(() => loadAll(store)).toThrow('data/events.csv:3:id: expected a unique event id, found a repeat of line 2');
  });

  it('events() rejects a value of the wrong type', () => {
    const store = fixture('events.csv', (t) =>
      t.replace('ending Bretton Woods convertibility.",1,', 'ending Bretton Woods convertibility.",high,'),
    );
    expect(() => loadAll(store)).toThrow('data/events.csv:2:importance: expected 1, 2 or 3, found "high"');
  });

  it('events() rejects a calendar date that does not exist', () => {
    const store = fixture('events.csv', (t) => t.replace('1971-08-15,day', '1971-02-30,day'));
    expect(() => loadAll(store)).toThrow(
      'data/events.csv:2:date: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), found "1971-02-30"',
    );
  });

  it('events() rejects a source id that is not in the bibliography', () => {
    const store = fixture('events.csv', (t) =>
      t.replace(',1,eichengreen-2011,triffin,', ',1,eichengreen-2012,triffin,'),
    );
    expect(() => loadAll(store)).toThrow(
      'data/events.csv:2:source: expected a source id from sources.yml, found "eichengreen-2012"',
    );
  });

  it('events() rejects an event with no source', () => {
    const store = fixture('events.csv', (t) =>
      t.replace('dollar and gold.",1,eichengreen-2011,,', 'dollar and gold.",1,,,'),
    );
    expect(() => loadAll(store)).toThrow('data/events.csv:3:source: expected at least one source id, found ""');
  });

  it('events() rejects a claim id missing from the ledger', () => {
    const store = fixture('events.csv', (t) => t.replace(',triffin,', ',trifin,'));
    expect(() => loadAll(store)).toThrow(
      'data/events.csv:2:claims: expected a claim id from claims.yml, found "trifin"',
    );
  });

  it('events() rejects a precision that does not match the date', () => {
    const store = fixture('events.csv', (t) => t.replace('1971-08-15,day', '1971-08-15,month'));
    expect(() => loadAll(store)).toThrow(
      'data/events.csv:2:precision: expected the precision of 1971-08-15, found "month"',
    );
  });

  it('sources() rejects an http URL and names the line of the entry', () => {
    const store = fixture('sources.yml', (t) => t.replace('https://data.imf.org', 'http://data.imf.org'));
    expect(() => loadAll(store)).toThrow(
      'data/sources.yml:1:url: expected an https URL, found "http://data.imf.org/en/datasets/IMF.STA:COFER"',
    );
  });

  it('eras() rejects a dating that cites an unknown source', () => {
    const store = fixture('eras.yml', (t) => t.replace('sources: [eichengreen-2011]', 'sources: [eichengreen-2012]'));
    expect(() => loadAll(store)).toThrow(
      'data/eras.yml:1:datings.sources: expected a source id from sources.yml, found "eichengreen-2012"',
    );
  });
});
