import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FINAL_EPOCH,
  HALVING_INTERVAL,
  INITIAL_SUBSIDY_SAT,
  MAX_SUPPLY_SAT,
  SATS_PER_BTC,
  epochOf,
  halvingSchedule,
  satToBtc,
  subsidyAt,
  supplyAtHeight,
} from '../../src/lib/bitcoinSupply';

/** Block-by-block sum for small heights: the slow, obviously right version of supplyAtHeight. */
function naiveSupply(height: number): bigint {
  let total = 0n;
  for (let h = 0; h <= height; h += 1) total += subsidyAt(h);
  return total;
}

describe('subsidyAt', () => {
  it('subsidyAt(0) is 50 BTC (5,000,000,000 satoshis)', () => {
    expect(subsidyAt(0)).toBe(5_000_000_000n);
    expect(INITIAL_SUBSIDY_SAT).toBe(50n * SATS_PER_BTC);
  });

  it('subsidyAt halves exactly at each multiple of 210,000, not one block earlier', () => {
    expect(subsidyAt(209_999)).toBe(5_000_000_000n);
    expect(subsidyAt(210_000)).toBe(2_500_000_000n);
    expect(subsidyAt(419_999)).toBe(2_500_000_000n);
    expect(subsidyAt(420_000)).toBe(1_250_000_000n);
    expect(subsidyAt(630_000)).toBe(625_000_000n);
    expect(subsidyAt(840_000)).toBe(312_500_000n);
  });

  it('subsidyAt rounds down: 4,882,812 satoshis in epoch 10, not 4,882,812.5', () => {
    expect(subsidyAt(10 * HALVING_INTERVAL)).toBe(4_882_812n);
  });

  it('subsidyAt pays 1 satoshi in the last paying epoch and 0 from block 6,930,000 on', () => {
    expect(subsidyAt(6_929_999)).toBe(1n);
    expect(subsidyAt(6_930_000)).toBe(0n);
    expect(subsidyAt(64 * HALVING_INTERVAL)).toBe(0n);
    expect(subsidyAt(Number.MAX_SAFE_INTEGER)).toBe(0n);
  });

  it('subsidyAt rejects negative, fractional and non-finite heights', () => {
    expect(() => subsidyAt(-1)).toThrow(RangeError);
    expect(() => subsidyAt(1.5)).toThrow('expected a block height');
    expect(() => subsidyAt(Number.NaN)).toThrow(RangeError);
    expect(() => subsidyAt(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('subsidyAt never increases with height', () => {
    fc.assert(
      fc.property(fc.nat(8_000_000), fc.nat(8_000_000), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return subsidyAt(lo) >= subsidyAt(hi);
      }),
    );
  });
});

describe('epochOf', () => {
  it('epochOf puts blocks 0-209,999 in epoch 0 and block 840,000 in epoch 4', () => {
    expect(epochOf(0)).toBe(0);
    expect(epochOf(209_999)).toBe(0);
    expect(epochOf(210_000)).toBe(1);
    expect(epochOf(840_000)).toBe(4);
  });
});

describe('supplyAtHeight', () => {
  it('supplyAtHeight(0) is the genesis subsidy alone', () => {
    expect(supplyAtHeight(0)).toBe(5_000_000_000n);
  });

  it('supplyAtHeight(209,999) is 10,500,000 BTC, the whole first epoch', () => {
    expect(supplyAtHeight(209_999)).toBe(10_500_000n * SATS_PER_BTC);
  });

  it('supplyAtHeight(839,999) is 19,687,500 BTC, the supply before the fourth halving', () => {
    expect(supplyAtHeight(839_999)).toBe(19_687_500n * SATS_PER_BTC);
  });

  it('supplyAtHeight agrees with a block-by-block sum', () => {
    for (const h of [1, 2, 9_999, 12_345]) expect(supplyAtHeight(h)).toBe(naiveSupply(h));
  });

  it('supplyAtHeight(h) - supplyAtHeight(h - 1) equals subsidyAt(h) at any height', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8_000_000 }),
        (h) => supplyAtHeight(h) - supplyAtHeight(h - 1) === subsidyAt(h),
      ),
    );
  });

  it('supplyAtHeight reaches 2,099,999,997,690,000 satoshis and stays there', () => {
    expect(supplyAtHeight(6_929_999)).toBe(MAX_SUPPLY_SAT);
    expect(supplyAtHeight(6_930_000)).toBe(MAX_SUPPLY_SAT);
    expect(supplyAtHeight(100_000_000)).toBe(MAX_SUPPLY_SAT);
  });

  it('supplyAtHeight never exceeds 21 million BTC', () => {
    fc.assert(fc.property(fc.nat(50_000_000), (h) => supplyAtHeight(h) < 21_000_000n * SATS_PER_BTC));
  });
});

describe('halvingSchedule', () => {
  const schedule = halvingSchedule();

  it('halvingSchedule() lists epochs 0 to 33, one every 210,000 blocks', () => {
    expect(schedule).toHaveLength(FINAL_EPOCH + 1);
    schedule.forEach((e, i) => {
      expect(e.epoch).toBe(i);
      expect(e.startHeight).toBe(i * HALVING_INTERVAL);
      expect(e.endHeight).toBe(e.startHeight + HALVING_INTERVAL - 1);
    });
  });

  it('halvingSchedule() ends with a zero-subsidy epoch after a 1-satoshi epoch', () => {
    expect(schedule[32].subsidySat).toBe(1n);
    expect(schedule[33].subsidySat).toBe(0n);
  });

  it('halvingSchedule() supply at each epoch end equals supplyAtHeight of its last block', () => {
    for (const e of schedule) expect(e.supplyEndSat).toBe(supplyAtHeight(e.endHeight));
  });

  it('halvingSchedule() issuance adds up to the cumulative supply', () => {
    let total = 0n;
    for (const e of schedule) {
      total += e.issuanceSat;
      expect(e.supplyEndSat).toBe(total);
    }
    expect(total).toBe(MAX_SUPPLY_SAT);
  });
});

describe('satToBtc', () => {
  it('satToBtc(MAX_SUPPLY_SAT) is "20999999.9769"', () => {
    expect(satToBtc(MAX_SUPPLY_SAT)).toBe('20999999.9769');
  });

  it('satToBtc writes whole coins without a decimal point and keeps leading zeros in the fraction', () => {
    expect(satToBtc(5_000_000_000n)).toBe('50');
    expect(satToBtc(1n)).toBe('0.00000001');
    expect(satToBtc(-150_000_000n)).toBe('-1.5');
  });
});
