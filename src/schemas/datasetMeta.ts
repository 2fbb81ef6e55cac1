import { z } from 'zod';
import { KebabId } from './common';

/** Column types as published in the catalog. */
export const COLUMN_TYPES = ['date', 'number', 'integer', 'string', 'boolean', 'id', 'ids'] as const;

/** One column of a dataset, as described in its `.yml` and published in the catalog. */
export const ColumnMeta = z.object({
  /** The CSV header name. */
  name: z.string().min(1),
  /** How to read the cells. */
  type: z.enum(COLUMN_TYPES),
  /** Unit of the values; empty for dates, ids and text. */
  unit: z.string().default(''),
  /** What the column holds. */
  description: z.string().min(1),
});

/** Metadata of a dataset (`data/<id>.yml`): what it measures and where it comes from. */
export const DatasetMeta = z.object({
  /** Human title. */
  title: z.string().min(1),
  /** One or two sentences: what the rows measure. */
  description: z.string().min(1),
  /** Main unit(s) of the values. */
  unit: z.string().min(1),
  /** How often the source observes. */
  frequency: z.enum(['annual', 'quarterly', 'monthly', 'daily', 'irregular', 'event', 'mixed']),
  /** Terms of reuse. */
  licence: z.string().min(1),
  /** Every bibliography id the rows cite; the events list none here, their catalog entry gathers them from the rows. */
  sources: z.array(KebabId).default([]),
  /** What a reader must know: definitions, vintages, gaps. */
  notes: z.string().default(''),
  /** One entry per CSV column, in order. */
  columns: z.array(ColumnMeta).min(1),
});
export type DatasetMeta = z.output<typeof DatasetMeta>;
