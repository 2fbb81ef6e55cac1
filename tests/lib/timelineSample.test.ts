import { describe, expect, it } from 'vitest';
import { DRAWN_AT_MOST, sampleEvents } from '../../src/lib/timelineSample';

/** `n` events in date order; every `every`-th a turning point (1), every third of the rest important (2). */
const events = (n: number, every = 50) =>
  Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    x: 1600 + i / 100,
    importance: (i % every === 0 ? 1 : i % 3 === 0 ? 2 : 3) as 1 | 2 | 3,
  }));

describe('sampleEvents', () => {
  it('keeps every event when there are no more than the limit', () => {
    const few = events(DRAWN_AT_MOST);
    expect(sampleEvents(few)).toEqual(few);
    expect(sampleEvents(events(10), 3)).toHaveLength(3);
  });

  it('takes whole tiers first, then an even sample of the next, in date order', () => {
    const many = events(30000);
    const sample = sampleEvents(many);
    expect(sample).toHaveLength(DRAWN_AT_MOST);
    // Every turning point (600) and no least important event while the important ones (9,800) do not all fit.
    expect(sample.filter((e) => e.importance === 1)).toHaveLength(600);
    expect(sample.some((e) => e.importance === 3)).toBe(false);
    // Date order, no event twice.
    expect(sample.map((e) => e.x)).toEqual([...sample.map((e) => e.x)].sort((a, b) => a - b));
    expect(new Set(sample).size).toBe(sample.length);
    // Spread over the years: each tenth of the span holds about a tenth of the sampled important events.
    const important = sample.filter((e) => e.importance === 2);
    const [first, last] = [many[0]!.x, many.at(-1)!.x];
    const tenths = Array.from(
      { length: 10 },
      (_, k) => important.filter((e) => Math.min(9, Math.floor(((e.x - first) / (last - first)) * 10)) === k).length,
    );
    for (const count of tenths) expect(Math.abs(count - important.length / 10)).toBeLessThan(important.length / 50);
  });

  it('fills the room left by the first tiers from the last', () => {
    // 61 turning points and 19,939 others of which about a third are important: those fit whole in a limit of 8,000.
    const sample = sampleEvents(events(20000, 333), 8000);
    expect(sample).toHaveLength(8000);
    const important = events(20000, 333).filter((e) => e.importance < 3).length;
    expect(sample.filter((e) => e.importance < 3)).toHaveLength(important);
  });
});
