import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { centralBankSanctions2022 } from '../../src/schemas/datasets/centralBankSanctions2022';

const rows = loadRows(centralBankSanctions2022);
const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology<{
  countries: GeometryCollection;
}>;
const shapes = new Set(feature(atlas, atlas.objects.countries).features.map((f) => String(f.id)));

describe('central-bank-sanctions-2022', () => {
  it('dates every measure between the US Treasury’s of 28 February and Switzerland’s of 4 March 2022', () => {
    expect(rows.map((r) => r.date).every((d) => d >= '2022-02-28' && d <= '2022-03-04')).toBe(true);
    expect(rows.find((r) => r.jurisdiction === 'United States')!.date).toBe('2022-02-28');
  });

  it('maps the European Union to the 26 of its 27 member states that the base map can draw', () => {
    const eu = rows.find((r) => r.jurisdiction === 'European Union')!;
    expect(eu.country_codes).toHaveLength(26);
    expect(eu.note).toContain('Malta');
  });

  it('maps every jurisdiction to shapes that exist on the base map, no country twice, never Russia', () => {
    const codes = rows.flatMap((r) => r.country_codes);
    expect(codes.filter((c) => !shapes.has(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('643');
  });
});
