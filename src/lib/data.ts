import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { Claim } from '../schemas/claim';
import { Checksums, Correction } from '../schemas/correction';
import type { DatasetDefinition } from '../schemas/dataset';
import { DatasetMeta } from '../schemas/datasetMeta';
import { DATASETS, datasetIds } from '../schemas/datasets/index';
import { Era, dateInEra } from '../schemas/era';
import { EventRow } from '../schemas/event';
import { Source } from '../schemas/source';
import { chainChecksums, datasetChecksum, unpublishedChange } from './checksum';
import { parseCsv } from './csv';
import { SourceIndex } from './sourceIndex';
import { DataError, found, validateCsv, validateYaml } from './validate';

/** Anything that answers whether it knows an id: a set, or the bibliography with its aliases. */
interface IdSet {
  has(id: string): boolean;
}

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
  function resolve(file: string, line: number, column: string, ids: readonly string[], known: IdSet, what: string) {
    const missing = ids.filter((id) => !known.has(id));
    return missing.map((id) => `${file}:${line}:${column}: expected ${what}, found ${found(id)}`);
  }

  function sources(): SourceIndex {
    return once('sources', () => {
      const file = rel('sources.yml');
      const { items, lines } = validateYaml(file, read('sources.yml'), Source, { list: true });
      const byId = new SourceIndex();
      const problems: string[] = [];
      items.forEach((s, i) => {
        if (byId.has(s.id))
          problems.push(`${file}:${lines[i]}:id: expected a unique source id, found ${found(s.id)} again`);
        byId.set(s.id, s);
      });
      // Aliases after all ids, so an alias that repeats a current id is caught whatever the order.
      items.forEach((s, i) => {
        for (const alias of s.aliases) {
          if (byId.has(alias))
            problems.push(`${file}:${lines[i]}:aliases: expected an id no other entry uses, found ${found(alias)}`);
          else byId.addAlias(alias, s.id);
        }
      });
      if (problems.length > 0) throw new DataError(problems);
      return byId;
    });
  }

  /** Current ids and aliases: anything a row may cite. */
  const sourceIds = (): IdSet => sources();

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
      // A row may cite a former id of a source the metadata lists under its current id, or the other way round.
      const current = (id: string) => sources().resolve(id) ?? id;
      const listed = new Set(m.sources.map(current));
      const inMeta: IdSet = { has: (id) => listed.has(current(id)) };
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
            inMeta,
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
      checkPublished(def.id, datasetChecksum(loaded.rows));
      return loaded;
    });
  }

  /** The checksums recorded when each dataset was first published (`checksums.yml`). */
  function recordedChecksums(): Map<string, string> {
    return once('checksums', () => {
      const { items } = validateYaml(rel('checksums.yml'), read('checksums.yml'), Checksums, { list: false });
      return new Map(Object.entries(items[0]));
    });
  }

  /** Each dataset's current checksum: the recorded one as moved by the corrections entries (see `chainChecksums`). */
  function publishedChecksums(): Map<string, string> {
    return once('published', () => {
      const { items, lines } = corrections();
      const moves = items.flatMap((c, i) => c.checksums.map((m) => ({ ...m, date: c.date, line: lines[i] })));
      const { current, problems } = chainChecksums(rel('corrections.yml'), recordedChecksums(), moves);
      if (problems.length > 0) throw new DataError(problems);
      return current;
    });
  }

  /** Stops the build when a dataset's values differ from what its recorded checksum and corrections say was published. */
  function checkPublished(id: string, sum: string): void {
    const problem = unpublishedChange(path.basename(dir), id, sum, publishedChecksums().get(id));
    if (problem !== undefined) throw new DataError([problem]);
  }

  /** The corrections log, every id it names checked against the data it names. */
  function corrections(): { items: Correction[]; lines: number[] } {
    return once('corrections', () => {
      const file = rel('corrections.yml');
      const { items, lines } = validateYaml(file, read('corrections.yml'), Correction, { list: true });
      const known = new Set(datasetIds());
      const tables = new Set(DATASETS.map((d) => d.id));
      const claimIds = new Set(claims().map((c) => c.id));
      const eventIds = new Set(events().rows.map((e) => e.id));
      const ids = new Set<string>();
      const problems = items.flatMap((c, i) => {
        const line = lines[i];
        const { affects } = c;
        const moved = c.checksums.map((m) => m.dataset);
        return [
          ...resolve(file, line, 'affects.datasets', affects.datasets, known, 'a dataset id'),
          ...resolve(file, line, 'affects.claims', affects.claims, claimIds, 'a claim id from claims.yml'),
          ...resolve(file, line, 'affects.events', affects.events, eventIds, 'an event id from events.csv'),
          ...resolve(file, line, 'affects.sources', affects.sources, sourceIds(), 'a source id from sources.yml'),
          ...resolve(file, line, 'sources', c.sources, sourceIds(), 'a source id from sources.yml'),
          ...resolve(file, line, 'checksums.dataset', moved, tables, 'a table dataset id'),
          ...resolve(
            file,
            line,
            'checksums.dataset',
            moved,
            new Set(affects.datasets),
            'a dataset in affects.datasets',
          ),
          ...resolve(
            file,
            line,
            'merged.into',
            c.merged.map((m) => m.into),
            eventIds,
            'an event id from events.csv',
          ),
          ...c.merged
            .filter((m) => eventIds.has(m.from))
            .map(
              (m) =>
                `${file}:${line}:merged.from: expected a retired event id, found ${found(m.from)} still in events.csv`,
            ),
          ...(ids.has(c.id)
            ? [`${file}:${line}:id: expected a unique correction id, found ${found(c.id)} again`]
            : (ids.add(c.id), [])),
        ];
      });
      if (problems.length > 0) throw new DataError(problems.slice(0, 20));
      return { items, lines };
    });
  }

  /** Retired event ids and the event each was merged into, from the corrections that merged them. */
  function eventAliases(): Map<string, string> {
    return once(
      'eventAliases',
      () => new Map(corrections().items.flatMap((c) => c.merged.map((m) => [m.from, m.into]))),
    );
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

  return {
    dir,
    sources,
    meta,
    rows,
    eras,
    claims,
    events,
    corrections: () => corrections().items,
    publishedChecksums,
    eventAliases,
  };
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
/** The corrections log, in file order. */
export const loadCorrections = () => data.corrections();
/** Retired event ids → the event each was merged into. */
export const loadEventAliases = () => data.eventAliases();
