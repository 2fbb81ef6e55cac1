import type { Point, Series } from '../charts/types';
import { decimalYear, formatIsoDate, formatQuarter } from '../lib/dates';

/** The fields every dated, cited row has. */
interface DatedRow {
  date: string;
  source: string[];
  estimate?: boolean;
  transcribed?: boolean;
}

/** How to read one row into a point. */
export interface PointReader<R> {
  /** The value; `null` for a gap. */
  value: (row: R) => number | null;
  /** Label dates as quarters (`1999 Q4`) instead of months. */
  quarterly?: boolean;
  /** Moves the x position: `x => x - 1815` aligns an era on its start. */
  shiftX?: (x: number) => number;
}

/** Turns dated rows into chart points, sorted by date, keeping each row's flags and sources. */
export function toPoints<R extends DatedRow>(rows: readonly R[], reader: PointReader<R>): Point[] {
  return [...rows]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((r) => {
      const x = decimalYear(r.date);
      return {
        x: reader.shiftX ? reader.shiftX(x) : x,
        y: reader.value(r),
        date: r.date,
        dateLabel: reader.quarterly && r.date.length === 7 ? formatQuarter(r.date) : formatIsoDate(r.date),
        estimate: r.estimate ?? false,
        transcribed: r.transcribed ?? false,
        source: r.source,
      };
    });
}

/** Builds a series, dropping it when it has no points (a filter matched nothing). */
export function series(
  id: string,
  label: string,
  colour: string,
  points: Point[],
  extra: Partial<Series> = {},
): Series[] {
  return points.length === 0 ? [] : [{ id, label, colour, points, ...extra }];
}

/** Colours of the eras and of series that are not an era's currency. */
export const COLOUR = {
  guilder: 'var(--era-guilder)',
  sterling: 'var(--era-sterling)',
  dollar: 'var(--era-dollar)',
  bitcoin: 'var(--era-bitcoin)',
  gold: 'var(--gold)',
  neutral: 'var(--text-muted)',
  china: 'var(--series-cny, #c92a2a)',
  euro: 'var(--series-eur, #3b5bdb)',
} as const;
