/**
 * The comparative chart's clock: where a calendar year falls on each era's
 * axis under a chosen dating. Pure arithmetic on years; the eras and their
 * datings are handed in (from `data/eras.yml`), nothing is loaded here.
 */

/** The three eras the comparative chart aligns (Bitcoin is no reserve currency and has no life to compare). */
export const COMPARED_ERAS = ['guilder', 'sterling', 'dollar'] as const;
export type ComparedEra = (typeof COMPARED_ERAS)[number];

/** How the horizontal axis is read. */
export const ALIGNMENTS = ['calendar', 'since', 'lifecycle'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/** Each alignment as its control names it. */
export const ALIGN_TEXT: Record<Alignment, string> = {
  calendar: 'Calendar years',
  since: 'Years since each era began',
  lifecycle: 'Life cycle (0 = start, 1 = end)',
};

/** One dating of an era, as the chart needs it: who, when it began, when it ended (none for the dollar). */
export interface Dating {
  /** Who dates it this way ("Dalio 2021"). */
  by: string;
  rise: number;
  end?: number | undefined;
}

/** An era with its datings, the site's default first. */
export interface AlignedEra {
  id: ComparedEra;
  datings: readonly Dating[];
}

/** Which dating (index into `datings`) the reader chose for each era. */
export type DatingChoice = Record<ComparedEra, number>;

/** The chosen dating of an era; an index out of range falls back to the default (0). */
export function chosenDating(era: AlignedEra, choice: DatingChoice): Dating {
  return era.datings[choice[era.id]] ?? era.datings[0]!;
}

/** The length in years of an era that has ended under its dating; `undefined` for an open era. */
export function eraLength(dating: Dating): number | undefined {
  return dating.end === undefined ? undefined : dating.end - dating.rise;
}

/**
 * The lengths the dollar's open era is measured against on the life-cycle
 * axis: every other compared era's length under the reader's datings, each
 * with the era it comes from, shortest first.
 */
export function yardsticks(eras: readonly AlignedEra[], choice: DatingChoice): { era: ComparedEra; length: number }[] {
  return eras
    .map((e) => ({ era: e.id, length: eraLength(chosenDating(e, choice)) }))
    .filter((y): y is { era: ComparedEra; length: number } => y.length !== undefined && y.length > 0)
    .sort((a, b) => a.length - b.length);
}

/**
 * Where a calendar year (decimal) falls on the axis of one era. Calendar: the
 * year itself. Since: years since the era's rise. Life cycle: 0 at the rise, 1
 * at the end; an open era (the dollar) has no end, so it is measured against
 * each yardstick and gets one position per yardstick (a range, not a point).
 * An open era with no yardstick gets no life-cycle position.
 */
export function alignYear(
  year: number,
  alignment: Alignment,
  dating: Dating,
  sticks: readonly { length: number }[] = [],
): number[] {
  if (alignment === 'calendar') return [year];
  const since = year - dating.rise;
  if (alignment === 'since') return [since];
  const length = eraLength(dating);
  if (length !== undefined) return [since / length];
  return sticks.map((s) => since / s.length);
}

/** The inverse of `alignYear` for one era with a closed dating or one yardstick: the calendar year at an aligned x. */
export function calendarYear(x: number, alignment: Alignment, dating: Dating, stick?: { length: number }): number {
  if (alignment === 'calendar') return x;
  if (alignment === 'since') return dating.rise + x;
  const length = eraLength(dating) ?? stick?.length;
  return length === undefined ? Number.NaN : dating.rise + x * length;
}

/** The part of each axis the chart draws. */
export const ALIGNED_DOMAIN: Record<Alignment, readonly [number, number]> = {
  calendar: [1560, 2030],
  since: [-100, 250],
  lifecycle: [-1, 2.5],
};

/** How a position on each axis is written for people. */
export function formatAligned(x: number, alignment: Alignment): string {
  if (alignment === 'calendar') return String(Math.round(x));
  if (alignment === 'since') {
    const n = Math.round(x);
    return n === 0
      ? 'the year each era began'
      : n > 0
        ? `${n} years after each era began`
        : `${-n} years before each era began`;
  }
  return `${(Math.round(x * 100) / 100).toFixed(2)} of each era’s life`;
}
