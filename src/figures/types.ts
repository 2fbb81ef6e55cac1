import type { Series } from '../charts/types';
import type { FormatName } from '../lib/format';

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
  /** One sentence: what the figure now shows. Shown as a caption and announced to screen readers. */
  caption: string;
}

/** A named figure: how to build its series from the data, and how to print its values. */
export interface FigureSpec {
  /** Public, kebab-case name used in MDX (`<Figure name="uk-debt" …>`); unique. */
  id: string;
  /** Title of the chart. */
  title: string;
  /** Description for assistive technology: what is drawn and the main finding. */
  description: string;
  /** Format of values in tooltips and tables. */
  format: FormatName;
  /** Format of y-axis ticks. */
  axisFormat: FormatName;
  /** What the x axis counts. */
  xAxis: 'year' | 'years-since-start';
  /** Builds the series from the curated data (runs at build time). */
  series: () => Series[];
  /** Fixed y domain for every state, unless a state sets its own. */
  y?: [number, number];
  /** Markers that are not events (claims on the comparative chart), built from data. */
  markers?: () => { id: string; x: number; label: string; href?: string }[];
}
