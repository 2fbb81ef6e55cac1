import { z } from 'zod';
import { Flag, Note, SourceIds } from './common';

/**
 * What every cited row shares, written once: each dataset schema states only
 * its own columns and names the flags it carries. The CSV header follows the
 * schema's keys, so the shared columns always come last, in this order:
 * `estimate`, `transcribed`, `source`, `note`.
 */

/** The flags a dataset may carry; each is `true`, `false` or an empty cell (`false`). */
const FLAGS = {
  /** The figure is an estimate (by the source, or derived by us as the note explains). */
  estimate: Flag,
  /** Typed by hand from a printed or scanned table. */
  transcribed: Flag,
};

/** Where a row comes from and what to know about it. */
const CITATION = {
  /** Bibliography ids, `;`-separated; each must resolve in `data/sources.yml`. */
  source: SourceIds,
  /** A short remark on this row. */
  note: Note,
};

/** A flag a cited row may carry. */
export type CitedFlag = keyof typeof FLAGS;

/**
 * The schema of a cited row: the dataset's own columns, then the flags it
 * names (in the order above), then `source` and `note`.
 */
export function citedRow<Own extends z.ZodRawShape, F extends CitedFlag = never>(own: Own, flags: readonly F[] = []) {
  const picked = Object.fromEntries(
    (Object.keys(FLAGS) as CitedFlag[])
      .filter((f) => (flags as readonly CitedFlag[]).includes(f))
      .map((f) => [f, FLAGS[f]]),
  ) as Pick<typeof FLAGS, F>;
  return z.object({ ...own, ...picked, ...CITATION });
}

/**
 * One of a fixed list of values, with an error that names them all
 * (`expected one of allocated, identified, total`), or the `error` given.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  error = `expected one of ${values.join(', ')}`,
) {
  return z.enum(values, { error });
}
