import { ERA_IDS, type EraId } from '../schemas/vocab';
import { defineCodec, type FieldCodec, type Migration } from './codec';

/**
 * Every verdict's URL form (`partly supported` is written `partly-supported`), in the
 * order of VERDICTS in src/schemas/claim.ts. Spelled out here so the browser's filter
 * does not import the schemas (and zod); a unit test keeps the two lists in step.
 */
export const VERDICT_SLUGS = ['supported', 'partly-supported', 'contested', 'not-supported', 'opinion'] as const;
export type VerdictSlug = (typeof VERDICT_SLUGS)[number];

/** The URL form of a verdict. */
export function verdictSlug(verdict: string): VerdictSlug {
  const slug = verdict
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const known = VERDICT_SLUGS.find((s) => s === slug);
  if (!known) throw new Error(`unknown verdict "${verdict}" (expected one of ${VERDICT_SLUGS.join(', ')})`);
  return known;
}

/** Which claims the ledger shows; both fields live in the URL (`?verdict=…&era=…`). */
export interface ClaimsState {
  /** Only claims with this verdict; `''` for every verdict. */
  verdict: VerdictSlug | '';
  /** Only claims that bear on an event of this era; `''` for every era. */
  era: EraId | '';
}

export const CLAIMS_DEFAULTS: ClaimsState = { verdict: '', era: '' };

/** One value out of a fixed list, or `''` for none; anything else falls back to the default. */
function choiceField<T extends string>(key: string, allowed: readonly T[]): FieldCodec<T | ''> {
  return {
    key,
    parse: (raw) => ((allowed as readonly string[]).includes(raw) ? (raw as T) : undefined),
    format: (value) => value,
    equals: (a, b) => a === b,
  };
}

/** Hand-written links may spell a verdict as shown (`partly supported`, `Not Supported`): read them as the slug. */
const spelledVerdict: Migration = (params) => {
  const out = new URLSearchParams(params);
  const raw = out.get('verdict');
  if (raw !== null)
    out.set(
      'verdict',
      raw
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-'),
    );
  return out;
};

const codec = defineCodec<ClaimsState>(
  CLAIMS_DEFAULTS,
  { verdict: choiceField('verdict', VERDICT_SLUGS), era: choiceField('era', ERA_IDS) },
  [spelledVerdict],
);

/** Reads the ledger's filters from a query string; never throws, unknown values fall back to "all". */
export function parseClaimsState(search: string | URLSearchParams): ClaimsState {
  return codec.parse(search);
}

/** Writes the ledger's filters as a query string with only what is set (`''` when nothing is). */
export function formatClaimsState(state: ClaimsState): string {
  return codec.format(state);
}
