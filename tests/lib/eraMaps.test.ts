import { describe, expect, it } from 'vitest';
import { ERA_MAPS, eraMapSpec } from '../../src/lib/eraMaps';

describe('eraMapSpec', () => {
  it(
    'gives every era map a caption naming its CSV’s dataset, a list entry per row and only cited sources',
    { timeout: 30_000 },
    () => {
      for (const id of ERA_MAPS) {
        const spec = eraMapSpec(id);
        expect(spec.items.length, id).toBeGreaterThan(0);
        expect(spec.groups.length + spec.points.length, id).toBeGreaterThan(0);
        expect(spec.sources.length, id).toBeGreaterThan(0);
        expect(spec.ariaLabel, id).toMatch(/^World map: /);
        expect(spec.caption, id).toMatch(/today’s (borders|towns)/i);
      }
    },
  );

  it('draws the Dutch network as dots with one hub, and the other maps as shaded countries', () => {
    const dutch = eraMapSpec('dutch-trading-posts');
    expect(dutch.groups).toEqual([]);
    expect(dutch.points.filter((p) => p.hub)).toHaveLength(1);
    expect(dutch.points).toHaveLength(dutch.items.length);
    for (const id of ['bretton-woods', 'central-bank-sanctions-2022'] as const) {
      const spec = eraMapSpec(id);
      expect(spec.points, id).toEqual([]);
      expect(spec.groups, id).toHaveLength(spec.items.length);
    }
  });
});
