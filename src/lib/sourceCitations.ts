import type { Claim } from '../schemas/claim';
import type { Correction } from '../schemas/correction';
import type { Era } from '../schemas/era';
import type { EventRow } from '../schemas/event';
import type { Source } from '../schemas/source';
import type { SourceIndex } from './sourceIndex';

/** A page that cites a source: a dataset, an event, a claim, an era's dating or a corrections entry. */
export interface Citation {
  kind: 'dataset' | 'event' | 'claim' | 'era' | 'correction';
  id: string;
  /** What the link says. */
  label: string;
}

/** Where a source belongs in the bibliography: its era, and whether it stands behind data or behind prose. */
export interface CitedSource {
  source: Source;
  citations: Citation[];
  /** The era every citing event and era dating belongs to; `several` or `none` otherwise. */
  era: Era['id'] | 'several' | 'none';
  /** `data`: a dataset cites it; `record`: only events, claims, eras or corrections do. */
  kind: 'data' | 'record';
}

/** What cites sources, as loaded from `data/`. */
export interface CitingThings {
  datasets: readonly { id: string; title: string; sources: readonly string[] }[];
  events: readonly EventRow[];
  claims: readonly Claim[];
  eras: readonly Era[];
  corrections: readonly Correction[];
}

/**
 * Every entry of the bibliography with everything that cites it (a former id that an entry lists in
 * `aliases` counts for the entry), its era and its kind, in the bibliography's order.
 */
export function citedSources(sources: SourceIndex, things: CitingThings): CitedSource[] {
  const byId = new Map<string, { citations: Citation[]; eras: Set<string> }>();
  for (const id of sources.keys()) byId.set(id, { citations: [], eras: new Set() });
  const cite = (sourceIds: readonly string[], citation: Citation, era?: string) => {
    for (const id of new Set(sourceIds.map((s) => sources.resolve(s) ?? s))) {
      const entry = byId.get(id);
      if (!entry) continue;
      if (!entry.citations.some((c) => c.kind === citation.kind && c.id === citation.id))
        entry.citations.push(citation);
      if (era) entry.eras.add(era);
    }
  };
  for (const d of things.datasets) cite(d.sources, { kind: 'dataset', id: d.id, label: d.title });
  for (const e of things.events) cite(e.source, { kind: 'event', id: e.id, label: e.title }, e.era);
  for (const c of things.claims) cite(c.sources, { kind: 'claim', id: c.id, label: c.claim_en });
  for (const era of things.eras)
    cite(
      era.datings.flatMap((d) => d.sources),
      { kind: 'era', id: era.id, label: era.name },
      era.id,
    );
  for (const c of things.corrections) cite(c.sources, { kind: 'correction', id: c.id, label: c.title });
  return [...sources.values()].map((source) => {
    const { citations, eras } = byId.get(source.id)!;
    const [only] = eras;
    return {
      source,
      citations,
      era: eras.size === 1 ? (only as Era['id']) : eras.size === 0 ? 'none' : 'several',
      kind: citations.some((c) => c.kind === 'dataset') ? 'data' : 'record',
    };
  });
}
