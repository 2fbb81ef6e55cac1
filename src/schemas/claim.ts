import { z } from 'zod';
import { KebabId } from './common';

/** How well the evidence supports a claim. `opinion` marks claims no data can settle. */
export const VERDICTS = ['supported', 'partly supported', 'contested', 'not supported', 'opinion'] as const;

/** One claim of the article (section 1), with our verdict and the evidence for it. */
export const Claim = z.object({
  /** Stable id: the claim's page `/claims/<id>/` and its anchor in the ledger `/claims/#<id>`. */
  id: KebabId,
  /** Section of the article: `1.1` (reserve currencies) or `1.2` (Bitcoin). */
  section: z.enum(['1.1', '1.2']),
  /** A short quote from the German original (at most a sentence). */
  quote_de: z.string().min(1).max(300),
  /** Our English rendering of the quote. */
  claim_en: z.string().min(1).max(400),
  /** Figures the article states, as written there ("$391 bn", "34 %"). */
  figures: z.array(z.string()).default([]),
  /** Dataset ids that test the claim. */
  datasets: z.array(KebabId).default([]),
  /** Our verdict. */
  verdict: z.enum(VERDICTS, { error: `expected one of ${VERDICTS.join(', ')}` }),
  /** What the evidence shows, in our words, with figures. */
  evidence: z.string().min(1),
  /** The strongest counterpoint to the claim (or to our verdict). */
  counterpoint: z.string().min(1),
  /** Bibliography ids for the evidence and counterpoint. */
  sources: z.array(KebabId).min(1),
});
export type Claim = z.output<typeof Claim>;
