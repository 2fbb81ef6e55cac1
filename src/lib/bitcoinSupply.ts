/**
 * Bitcoin's issuance schedule, computed from the consensus rule rather than
 * copied from a table: a block's subsidy is 50 BTC shifted right by one bit per
 * 210,000 blocks (Bitcoin Core `GetBlockSubsidy`). Amounts are BigInt satoshis,
 * so the integer truncation that makes the total fall short of 21 million
 * (20,999,999.9769 BTC) is reproduced exactly instead of lost to floating point.
 *
 * "Supply" here is the sum of the subsidies the rule allows. It is an upper
 * bound on coins in existence: the genesis block's 50 BTC cannot be spent, and
 * some miners claimed less than the subsidy they were allowed.
 */

/** Satoshis in one bitcoin. */
export const SATS_PER_BTC = 100_000_000n;
/** Blocks between halvings (`nSubsidyHalvingInterval` on mainnet). */
export const HALVING_INTERVAL = 210_000;
/** Subsidy of every block in the first epoch: 50 BTC. */
export const INITIAL_SUBSIDY_SAT = 50n * SATS_PER_BTC;
/** The first epoch whose subsidy is zero: 5,000,000,000 >> 33 rounds down to 0. */
export const FINAL_EPOCH = 33;
/** Every subsidy the rule will ever pay, summed: 20,999,999.9769 BTC. */
export const MAX_SUPPLY_SAT = 2_099_999_997_690_000n;

/** One halving epoch: 210,000 blocks that all pay the same subsidy. */
export interface HalvingEpoch {
  /** 0 for the genesis epoch; the epoch number equals the number of halvings before it. */
  epoch: number;
  /** Height of the epoch's first block. */
  startHeight: number;
  /** Height of the epoch's last block. */
  endHeight: number;
  /** Subsidy of each block in the epoch, in satoshis. */
  subsidySat: bigint;
  /** New coins the epoch adds: its subsidy times 210,000 blocks. */
  issuanceSat: bigint;
  /** Cumulative subsidy from the genesis block to the epoch's last block, in satoshis. */
  supplyEndSat: bigint;
}

/** Rejects heights the chain cannot have, so that a typo fails loudly instead of returning 0. */
function checkHeight(height: number): void {
  if (!Number.isSafeInteger(height) || height < 0) {
    throw new RangeError(`expected a block height (a whole number ≥ 0), found ${height}`);
  }
}

/** The halving epoch a block belongs to: `floor(height / 210000)`. */
export function epochOf(height: number): number {
  checkHeight(height);
  return Math.floor(height / HALVING_INTERVAL);
}

/** Subsidy of one epoch's blocks, in satoshis, as the consensus rule computes it. */
function epochSubsidy(epoch: number): bigint {
  // Bitcoin Core returns 0 from 64 halvings on, where a 64-bit shift would be undefined.
  if (epoch >= 64) return 0n;
  return INITIAL_SUBSIDY_SAT >> BigInt(epoch);
}

/** The block subsidy at `height`, in satoshis: 5,000,000,000 right-shifted once per halving. */
export function subsidyAt(height: number): bigint {
  return epochSubsidy(epochOf(height));
}

/**
 * Total subsidy paid by blocks 0 through `height` inclusive, in satoshis.
 * Whole epochs are summed first, then the partial epoch, so the cost does not grow with height.
 */
export function supplyAtHeight(height: number): bigint {
  const epoch = epochOf(height);
  let total = 0n;
  for (let e = 0; e < Math.min(epoch, FINAL_EPOCH); e += 1) {
    total += epochSubsidy(e) * BigInt(HALVING_INTERVAL);
  }
  const blocksInEpoch = BigInt(height - epoch * HALVING_INTERVAL + 1);
  return total + epochSubsidy(epoch) * blocksInEpoch;
}

/** Epochs 0 to 33: every epoch that pays a subsidy, then the first that pays none. */
export function halvingSchedule(): HalvingEpoch[] {
  const epochs: HalvingEpoch[] = [];
  let supply = 0n;
  for (let epoch = 0; epoch <= FINAL_EPOCH; epoch += 1) {
    const subsidySat = epochSubsidy(epoch);
    const issuanceSat = subsidySat * BigInt(HALVING_INTERVAL);
    supply += issuanceSat;
    epochs.push({
      epoch,
      startHeight: epoch * HALVING_INTERVAL,
      endHeight: (epoch + 1) * HALVING_INTERVAL - 1,
      subsidySat,
      issuanceSat,
      supplyEndSat: supply,
    });
  }
  return epochs;
}

/** Satoshis as an exact decimal BTC string, trailing zeros dropped: `2099999997690000n` → `"20999999.9769"`. */
export function satToBtc(sat: bigint): string {
  const sign = sat < 0n ? '-' : '';
  const abs = sat < 0n ? -sat : sat;
  const whole = abs / SATS_PER_BTC;
  const fraction = (abs % SATS_PER_BTC).toString().padStart(8, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
