import { z } from 'zod';
import { KebabId } from './common';

/**
 * What kind of change an entry records. `correction`: something we published was wrong and is fixed;
 * `clarification`: a true statement made precise; `merge`: duplicate records joined under one id;
 * `review`: a finding was checked and what we publish stays as it was, for the reasons given;
 * `update`: a dataset gains rows or a newer vintage.
 */
export const CORRECTION_KINDS = ['correction', 'clarification', 'merge', 'review', 'update'] as const;

/** A dataset checksum: the first 16 hex digits of SHA-256 over its validated rows (see `datasetChecksum`). */
export const Checksum = z
  .string({ error: 'expected a 16-digit hex checksum in quotes' })
  .regex(/^[0-9a-f]{16}$/, { error: 'expected a 16-digit hex checksum in quotes' });

const ids = z.array(KebabId).default([]);

/** The published things an entry concerns; each links back to the entry. */
export const CorrectionTargets = z
  .object({
    /** Dataset ids (`/data/#<id>`), including `events`. */
    datasets: ids,
    /** Claim ids (`/claims/<id>/`). */
    claims: ids,
    /** Event ids (`/timeline/<id>/`), as they are after the change. */
    events: ids,
    /** Chapter ids: the file name in `content/chapters/` without `.mdx`. */
    chapters: ids,
    /** Bibliography ids, as they are after the change. */
    sources: ids,
  })
  .refine((t) => Object.values(t).some((list) => list.length > 0), {
    error: 'expected at least one dataset, claim, event, chapter or source',
  });

/** One value or wording as published before the change and as published after it. */
export const CorrectionChange = z.object({
  /** Where it is: a row, a sentence, a field (`us-current-account 2024`, `chapter 6, US debt peak`). */
  what: z.string().min(1),
  /** As it read before (a value, a date or a short quote). */
  before: z.string().min(1),
  /** As it reads now; the same as `before` for a `review` that changes nothing. */
  after: z.string().min(1),
});

/** How a dataset's checksum moves: the only way a published dataset's values may change. */
export const ChecksumMove = z.object({
  /** Dataset id. */
  dataset: KebabId,
  /** The checksum before this entry: the recorded one in `checksums.yml` or the previous entry's `after`. */
  before: Checksum,
  /** The checksum of the rows as they are after this entry. */
  after: Checksum,
});

/** An event id that no longer exists, and the event it was merged into; `/timeline/<from>/` keeps working. */
export const MergedId = z.object({
  /** The retired event id. */
  from: KebabId,
  /** The surviving event id. */
  into: KebabId,
});

/** One entry of `data/corrections.yml`, shown at `/corrections/#<id>`. */
export const Correction = z.object({
  /** Stable id, the anchor on the corrections page. */
  id: KebabId,
  /** When the change was published (ISO date). */
  date: z.iso.date({ error: 'expected an ISO date (YYYY-MM-DD)' }),
  /** What kind of change it is. */
  kind: z.enum(CORRECTION_KINDS, { error: `expected one of ${CORRECTION_KINDS.join(', ')}` }),
  /** A headline in our words. */
  title: z.string().min(3).max(140),
  /** What the entry concerns. */
  affects: CorrectionTargets,
  /** Why it changed (or why it did not), with the evidence. */
  why: z.string().min(1),
  /** Before and after, one item per value or wording. */
  changes: z.array(CorrectionChange).default([]),
  /** Checksum moves of the datasets whose rows changed. */
  checksums: z.array(ChecksumMove).default([]),
  /** Event ids retired by a merge. */
  merged: z.array(MergedId).default([]),
  /** Bibliography ids for the evidence. */
  sources: z.array(KebabId).default([]),
});
export type Correction = z.output<typeof Correction>;

/** The kinds of published thing a correction can concern. */
export type CorrectionTarget = keyof z.output<typeof CorrectionTargets>;

/** `data/checksums.yml`: each dataset's checksum as first published; only corrections entries move it afterwards. */
export const Checksums = z.record(KebabId, Checksum);
