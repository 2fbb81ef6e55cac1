import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { brettonWoodsDelegations } from '../../src/schemas/datasets/brettonWoodsDelegations';

const rows = loadRows(brettonWoodsDelegations);
const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology<{
  countries: GeometryCollection;
}>;
const shapes = new Set(feature(atlas, atlas.objects.countries).features.map((f) => String(f.id)));

describe('bretton-woods-delegations', () => {
  it('lists the 44 delegations of the Final Act, each once, all on the day it was signed', () => {
    expect(rows).toHaveLength(44);
    expect(new Set(rows.map((r) => r.delegation)).size).toBe(44);
    expect(rows.every((r) => r.date === '1944-07-22')).toBe(true);
  });

  it('names the delegations as the Final Act does, in its order, from Australia to Yugoslavia', () => {
    expect(rows[0]!.delegation).toBe('Australia');
    expect(rows.at(-1)!.delegation).toBe('Yugoslavia');
    expect(rows.map((r) => r.delegation)).toContain('French Delegation');
    expect(rows.map((r) => r.delegation)).toContain('Union of Soviet Socialist Republics');
  });

  it('maps every delegation to shapes that exist on the base map, no country twice', () => {
    const codes = rows.flatMap((r) => r.country_codes);
    expect(codes.filter((c) => !shapes.has(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('notes every delegation whose 1944 territory is more than one country of today', () => {
    expect(rows.filter((r) => r.country_codes.length > 1 && r.note === '')).toEqual([]);
  });
});
