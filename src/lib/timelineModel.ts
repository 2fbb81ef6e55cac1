import { searchable } from './quotes';
import { decimalYear, formatIsoDate } from './dates';
import type { Era } from '../schemas/era';
import type { EventRow } from '../schemas/event';
import { ERA_IDS, EVENT_CATEGORIES, type EraId } from '../schemas/vocab';

/** One event as the timeline places it: time, lane, row within the lane, size. */
export interface TimelineItem {
  id: string;
  /** Decimal year of the start. */
  x: number;
  /** Decimal year of the end, for events that last. */
  x2: number | null;
  era: EraId;
  category: EventRow['category'];
  /** Index of the era's lane, top to bottom. */
  lane: number;
  /** Row within the lane: one per category, so kinds of event line up. */
  row: number;
  importance: 1 | 2 | 3;
  title: string;
  /** The date as people write it, at its precision. */
  dateLabel: string;
  /** Lower-case title and summary, for search. */
  text: string;
  /** The summary as written: the search text without the title, which the packed model does not repeat. */
  summary: string;
}

/** An era's shaded band: its default dating. */
export interface TimelineBand {
  era: EraId;
  name: string;
  from: number;
  to: number | null;
}

/** A small line under the lanes (public debt, % of GDP) sharing the time axis. */
export interface TimelineStrip {
  id: string;
  label: string;
  /** The era whose colour the line takes. */
  era: EraId;
  /** Decimal years and values; a `null` value is a gap the line does not bridge. */
  points: { x: number; y: number | null }[];
}

/** Everything the timeline draws, with no pixels. */
export interface TimelineModel {
  items: TimelineItem[];
  bands: TimelineBand[];
  strips: TimelineStrip[];
}

/** Places events in lanes (one per era) and rows (one per category), sorted by date. */
export function timelineItems(events: readonly EventRow[]): TimelineItem[] {
  return events
    .map((e) => ({
      id: e.id,
      x: decimalYear(e.date),
      x2: e.end_date ? decimalYear(e.end_date) : null,
      era: e.era,
      category: e.category,
      lane: ERA_IDS.indexOf(e.era),
      row: EVENT_CATEGORIES.indexOf(e.category),
      importance: e.importance as 1 | 2 | 3,
      title: e.title,
      dateLabel: e.end_date ? `${formatIsoDate(e.date)} – ${formatIsoDate(e.end_date)}` : formatIsoDate(e.date),
      text: searchable(`${e.title} ${e.summary}`),
      summary: e.summary,
    }))
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
}

/** The shaded band of each era: its default (first) dating, from rise to end. */
export function timelineBands(eras: readonly Era[]): TimelineBand[] {
  return eras.map((era) => {
    const dating = era.datings[0]!;
    return { era: era.id, name: era.name, from: dating.rise, to: dating.end ?? null };
  });
}
