import type { Correction } from '../schemas/correction';
import { dateInEra, type Era } from '../schemas/era';
import type { EventRow } from '../schemas/event';
import { found } from './validate';

/**
 * The cross-file checks of the events and the corrections log: every id they
 * cite must exist, dates must sit in their era. Pure: the data store hands
 * them what is known and throws with what they return.
 */

/** Anything that answers whether it knows an id: a set, or the bibliography with its aliases. */
export interface IdSet {
  has(id: string): boolean;
}

/** One message per reference in `ids` that `known` does not hold: `file:line:column: expected …, found …`. */
export function resolve(
  file: string,
  line: number,
  column: string,
  ids: readonly string[],
  known: IdSet,
  what: string,
): string[] {
  return ids
    .filter((id) => !known.has(id))
    .map((id) => `${file}:${line}:${column}: expected ${what}, found ${found(id)}`);
}

/** What the events may refer to. */
export interface EventRefs {
  eras: ReadonlyMap<string, Era>;
  sources: IdSet;
  claims: IdSet;
  datasets: IdSet;
}

/** Every problem of the events file's rows: dates outside their era or out of order, precisions, repeats, unknown ids. */
export function eventProblems(
  file: string,
  rows: readonly EventRow[],
  lines: readonly number[],
  known: EventRefs,
): string[] {
  const ids = new Map<string, number>();
  const problems: string[] = [];
  rows.forEach((ev, i) => {
    const line = lines[i]!;
    const era = known.eras.get(ev.era);
    if (era && !dateInEra(ev.date, era)) {
      problems.push(
        `${file}:${line}:date: expected a date inside the ${ev.era} era (${era.span.start}–${era.span.end ?? 'today'}), found ${found(ev.date)}`,
      );
    }
    if (ev.end_date !== null && ev.end_date < ev.date) {
      problems.push(`${file}:${line}:end_date: expected a date on or after ${ev.date}, found ${found(ev.end_date)}`);
    }
    if (ev.date.length !== { day: 10, month: 7, year: 4 }[ev.precision]) {
      problems.push(`${file}:${line}:precision: expected the precision of ${ev.date}, found ${found(ev.precision)}`);
    }
    const first = ids.get(ev.id);
    if (first !== undefined)
      problems.push(`${file}:${line}:id: expected a unique event id, found a repeat of line ${first}`);
    else ids.set(ev.id, line);
    problems.push(...resolve(file, line, 'source', ev.source, known.sources, 'a source id from sources.yml'));
    problems.push(...resolve(file, line, 'claims', ev.claims, known.claims, 'a claim id from claims.yml'));
    problems.push(...resolve(file, line, 'datasets', ev.datasets, known.datasets, 'a dataset id'));
  });
  return problems;
}

/** What the corrections log may refer to. */
export interface CorrectionRefs {
  sources: IdSet;
  claims: IdSet;
  events: IdSet;
  datasets: IdSet;
  /** Table datasets: the ones with checksums. */
  tables: IdSet;
}

/** Every problem of the corrections log: unknown ids, checksum moves outside what an entry affects, merges, repeats. */
export function correctionProblems(
  file: string,
  items: readonly Correction[],
  lines: readonly number[],
  known: CorrectionRefs,
): string[] {
  const ids = new Set<string>();
  return items.flatMap((c, i) => {
    const line = lines[i]!;
    const { affects } = c;
    const moved = c.checksums.map((m) => m.dataset);
    return [
      ...resolve(file, line, 'affects.datasets', affects.datasets, known.datasets, 'a dataset id'),
      ...resolve(file, line, 'affects.claims', affects.claims, known.claims, 'a claim id from claims.yml'),
      ...resolve(file, line, 'affects.events', affects.events, known.events, 'an event id from events.csv'),
      ...resolve(file, line, 'affects.sources', affects.sources, known.sources, 'a source id from sources.yml'),
      ...resolve(file, line, 'sources', c.sources, known.sources, 'a source id from sources.yml'),
      ...resolve(file, line, 'checksums.dataset', moved, known.tables, 'a table dataset id'),
      ...resolve(file, line, 'checksums.dataset', moved, new Set(affects.datasets), 'a dataset in affects.datasets'),
      ...resolve(
        file,
        line,
        'merged.into',
        c.merged.map((m) => m.into),
        known.events,
        'an event id from events.csv',
      ),
      ...c.merged
        .filter((m) => known.events.has(m.from))
        .map(
          (m) => `${file}:${line}:merged.from: expected a retired event id, found ${found(m.from)} still in events.csv`,
        ),
      ...(ids.has(c.id)
        ? [`${file}:${line}:id: expected a unique correction id, found ${found(c.id)} again`]
        : (ids.add(c.id), [])),
    ];
  });
}
