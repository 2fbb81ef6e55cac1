import { describe, expect, it } from 'vitest';
import { MAX_SUPPLY_SAT, halvingSchedule } from '../../src/lib/bitcoinSupply';
import { loadRows } from '../../src/lib/data';
import { bitcoinSupply } from '../../src/schemas/datasets/bitcoinSupply';

const rows = loadRows(bitcoinSupply);
const schedule = halvingSchedule();

describe('bitcoin-supply', () => {
  it('has one row per epoch, 0 to 33, in order', () => {
    expect(rows.map((r) => r.epoch)).toEqual(schedule.map((e) => e.epoch));
  });

  it('every row equals the protocol schedule computed by src/lib/bitcoinSupply', () => {
    const mismatches = rows.filter((r, i) => {
      const e = schedule[i];
      return (
        r.start_height !== e.startHeight ||
        BigInt(r.subsidy_sat) !== e.subsidySat ||
        BigInt(r.supply_end_sat) !== e.supplyEndSat
      );
    });
    expect(mismatches).toEqual([]);
  });

  it('the last row holds the protocol total of 2,099,999,997,690,000 satoshis', () => {
    expect(BigInt(rows.at(-1)!.supply_end_sat)).toBe(MAX_SUPPLY_SAT);
    expect(rows.at(-1)!.subsidy_sat).toBe(0);
  });

  it('satoshi amounts stay below 2^53, so the CSV numbers parse exactly', () => {
    expect(rows.every((r) => Number.isSafeInteger(r.supply_end_sat))).toBe(true);
  });

  it('the genesis and four halving dates are the days blocks 0, 210000, 420000, 630000 and 840000 were mined', () => {
    expect(rows.slice(0, 5).map((r) => r.date)).toEqual([
      '2009-01-03',
      '2012-11-28',
      '2016-07-09',
      '2020-05-11',
      '2024-04-20',
    ]);
  });

  it('epochs that have not begun have no date', () => {
    expect(rows.slice(5).every((r) => r.date === null)).toBe(true);
  });

  it('no row is flagged as an estimate', () => {
    expect(rows.some((r) => r.estimate)).toBe(false);
  });
});
