import type { DatasetDefinition } from '../dataset';
import { bitcoinSupply } from './bitcoinSupply';
import { brettonWoodsDelegations } from './brettonWoodsDelegations';
import { centralBankSanctions2022 } from './centralBankSanctions2022';
import { dollarPegs2023 } from './dollarPegs2023';
import { dutchTradingPosts } from './dutchTradingPosts';
import { goldPrice } from './goldPrice';
import { guilder } from './guilder';
import { policyRates } from './policyRates';
import { reserveCurrencyShares } from './reserveCurrencyShares';
import { sterlingAnchors } from './sterlingAnchors';
import { sterlingBalances } from './sterlingBalances';
import { ukPublicDebt } from './ukPublicDebt';
import { usCurrentAccount } from './usCurrentAccount';
import { usdGbp } from './usdGbp';
import { usFederalDebt } from './usFederalDebt';
import { usGoldVsLiabilities } from './usGoldVsLiabilities';
import { usInflation } from './usInflation';
import { worldGdpShares } from './worldGdpShares';

/** Every curated table dataset, in the order the catalog lists them: reserves first, then each era's evidence. */
export const DATASETS: readonly DatasetDefinition[] = [
  reserveCurrencyShares,
  worldGdpShares,
  guilder,
  ukPublicDebt,
  usdGbp,
  sterlingBalances,
  usFederalDebt,
  usGoldVsLiabilities,
  usCurrentAccount,
  usInflation,
  policyRates,
  goldPrice,
  bitcoinSupply,
  dutchTradingPosts,
  brettonWoodsDelegations,
  centralBankSanctions2022,
  dollarPegs2023,
  sterlingAnchors,
];

/** Public ids of every published dataset, including the timeline's events. */
export function datasetIds(): string[] {
  return [...DATASETS.map((d) => d.id), 'events'];
}
