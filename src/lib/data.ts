import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { Claim } from '../schemas/claim';
import { Checksums, Correction } from '../schemas/correction';
import type { DatasetDefinition } from '../schemas/dataset';
import { DatasetMeta } from '../schemas/datasetMeta';
import { DATASETS, datasetIds } from '../schemas/datasets/index';
import { Era } from '../schemas/era';
import { EventRow } from '../schemas/event';
import { Source } from '../schemas/source';
import { chainChecksums, datasetChecksum, unpublishedChange } from './checksum';
import { parseCsv } from './csv';
import { correctionProblems, eventProblems, resolve, type IdSet } from './dataChecks';
import { SourceIndex } from './sourceIndex';
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
      const problems = correctionProblems(file, items, lines, {
        sources: sourceIds(),
        claims: new Set(claims().map((c) => c.id)),
        events: new Set(events().rows.map((e) => e.id)),
        datasets: new Set(datasetIds()),
        tables: new Set(DATASETS.map((d) => d.id)),
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
      const problems = eventProblems(file, loaded.rows, loaded.lines, {
        eras: new Map(eras().map((e) => [e.id, e])),
        sources: sourceIds(),
        claims: new Set(claims().map((c) => c.id)),
        datasets: new Set(datasetIds()),
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
