import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { dollarPegs2023 } from '../../src/schemas/datasets/dollarPegs2023';

const rows = loadRows(dollarPegs2023);
const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology<{
  countries: GeometryCollection;
}>;
const shapes = new Set(feature(atlas, atlas.objects.countries).features.map((f) => String(f.id)));

describe('dollar-pegs-2023', () => {
  it('lists the fourteen conventional pegs to the dollar the 2023 table shows, each currency once', () => {
    expect(rows.filter((r) => r.arrangement === 'conventional peg')).toHaveLength(14);
    expect(new Set(rows.map((r) => r.currency)).size).toBe(rows.length);
    expect(rows.every((r) => r.date === '2023')).toBe(true);
  });

  it('maps economies to shapes on the base map, and says so where one is too small to draw', () => {
    const codes = rows.flatMap((r) => r.country_codes);
    expect(codes.filter((c) => !shapes.has(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(rows.filter((r) => r.country_codes.length === 0 && !r.note.includes('Too small'))).toEqual([]);
  });
});
