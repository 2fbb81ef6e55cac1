import type { DatasetDefinition } from '../dataset';
import { policyRates } from './policyRates';
import { reserveCurrencyShares } from './reserveCurrencyShares';
import { usCurrentAccount } from './usCurrentAccount';
import { usFederalDebt } from './usFederalDebt';
import { usInflation } from './usInflation';

/** Every curated table dataset, in the order the catalog lists them. */
export const DATASETS: readonly DatasetDefinition[] = [
  reserveCurrencyShares,
  usFederalDebt,
  usCurrentAccount,
  usInflation,
  policyRates,
];

/** Public ids of every published dataset, including the timeline's events. */
export function datasetIds(): string[] {
  return [...DATASETS.map((d) => d.id), 'events'];
}
