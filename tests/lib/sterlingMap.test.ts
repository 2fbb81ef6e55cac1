import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { eraMapSpec } from '../../src/lib/eraMaps';
import { STERLING_MAP, sterlingMapSpec, stillAnchored } from '../../src/lib/sterlingMap';
import { sterlingAnchors, type SterlingAnchorRow } from '../../src/schemas/datasets/sterlingAnchors';

const rows = loadRows(sterlingAnchors);

const row = (country: string, date: string, until: string, codes: string[] = []): SterlingAnchorRow => ({
  date,
  until,
  country,
  iso3: country.slice(0, 3).toUpperCase(),
  country_codes: codes,
  source: ['irr-anchor-2019'],
  note: codes.length ? '' : 'Too small for the base map.',
});

describe('sterlingMapSpec', () => {
  it('shades in the era’s colour the countries still anchored in June 1972, and in a faint tint of it those that left', () => {
    const spec = sterlingMapSpec([
      row('Ireland', '1946-01', '1972-06', ['372']),
      row('India', '1946-01', '1971-08', ['356']),
      row('India', '1972-01', '1972-06', ['356']),
      row('Egypt', '1946-01', '1949-12', ['818']),
      row('Malta', '1946-01', '1972-06'),
    ]);
    expect(spec.groups.filter((g) => !g.alt).flatMap((g) => g.codes)).toEqual(['372', '356', '356']);
    expect(spec.groups.filter((g) => g.alt).flatMap((g) => g.codes)).toEqual(['818']);
    expect(spec.caption).toContain(
      'to Jun 1972, when the pound floated. In full colour: the 3 countries still anchored that month',
    );
    expect(spec.caption).toContain('in a faint tint: 1 more that had left by then');
    expect(spec.caption).toContain('1 of the countries are too small to draw');
    expect(spec.listSummary).toBe('The 4 countries as a list, with the months each was anchored to sterling');
    expect(spec.items.map((i) => i.name)).toEqual([
      'Ireland, Jan 1946 to Jun 1972',
      'India, Jan 1946 to Aug 1971',
      'India, Jan 1972 to Jun 1972',
      'Egypt, Jan 1946 to Dec 1949',
      'Malta, Jan 1946 to Jun 1972',
    ]);
    expect(spec.items.at(-1)?.detail).toBe('Too small for the base map.');
  });

  it('draws the published dataset: one list entry and one group per row, cited to the classification', () => {
    const spec = eraMapSpec(STERLING_MAP);
    expect(spec.items).toHaveLength(rows.length);
    expect(spec.groups).toHaveLength(rows.length);
    expect(spec.points).toEqual([]);
    expect(spec.datasets).toEqual(['sterling-anchors']);
    expect(spec.sources).toEqual(['irr-anchor-2019']);
    expect(spec.caption).toContain(`In full colour: the ${stillAnchored(rows).size} countries`);
    expect(spec.caption).toMatch(/not the legal list of the sterling area’s members/);
    expect(spec.caption).toMatch(/today’s borders/);
  });
});
