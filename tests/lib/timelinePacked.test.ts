import { describe, expect, it } from 'vitest';
import { timelineModel } from '../../src/lib/timelineData';
import {
  addSummaries,
  packSearch,
  packTimeline,
  unpackTimeline,
  type PackedSearch,
  type PackedTimeline,
} from '../../src/lib/timelinePacked';

describe('packTimeline', () => {
  const model = timelineModel();
  const packed = packTimeline(model);

  it('unpackTimeline(packTimeline(model)) gives back every event and strip point the explorer reads', () => {
    const back = unpackTimeline(JSON.parse(JSON.stringify(packed)) as PackedTimeline);
    expect(back.items).toHaveLength(model.items.length);
    addSummaries(back, JSON.parse(JSON.stringify(packSearch(model))) as PackedSearch);
    back.items.forEach((item, k) => {
      const { x, x2, ...rest } = model.items[k]!;
      expect(item).toMatchObject(rest);
      expect(item.x).toBeCloseTo(x, 4);
      expect(item.x2 === null).toBe(x2 === null);
      if (x2 !== null) expect(item.x2!).toBeCloseTo(x2, 4);
    });
    expect(back.strips.map((s) => [s.id, s.era, s.points.length])).toEqual(
      model.strips.map((s) => [s.id, s.era, s.points.length]),
    );
  });

  it('packTimeline(model) is at most two thirds the size of the model as objects', () => {
    const objects = JSON.stringify({ items: model.items, strips: model.strips }).length;
    expect(JSON.stringify(packed).length).toBeLessThan((objects * 2) / 3);
  });

  it('unpackTimeline(packTimeline(model)) searches titles only until addSummaries gives it the summaries', () => {
    const back = unpackTimeline(packed);
    expect(back.items.every((item) => item.text === item.title.toLowerCase())).toBe(true);
    expect(() => addSummaries(back, { v: 2, summary: [] })).toThrow('0 summaries for');
  });

  it('packTimeline(model) leaves the summaries out: under half the size of model and summaries together', () => {
    const both = JSON.stringify(packed).length + JSON.stringify(packSearch(model)).length;
    expect(JSON.stringify(packed).length).toBeLessThan(both / 2);
  });

  it('unpackTimeline rejects another format version', () => {
    expect(() => unpackTimeline({ ...packed, v: 3 as 2 })).toThrow('unknown format 3');
  });
});
