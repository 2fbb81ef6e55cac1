import { z } from 'zod';
import { KebabId } from './common';

/** One entry of the bibliography (`data/sources.yml`), cited by id from every row, event and claim. */
export const Source = z.object({
  /** Stable id: `<publisher>-<series or table>` (`fred-gfdebtn`) or `<author>-<year>` (`lindert-1969`). */
  id: KebabId,
  /** Person or institution responsible for the content. */
  author: z.string().min(1),
  /** Title of the work, table or series. */
  title: z.string().min(1),
  /** Who publishes it (the upstream publisher, never a mirror). */
  publisher: z.string().min(1),
  /** Year of the edition or release used. */
  year: z.number().int().min(1600).max(2100),
  /** Where to find it; absent for print-only works. */
  url: z.url({ protocol: /^https$/, error: 'expected an https URL' }).optional(),
  /** Table, series id or page within the work. */
  locator: z.string().min(1),
  /** When we consulted it (ISO date). */
  accessed: z.iso.date(),
  /** Terms of reuse as the publisher states them; kept without a final full stop, which the pages write themselves. */
  licence: z
    .string()
    .min(1)
    .transform((s) => s.replace(/\.$/, '')),
  /** Anything a reader should know before relying on it (vintage, scope, transcription). */
  note: z.string().optional(),
  /** Former ids of this entry, merged into it; data that still cites one resolves to this entry. */
  aliases: z.array(KebabId).default([]),
});
export type Source = z.output<typeof Source>;
