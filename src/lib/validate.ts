import type { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import type { CsvRecord } from './csv';

/** A data file broke a rule: the message lists each problem as `file:line:column: …`. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'DataError';
  }
}

const MAX_PROBLEMS = 20;

/** Shows what was found in a message, quoted, shortened, never as markup. */
export function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${text.length > 60 ? text.slice(0, 57) + '...' : text}"`;
}

/** Turns a zod issue on a record into `file:line:column: expected …, found "…"`. */
function describeIssue(file: string, line: number, issue: z.core.$ZodIssue, record: unknown): string {
  const column = issue.path.length > 0 ? issue.path.map(String).join('.') : '(row)';
  let value: unknown = record;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  const expected = issue.message.startsWith('expected') ? issue.message : `expected ${issue.message}`;
  return `${file}:${line}:${column}: ${expected}, found ${found(value)}`;
}

/**
 * Validates CSV records against a row schema. The first record is the header,
 * which must list the schema's keys in order. Collects problems across the
 * file (up to a limit) so one run shows everything to fix.
 */
export function validateCsv<Row extends z.ZodObject>(
  file: string,
  records: CsvRecord[],
  schema: Row,
): { rows: z.output<Row>[]; lines: number[] } {
  const expectedHeader = Object.keys(schema.shape);
  const [header, ...body] = records;
  if (!header || header.cells.join(',') !== expectedHeader.join(',')) {
    throw new DataError([
      `${file}:1:(header): expected columns ${expectedHeader.join(',')}, found ${found(header?.cells.join(','))}`,
    ]);
  }
  const problems: string[] = [];
  const rows: z.output<Row>[] = [];
  const lines: number[] = [];
  for (const { line, cells } of body) {
    if (cells.length !== expectedHeader.length) {
      problems.push(`${file}:${line}:(row): expected ${expectedHeader.length} cells, found ${cells.length}`);
      continue;
    }
    const record = Object.fromEntries(expectedHeader.map((name, i) => [name, cells[i]]));
    const result = schema.safeParse(record);
    if (result.success) {
      rows.push(result.data);
      lines.push(line);
    } else {
      for (const issue of result.error.issues) problems.push(describeIssue(file, line, issue, record));
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length > 0) throw new DataError(problems);
  return { rows, lines };
}

/**
 * Parses a YAML file and validates it: a list of items (`schema` per item) or a
 * single mapping. Problems name the line of the item they concern.
 */
export function validateYaml<Item extends z.ZodType>(
  file: string,
  text: string,
  schema: Item,
  { list }: { list: boolean },
): { items: z.output<Item>[]; lines: number[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0) {
    throw new DataError(
      doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}:(yaml): expected valid YAML, found ${e.code}`),
    );
  }
  const value: unknown = doc.toJS();
  const nodes: unknown[] = list ? ((doc.contents as { items?: unknown[] } | null)?.items ?? []) : [doc.contents];
  const values: unknown[] = list ? (Array.isArray(value) ? value : []) : [value];
  if (list && !Array.isArray(value)) throw new DataError([`${file}:1:(file): expected a list, found ${found(value)}`]);
  const problems: string[] = [];
  const items: z.output<Item>[] = [];
  const lines: number[] = [];
  values.forEach((item, i) => {
    const offset = (nodes[i] as { range?: [number] } | undefined)?.range?.[0] ?? 0;
    const line = counter.linePos(offset).line;
    const result = schema.safeParse(item);
    if (result.success) {
      items.push(result.data);
      lines.push(line);
    } else {
      for (const issue of result.error.issues) problems.push(describeIssue(file, line, issue, item));
    }
  });
  if (problems.length > 0) throw new DataError(problems.slice(0, MAX_PROBLEMS));
  return { items, lines };
}
