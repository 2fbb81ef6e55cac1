import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { Claim } from '../schemas/claim';
import type { DatasetDefinition } from '../schemas/dataset';
import { DatasetMeta } from '../schemas/datasetMeta';
import { datasetIds } from '../schemas/datasets/index';
import { Era, dateInEra } from '../schemas/era';
import { EventRow } from '../schemas/event';
import { Source } from '../schemas/source';
import { parseCsv } from './csv';
import { DataError, found, validateCsv, validateYaml } from './validate';

/** Rows of a dataset with the file line each came from, for error messages downstream. */
export interface LoadedRows<Row> {
  rows: Row[];
  lines: number[];
}

/**
 * Reads and validates the curated data in one folder. Each loader checks its
 * file against its schema and every id it cites against the file it points
 * to, then caches the result: the build asks for the same file many times.
 */
export function createDataStore(dir: string) {
  const cache = new Map<string, unknown>();
  // Messages name files as a person sees them from the project root: `data/<file>`.
  const rel = (name: string) => path.join(path.basename(dir), name);
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  const once = <T>(key: string, load: () => T): T => {
    if (!cache.has(key)) cache.set(key, load());
    return cache.get(key) as T;
  };

  /** Fails with every reference in `ids` that `known` does not hold. */
  function resolve(
    file: string,
    line: number,
    column: string,
    ids: readonly string[],
    known: ReadonlySet<string>,
    what: string,
  ) {
    const missing = ids.filter((id) => !known.has(id));
    return missing.map((id) => `${file}:${line}:${column}: expected ${what}, found ${found(id)}`);
  }

  function sources(): Map<string, Source> {
    return once('sources', () => {
      const file = rel('sources.yml');
      const { items, lines } = validateYaml(file, read('sources.yml'), Source, { list: true });
      const byId = new Map<string, Source>();
      const problems: string[] = [];
      items.forEach((s, i) => {
        if (byId.has(s.id))
          problems.push(`${file}:${lines[i]}:id: expected a unique source id, found ${found(s.id)} again`);
        byId.set(s.id, s);
      });
      if (problems.length > 0) throw new DataError(problems);
      return byId;
    });
  }

  function sourceIds(): Set<string> {
    return new Set(sources().keys());
  }

  function meta(id: string): DatasetMeta {
    return once(`meta:${id}`, () => {
      const file = rel(`${id}.yml`);
      const { items, lines } = validateYaml(file, read(`${id}.yml`), DatasetMeta, { list: false });
      const [m] = items;
      const problems = resolve(file, lines[0] ?? 1, 'sources', m.sources, sourceIds(), 'a source id from sources.yml');
      if (problems.length > 0) throw new DataError(problems);
      return m;
    });
  }

  function rows<Row extends z.ZodObject>(def: DatasetDefinition<Row>): LoadedRows<z.output<Row>> {
    return once(`rows:${def.id}`, () => {
      const file = rel(`${def.id}.csv`);
      const loaded = validateCsv(file, parseCsv(read(`${def.id}.csv`)), def.row);
      const m = meta(def.id);
      const declared = m.columns.map((c) => c.name).join(',');
      const keys = Object.keys(def.row.shape).join(',');
      const problems: string[] = [];
      if (declared !== keys) {
        problems.push(`${rel(`${def.id}.yml`)}:1:columns: expected the CSV columns ${keys}, found ${found(declared)}`);
      }
      const listed = new Set(m.sources);
      const seen = new Map<string, number>();
      loaded.rows.forEach((row, i) => {
        const line = loaded.lines[i];
        const cited = (row as { source?: string[] }).source ?? [];
        problems.push(...resolve(file, line, 'source', cited, sourceIds(), 'a source id from sources.yml'));
        problems.push(
          ...resolve(
            file,
            line,
            'source',
            cited.filter((s) => sourceIds().has(s)),
            listed,
            `a source listed in ${def.id}.yml`,
          ),
        );
        const key = def.key.map((k) => String((row as Record<string, unknown>)[k])).join('|');
        const first = seen.get(key);
        if (first !== undefined) {
          problems.push(
            `${file}:${line}:${def.key[0]}: expected a unique ${def.key.join('+')}, found a repeat of line ${first}`,
          );
        } else seen.set(key, line);
      });
      if (problems.length > 0) throw new DataError(problems.slice(0, 20));
      return loaded;
    });
  }

  function eras(): Era[] {
    return once('eras', () => {
      const file = rel('eras.yml');
      const { items, lines } = validateYaml(file, read('eras.yml'), Era, { list: true });
      const problems = items.flatMap((era, i) =>
        resolve(
          file,
          lines[i],
          'datings.sources',
          era.datings.flatMap((d) => d.sources),
          sourceIds(),
          'a source id from sources.yml',
        ),
      );
      if (problems.length > 0) throw new DataError(problems);
      return items;
    });
  }

  function claims(): Claim[] {
    return once('claims', () => {
      const file = rel('claims.yml');
      const { items, lines } = validateYaml(file, read('claims.yml'), Claim, { list: true });
      const known = new Set(datasetIds());
      const ids = new Set<string>();
      const problems = items.flatMap((c, i) => [
        ...resolve(file, lines[i], 'sources', c.sources, sourceIds(), 'a source id from sources.yml'),
        ...resolve(file, lines[i], 'datasets', c.datasets, known, 'a dataset id'),
        ...(ids.has(c.id)
          ? [`${file}:${lines[i]}:id: expected a unique claim id, found ${found(c.id)} again`]
          : (ids.add(c.id), [])),
      ]);
      if (problems.length > 0) throw new DataError(problems.slice(0, 20));
      return items;
    });
  }

  function events(): LoadedRows<EventRow> {
    return once('events', () => {
      const file = rel('events.csv');
      const loaded = validateCsv(file, parseCsv(read('events.csv')), EventRow);
      const eraById = new Map(eras().map((e) => [e.id, e]));
      const claimIds = new Set(claims().map((c) => c.id));
      const known = new Set(datasetIds());
      const ids = new Map<string, number>();
      const problems: string[] = [];
      loaded.rows.forEach((ev, i) => {
        const line = loaded.lines[i];
        const era = eraById.get(ev.era);
        if (era && !dateInEra(ev.date, era)) {
          problems.push(
            `${file}:${line}:date: expected a date inside the ${ev.era} era (${era.span.start}–${era.span.end ?? 'today'}), found ${found(ev.date)}`,
          );
        }
        if (ev.end_date !== null && ev.end_date < ev.date) {
          problems.push(
            `${file}:${line}:end_date: expected a date on or after ${ev.date}, found ${found(ev.end_date)}`,
          );
        }
        if (ev.date.length !== { day: 10, month: 7, year: 4 }[ev.precision]) {
          problems.push(
            `${file}:${line}:precision: expected the precision of ${ev.date}, found ${found(ev.precision)}`,
          );
        }
        const first = ids.get(ev.id);
        if (first !== undefined)
          problems.push(`${file}:${line}:id: expected a unique event id, found a repeat of line ${first}`);
        else ids.set(ev.id, line);
        problems.push(...resolve(file, line, 'source', ev.source, sourceIds(), 'a source id from sources.yml'));
        problems.push(...resolve(file, line, 'claims', ev.claims, claimIds, 'a claim id from claims.yml'));
        problems.push(...resolve(file, line, 'datasets', ev.datasets, known, 'a dataset id'));
      });
      if (problems.length > 0) throw new DataError(problems.slice(0, 20));
      return loaded;
    });
  }

  return { dir, sources, meta, rows, eras, claims, events };
}

export type DataStore = ReturnType<typeof createDataStore>;

/** The project's data folder (builds and tests run from the project root); `DATA_DIR` points a build at a fixture. */
export const data: DataStore = createDataStore(path.resolve(process.cwd(), process.env['DATA_DIR'] ?? 'data'));

/** Validated, typed rows of a dataset in `data/`. */
export function loadRows<Row extends z.ZodObject>(def: DatasetDefinition<Row>): z.output<Row>[] {
  return data.rows(def).rows;
}

/** The bibliography, by id. */
export const loadSources = () => data.sources();
/** The eras, in order. */
export const loadEras = () => data.eras();
/** The claim ledger. */
export const loadClaims = () => data.claims();
/** The timeline's events, in file order. */
export const loadEvents = () => data.events().rows;
