import { usFederalDebt } from '../schemas/datasets/usFederalDebt';
import { ukPublicDebt } from '../schemas/datasets/ukPublicDebt';
import type { EventRow } from '../schemas/event';
import { publishedDatasets } from './catalog';
import { loadClaims, loadEras, loadEvents, loadRows, loadSources } from './data';
import { formatIsoDate } from './dates';
import { ukDebtPoints, usGrossDebtPoints } from './publicDebt';
import { TIMELINE_MAX, TIMELINE_MIN } from './timelineConstants';
import { timelineBands, timelineItems, type TimelineModel } from './timelineModel';

/** The timeline's drawing model from the curated data, built once per build. */
let model: TimelineModel | undefined;
export function timelineModel(): TimelineModel {
  model ??= {
    items: timelineItems(loadEvents()),
    bands: timelineBands(loadEras()),
    strips: [
      { id: 'uk-debt', label: 'UK', era: 'sterling', points: ukDebtPoints(loadRows(ukPublicDebt)) },
      { id: 'us-debt', label: 'US', era: 'dollar', points: usGrossDebtPoints(loadRows(usFederalDebt)) },
    ],
  };
  return model;
}

/** What the event panel shows, resolved: citations, claims and datasets as text and links. */
export interface EventDetail {
  id: string;
  era: EventRow['era'];
  category: EventRow['category'];
  title: string;
  summary: string;
  dateLabel: string;
  /** ISO start date and, for a span, end date: the panel's machine-readable `<time datetime>`. */
  date: string;
  endDate: string | null;
  importance: number;
  sources: { id: string; text: string; url: string | null }[];
  claims: { id: string; text: string; verdict: string }[];
  datasets: { id: string; title: string }[];
}

/** Resolves an event's ids into the texts the panel shows. */
export function eventDetail(event: EventRow): EventDetail {
  const sources = loadSources();
  const claims = new Map(loadClaims().map((c) => [c.id, c]));
  const titles = new Map(publishedDatasets().map((d) => [d.entry.id, d.entry.title]));
  return {
    id: event.id,
    era: event.era,
    category: event.category,
    title: event.title,
    summary: event.summary,
    dateLabel: event.end_date
      ? `${formatIsoDate(event.date)} – ${formatIsoDate(event.end_date)}`
      : formatIsoDate(event.date),
    date: event.date,
    endDate: event.end_date ?? null,
    importance: event.importance,
    sources: event.source.map((id) => {
      const s = sources.get(id)!;
      return { id, text: `${s.author}, ${s.title} (${s.publisher}, ${s.year}), ${s.locator}`, url: s.url ?? null };
    }),
    claims: event.claims.map((id) => ({ id, text: claims.get(id)!.claim_en, verdict: claims.get(id)!.verdict })),
    datasets: event.datasets.map((id) => ({ id, title: titles.get(id) ?? id })),
  };
}

/** The visible range that centres an event with some context around it. */
export function rangeAround(event: EventRow): [number, number] {
  const year = Number(event.date.slice(0, 4));
  const end = event.end_date ? Number(event.end_date.slice(0, 4)) : year;
  const pad = Math.max(15, (end - year) * 0.6);
  return [Math.max(TIMELINE_MIN, Math.floor(year - pad)), Math.min(TIMELINE_MAX, Math.ceil(end + pad))];
}
