import { minus } from './format';

/** The worked answers' vocabulary: results, rows and the helpers that pick rows out of published data. */

/** A table row as the published data give it: column name → validated value. */
export type DataRow = Record<string, unknown>;

/** One computed result of a data activity: a number with the digits and unit it is printed with. */
export interface AnswerResult {
  /** What was computed, in words, with what the student found (the answers' line: `Highest debt 1800–1850 (1819)`). */
  label: string;
  /** The worksheet's blank: what to find, never a year or number the student is to work out. */
  task: string;
  value: number;
  /** Decimals to print. */
  digits: number;
  /** Unit written after the number (`%`, `percentage points`, `BTC`). */
  unit: string;
}

/** A worked answer: the rows a student picks out (only the columns the activity names), then the results. */
export interface WorkedAnswer {
  columns: string[];
  rows: (string | number)[][];
  results: AnswerResult[];
}

/** Reads one dataset's published rows by id. */
export type RowsOf = (dataset: string) => DataRow[];

export const num = (row: DataRow, column: string): number => {
  const v = row[column];
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new Error(`expected a number in ${column}, found ${String(v)}`);
  return v;
};
export const str = (row: DataRow, column: string): string => String(row[column]);
export const pick = (rows: DataRow[], columns: string[]) =>
  rows.map((r) => columns.map((c) => (r[c] as string | number) ?? ''));
export const pctChange = (from: number, to: number) => ((to - from) / from) * 100;
export const result = (label: string, value: number, digits: number, unit: string, task = label): AnswerResult => ({
  label,
  task,
  value,
  digits,
  unit,
});

/** The one row of `rows` whose `date` is `date`; a missing row stops the build. */
export function at(rows: DataRow[], date: string): DataRow {
  const row = rows.find((r) => str(r, 'date') === date);
  if (!row) throw new Error(`expected a row dated ${date}`);
  return row;
}

/** The row with the largest value in `column`. */
export function peak(rows: DataRow[], column: string): DataRow {
  return rows.reduce((best, r) => (num(r, column) > num(best, column) ? r : best));
}

/** Prints a result as its number with the digits and unit it asks for (`2.39 %`, `1960`). */
export function formatResult(r: AnswerResult): string {
  const n = r.value.toLocaleString('en-GB', {
    minimumFractionDigits: r.digits,
    maximumFractionDigits: r.digits,
    useGrouping: r.unit !== '',
  });
  return r.unit === '' ? minus(n) : `${minus(n)} ${r.unit}`;
}
