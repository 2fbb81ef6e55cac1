import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import {
  STERLING_ANCHORS_FIRST,
  STERLING_ANCHORS_LAST,
  sterlingAnchors,
} from '../../src/schemas/datasets/sterlingAnchors';

const rows = loadRows(sterlingAnchors);
const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology<{
  countries: GeometryCollection;
}>;
const shapes = new Set(feature(atlas, atlas.objects.countries).features.map((f) => String(f.id)));
const runsOf = (country: string) => rows.filter((r) => r.country === country);

describe('sterling-anchors', () => {
  it('holds runs of months inside January 1946 to June 1972, each starting no later than it ends', () => {
    for (const r of rows) {
      expect(r.date >= STERLING_ANCHORS_FIRST, r.country).toBe(true);
      expect(r.until <= STERLING_ANCHORS_LAST, r.country).toBe(true);
      expect(r.until >= r.date, r.country).toBe(true);
    }
  });

  it('keeps a country’s runs apart: a second run starts at least two months after the first ends', () => {
    for (const country of new Set(rows.map((r) => r.country))) {
      const runs = runsOf(country).sort((a, b) => a.date.localeCompare(b.date));
      for (let i = 1; i < runs.length; i++) {
        const [y, m] = runs[i - 1]!.until.split('-').map(Number) as [number, number];
        const next = `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}`;
        expect(runs[i]!.date > next, country).toBe(true);
      }
    }
  });

  it('reads plausibly: Australia, India and Ireland anchored from the start; the United Kingdom, the issuer, absent', () => {
    for (const country of ['Australia', 'India', 'Ireland'])
      expect(runsOf(country)[0]?.date, country).toBe(STERLING_ANCHORS_FIRST);
    expect(runsOf('Ireland').at(-1)?.until).toBe(STERLING_ANCHORS_LAST);
    expect(rows.some((r) => r.iso3 === 'GBR')).toBe(false);
    expect(rows.every((r) => r.source.includes('irr-anchor-2019'))).toBe(true);
  });

  it('maps countries to shapes on the base map, each to one only, and says so where one is too small to draw', () => {
    const codeOf = new Map<string, string>();
    for (const r of rows) {
      expect(
        r.country_codes.filter((c) => !shapes.has(c)),
        r.country,
      ).toEqual([]);
      const code = r.country_codes.join(';');
      expect(codeOf.get(r.iso3) ?? code, r.country).toBe(code);
      codeOf.set(r.iso3, code);
    }
    const codes = [...codeOf.values()].filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
    expect(rows.filter((r) => r.country_codes.length === 0 && !r.note.includes('Too small'))).toEqual([]);
  });
});
