import { COMPARED_ERAS, eraLength, type AlignedEra, type ComparedEra } from './compareAlign';

/**
 * "How long does the dollar have?" as arithmetic, not a forecast: the
 * dollar's age today under each of its datings, set against the length of each
 * finished era under each of its datings. Every combination is kept, so the
 * disagreement between datings shows as a spread.
 */

/** One combination: a dating of the dollar against one dating of one finished era. */
export interface LifespanCase {
  /** Who dates the dollar's start, and the year. */
  dollarBy: string;
  dollarRise: number;
  /** The finished era measured against, who dates it, and its length in years. */
  era: ComparedEra;
  eraBy: string;
  length: number;
  /** The dollar's age in `today`. */
  age: number;
  /** Length minus age: positive, years "left" by this yardstick; negative, years past it. */
  left: number;
}

/** Every combination, and the range of years "left" they span. */
export interface Lifespan {
  today: number;
  cases: LifespanCase[];
  /** Smallest and largest `left`. */
  min: number;
  max: number;
}

/**
 * Every combination of a dollar dating with a dating of each finished era.
 * `today` is the latest year of the data the chart draws, so the page never
 * claims a year it has not seen.
 */
export function dollarLifespan(eras: readonly AlignedEra[], today: number): Lifespan {
  const dollar = eras.find((e) => e.id === 'dollar');
  if (!dollar) throw new Error('dollarLifespan: no dollar era');
  const finished = eras.filter((e) => e.id !== 'dollar' && COMPARED_ERAS.includes(e.id));
  const cases = dollar.datings.flatMap((d) =>
    finished.flatMap((era) =>
      era.datings.flatMap((ed) => {
        const length = eraLength(ed);
        if (length === undefined) return [];
        const age = today - d.rise;
        return [{ dollarBy: d.by, dollarRise: d.rise, era: era.id, eraBy: ed.by, length, age, left: length - age }];
      }),
    ),
  );
  const lefts = cases.map((c) => c.left);
  return { today, cases, min: Math.min(...lefts), max: Math.max(...lefts) };
}
