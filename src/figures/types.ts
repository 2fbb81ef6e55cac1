import type { z } from 'zod';
import type { Series } from '../charts/types';
import type { FormatName } from '../lib/format';
import type { DatasetDefinition } from '../schemas/dataset';

/** The datasets a figure draws from, by the name its series function reads them under. */
export type FigureData = Record<string, DatasetDefinition>;

/** The validated rows of each dataset a figure names. */
export type FigureRows<D extends FigureData> = {
  [K in keyof D]: D[K] extends DatasetDefinition<infer Row> ? z.output<Row>[] : never;
};

/** What a figure shows at one moment of the essay: the state a scroll step declares. */
export interface FigureState {
  /** Series ids to draw; every series when absent. */
  series?: string[];
  /** Visible x range (years, or years since an era began on aligned charts). */
  x?: [number, number];
  /** Fixed y range. */
  y?: [number, number];
  /** Event ids from data/events.csv to mark on the chart. */
  events?: string[];
  /** A period to shade, with its label. */
  band?: { from: number; to: number; label: string };
  /** Or an event of data/events.csv with an end date (a war, a crisis), shaded over its span under its chart label. */
  range?: string;
  /** One sentence: what the figure now shows. Shown as a caption and announced to screen readers. */
  caption: string;
}

/** A named figure: the data it draws from, how to build its series from those rows, and how to print its values. */
export interface FigureSpec<D extends FigureData = FigureData> {
  /** Public, kebab-case name used in MDX (`<Figure name="uk-debt" …>`); unique. */
  id: string;
  /** Title of the chart. */
  title: string;
  /** Description for assistive technology: what is drawn and the main finding. */
  description: string;
  /** A description that states numbers from the rows, in place of `description`. */
  describe?(rows: FigureRows<D>): string;
  /** Format of values in tooltips and tables. */
  format: FormatName;
  /** Format of y-axis ticks. */
  axisFormat: FormatName;
  /** What the x axis counts. */
  xAxis: 'year' | 'years-since-start';
  /** The datasets the figure is drawn from; the page loads and validates them, the figure never does. */
  data: D;
  /** Builds the series from the rows it is handed: a pure function, the same rows always give the same lines. */
  series(rows: FigureRows<D>): Series[];
  /** Fixed y domain for every state, unless a state sets its own. */
  y?: [number, number];
  /** Markers that are not events (claims on the comparative chart), built from data. */
  markers?: () => { id: string; x: number; label: string; href?: string }[];
}

/** Declares a figure, checking that its series function reads the datasets it names. */
export function defineFigure<D extends FigureData>(spec: FigureSpec<D>): FigureSpec {
  return spec as unknown as FigureSpec;
}
