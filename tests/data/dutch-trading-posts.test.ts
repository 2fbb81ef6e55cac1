import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { dutchTradingPosts } from '../../src/schemas/datasets/dutchTradingPosts';

const rows = loadRows(dutchTradingPosts);

describe('dutch-trading-posts', () => {
  it('has one hub, Amsterdam, and every post held at some time between 1650 and 1700', () => {
    expect(rows.filter((r) => r.role === 'hub').map((r) => r.post)).toEqual(['Amsterdam']);
    for (const r of rows) {
      expect(r.date.slice(0, 4) <= '1700', r.post).toBe(true);
      if (r.until) expect(r.until.slice(0, 4) >= '1650', r.post).toBe(true);
    }
  });

  it('ends no post before it begins, and lists the posts in the order they were taken', () => {
    for (const r of rows) if (r.until) expect(r.until > r.date, r.post).toBe(true);
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
  });

  it('places each post at its town, not at the map’s origin, and cites the gazetteer for it', () => {
    expect(rows.filter((r) => r.lat === 0 && r.lon === 0)).toEqual([]);
    expect(rows.filter((r) => !r.source.includes('geonames-cities-json'))).toEqual([]);
    expect(rows.find((r) => r.post === 'Dejima')!.place_today).toContain('Nagasaki');
  });
});
