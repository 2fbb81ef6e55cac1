import type { z } from 'zod';

/** A curated dataset: its public id, the schema of one CSV row, and what makes a row unique. */
export interface DatasetDefinition<Row extends z.ZodObject = z.ZodObject> {
  /** Public, stable, kebab-case id: the file names `data/<id>.csv`, `data/<id>.yml` and `/data/<id>.json`. */
  id: string;
  /** Schema of one CSV row; its keys are the CSV header, in order. */
  row: Row;
  /** The fields whose values together identify a row; a repeat stops the build. */
  key: readonly (keyof z.output<Row> & string)[];
}

/** Declares a dataset with its row type checked against its key. */
export function defineDataset<Row extends z.ZodObject>(definition: DatasetDefinition<Row>): DatasetDefinition<Row> {
  return definition;
}
