import { describe, expect, it } from 'vitest';
import { loadClaims, loadEras, loadEvents } from '../../src/lib/data';
import { dateInEra } from '../../src/schemas/era';

const events = loadEvents();
const eras = loadEras();

describe('events', () => {
  it('events: at least 200 across all four eras', () => {
    expect(events.length).toBeGreaterThanOrEqual(200);
    for (const era of ['guilder', 'sterling', 'dollar', 'bitcoin'])
      expect(events.filter((e) => e.era === era).length).toBeGreaterThan(10);
  });

  it('events: every event cites at least one source and sits inside its era', () => {
    const eraById = new Map(eras.map((e) => [e.id, e]));
    const bad = events.filter((e) => e.source.length === 0 || !dateInEra(e.date, eraById.get(e.era)!));
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('events: about one in six or fewer is marked a turning point (importance 1)', () => {
    const share = events.filter((e) => e.importance === 1).length / events.length;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.25);
  });

  it('events: no two events share a title', () => {
    const titles = events.map((e) => e.title.toLowerCase());
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  it('claims: every claim is tested by a dataset or an event, or is marked opinion', () => {
    const untested = loadClaims().filter(
      (c) => c.verdict !== 'opinion' && c.datasets.length === 0 && !events.some((e) => e.claims.includes(c.id)),
    );
    expect(untested.map((c) => c.id)).toEqual([]);
  });
});
