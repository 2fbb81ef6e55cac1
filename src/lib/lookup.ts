import { DATASETS } from '../schemas/datasets/index';
import { data } from './data';
import { FORMATS, type FormatName } from './format';

/** Which row of which dataset a number in the prose comes from. */
export interface ValueQuery {
  /** Dataset id. */
  dataset: string;
  /** Field values the row must have (all of them). */
  where: Record<string, string | number>;
  /** Field to read. */
  field: string;
}

/**
 * Finds the one row a query names and returns the field's value with the
 * row's sources. Zero or several matches stop the build: a number in the text
 * must never silently come from the wrong row, or from nowhere.
 */
export function lookupValue(query: ValueQuery): {
  value: number;
  source: string[];
  estimate: boolean;
  row: Record<string, unknown>;
} {
  const def = DATASETS.find((d) => d.id === query.dataset);
  if (!def) throw new Error(`Value: unknown dataset "${query.dataset}"`);
  const rows = data.rows(def).rows;
  const matches = rows.filter((r) => Object.entries(query.where).every(([k, v]) => String(r[k]) === String(v)));
  const describe = `${query.dataset} where ${JSON.stringify(query.where)}`;
  if (matches.length !== 1) throw new Error(`Value: expected exactly one row in ${describe}, found ${matches.length}`);
  const row = matches[0];
  const value = row[query.field];
  if (typeof value !== 'number')
    throw new Error(`Value: ${describe} has no number in field "${query.field}" (found ${JSON.stringify(value)})`);
  return { value, source: (row['source'] as string[] | undefined) ?? [], estimate: row['estimate'] === true, row };
}

/**
 * A number in the prose as every page prints it (the chapter's `<Value />` and its numbers page): the row's value
 * in the named format, `number` unless the query names another, with what `lookupValue` finds.
 */
export function readValue(query: ValueQuery & { format?: string | undefined }): ReturnType<typeof lookupValue> & {
  shown: string;
} {
  const format = query.format ?? 'number';
  if (!Object.hasOwn(FORMATS, format))
    throw new Error(`Value: ${query.dataset} asks for the unknown format "${format}"`);
  const found = lookupValue(query);
  return { ...found, shown: FORMATS[format as FormatName](found.value) };
}
