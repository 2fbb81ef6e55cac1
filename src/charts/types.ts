/** One observation on a chart, with the flags that change how it is drawn. */
export interface Point {
  /** Decimal year (see `decimalYear`). */
  x: number;
  /** The value; `null` is a gap the line must not bridge. */
  y: number | null;
  /** The ISO date of the observation, as in the data. */
  date: string;
  /** Label for the date in tooltips and tables (`1999 Q4`). */
  dateLabel: string;
  /** Estimated by the source or derived by us: drawn dashed. */
  estimate: boolean;
  /** Typed from print: marked in tooltips. */
  transcribed: boolean;
  /** Bibliography ids. */
  source: string[];
}

/** A line on a chart. */
export interface Series {
  /** Stable id, used for DOM ids and legends. */
  id: string;
  /** Label shown at the line's end and in tooltips. */
  label: string;
  /** Label at the line's end on narrow charts, where the full label does not fit. */
  shortLabel?: string;
  /** CSS colour: a custom property such as `var(--era-dollar)`. */
  colour: string;
  /** Drawn dashed (for example an older vintage). */
  dashed?: boolean;
  /** Points in date order. */
  points: Point[];
}

/** A dated marker drawn as a vertical rule with a label. */
export interface Marker {
  /** Event id, so the marker can link to its timeline page. */
  id: string;
  /** Decimal year. */
  x: number;
  /** Label: the event's title, wrapped above the plot. */
  label: string;
  /** A shorter label written for charts, used when the title would need more than two lines. */
  shortLabel?: string;
  /** Link target, if any. */
  href?: string;
}
