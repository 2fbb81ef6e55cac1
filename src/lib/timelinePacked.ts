import { searchable } from './quotes';
import { ERA_IDS, EVENT_CATEGORIES, type EraId } from '../schemas/vocab';
import type { TimelineItem, TimelineModel } from './timelineModel';

/** What the explorer draws from in the browser: the events and the debt strip (the bands are in the HTML). */
export type ExplorerModel = Pick<TimelineModel, 'items' | 'strips'>;

/**
 * The explorer's model as the page fetches it: one array per field instead of
 * one object per event (no key repeated 250 or 25,000 times), eras and
 * categories as their index in the vocabulary, years to four decimals (under
 * an hour), and only what the first view reads: lane and row follow from era
 * and category; the summaries, which only search reads, come apart
 * (`PackedSearch`), fetched when the reader first searches.
 */
export interface PackedTimeline {
  /** Format version: a page and a model of different versions must not meet silently. */
  v: 2;
  id: string[];
  x: number[];
  /** End year of events that last, `null` for the others. */
  x2: (number | null)[];
  /** Index into `ERA_IDS`. */
  era: number[];
  /** Index into `EVENT_CATEGORIES`. */
  cat: number[];
  imp: (1 | 2 | 3)[];
  title: string[];
  /** The date as people write it (`1971`, `Aug 1971 – Mar 1973`). */
  date: string[];
  strips: { id: string; label: string; era: EraId; x: number[]; y: (number | null)[] }[];
}

const year = (x: number) => Math.round(x * 1e4) / 1e4;

/** Packs the model for the explorer. */
export function packTimeline(model: ExplorerModel): PackedTimeline {
  const column = <T>(pick: (item: TimelineItem) => T) => model.items.map(pick);
  return {
    v: 2,
    id: column((i) => i.id),
    x: column((i) => year(i.x)),
    x2: column((i) => (i.x2 === null ? null : year(i.x2))),
    era: column((i) => i.lane),
    cat: column((i) => i.row),
    imp: column((i) => i.importance),
    title: column((i) => i.title),
    date: column((i) => i.dateLabel),
    strips: model.strips.map((s) => ({
      id: s.id,
      label: s.label,
      era: s.era,
      x: s.points.map((p) => year(p.x)),
      y: s.points.map((p) => p.y),
    })),
  };
}

/**
 * Unpacks what `packTimeline` packed; throws on another format, which only a
 * stale cache can bring. Until `addSummaries`, an event's search text is its title.
 */
export function unpackTimeline(packed: PackedTimeline): ExplorerModel {
  if (packed.v !== 2) throw new Error(`timeline model: unknown format ${String(packed.v)}`);
  const items = packed.id.map((id, k): TimelineItem => {
    const title = packed.title[k]!;
    return {
      id,
      x: packed.x[k]!,
      x2: packed.x2[k] ?? null,
      era: ERA_IDS[packed.era[k]!]!,
      category: EVENT_CATEGORIES[packed.cat[k]!]!,
      lane: packed.era[k]!,
      row: packed.cat[k]!,
      importance: packed.imp[k]!,
      title,
      dateLabel: packed.date[k]!,
      text: searchable(title),
      summary: '',
    };
  });
  const strips = packed.strips.map((s) => ({
    id: s.id,
    label: s.label,
    era: s.era,
    points: s.x.map((x, k) => ({ x, y: s.y[k] ?? null })),
  }));
  return { items, strips };
}

/** The events' summaries, in the model's order: what search reads besides the titles. */
export interface PackedSearch {
  /** Format version, as the model's. */
  v: 2;
  summary: string[];
}

/** Packs the summaries apart from the model: search needs them, the first view does not. */
export function packSearch(model: ExplorerModel): PackedSearch {
  return { v: 2, summary: model.items.map((i) => i.summary) };
}

/**
 * Gives each event of an unpacked model its summary and the search text of
 * title and summary. Throws when the two files do not belong together.
 */
export function addSummaries(model: ExplorerModel, packed: PackedSearch): void {
  if (packed.v !== 2 || packed.summary.length !== model.items.length)
    throw new Error(`timeline search: ${packed.summary.length} summaries for ${model.items.length} events`);
  model.items.forEach((item, k) => {
    item.summary = packed.summary[k]!;
    item.text = searchable(`${item.title} ${item.summary}`);
  });
}
