import { describe, expect, it } from 'vitest';
import { loadEras, loadRows } from '../../src/lib/data';
import {
  OUTPUT_MAP_VINTAGE,
  OUTPUT_MAP_YEARS,
  outputPanels,
  outputTable,
  SHARE_CLASSES,
  shareClass,
} from '../../src/lib/outputMaps';
import { GDP_SHARE_COUNTRIES, worldGdpShares } from '../../src/schemas/datasets/worldGdpShares';

const rows = loadRows(worldGdpShares);
const eras = loadEras();

describe('outputPanels', () => {
  it('outputPanels(rows, eras) gives each panel year all nine economies from the one release, largest first', () => {
    const panels = outputPanels(rows, eras);
    expect(panels.map((p) => p.year)).toEqual([...OUTPUT_MAP_YEARS]);
    for (const panel of panels) {
      const csv = rows.filter((r) => r.vintage === OUTPUT_MAP_VINTAGE && r.date === panel.year);
      expect(panel.shares.map((s) => s.country).sort(), panel.year).toEqual([...GDP_SHARE_COUNTRIES].sort());
      for (const share of panel.shares)
        expect(share.share, `${panel.year} ${share.country}`).toBe(
          csv.find((r) => r.country === share.country)!.share_pct,
        );
      const values = panel.shares.map((s) => s.share);
      expect(values, panel.year).toEqual([...values].sort((a, b) => b - a));
      expect(panel.estimate, panel.year).toBe(csv.every((r) => r.estimate));
    }
  });

  it('outputPanels(rows, eras) outlines the issuers whose default era includes the year: both in 1913, where two eras overlap', () => {
    const issuers = Object.fromEntries(
      outputPanels(rows, eras).map((p) => [p.year, p.shares.filter((s) => s.issuer).map((s) => s.country)]),
    );
    expect(issuers).toEqual({ '1700': ['NLD'], '1913': ['USA', 'GBR'], '1950': ['USA'], '2008': ['USA'] });
  });

  it('outputPanels(rows, eras) marks estimates with an asterisk in labels and table alike', () => {
    const [first, , third] = outputPanels(rows, eras);
    const nld1700 = first!.shares.find((s) => s.country === 'NLD')!;
    expect(nld1700.text).toMatch(/^\d+\.\d\u00a0%\*$/);
    expect(nld1700.value).toMatch(/^\d+\.\d\*$/);
    expect(third!.shares.every((s) => !s.text.endsWith('*'))).toBe(true);
  });

  it('outputPanels(rows, eras) stops the build when a panel year lacks one of the nine, rather than leave it unshaded', () => {
    const without = rows.filter((r) => !(r.vintage === OUTPUT_MAP_VINTAGE && r.date === '1950' && r.country === 'JPN'));
    expect(() => outputPanels(without, eras)).toThrowErrorMatchingInlineSnapshot(
      `[Error: world-gdp-shares: mpd-2010 has no 1950 row for JPN]`,
    );
  });

  it('outputPanels(rows, eras) never reads the other release, even where it has the year', () => {
    const other = rows.map((r) => (r.vintage === OUTPUT_MAP_VINTAGE ? r : { ...r, share_pct: 99 }));
    expect(
      outputPanels(other, eras)
        .flatMap((p) => p.shares)
        .some((s) => s.share === 99),
    ).toBe(false);
  });
});

describe('shareClass', () => {
  it('shareClass(share) puts a share in the class whose lower bound it reaches', () => {
    expect(shareClass(0.14)).toBe(SHARE_CLASSES[0]);
    expect(shareClass(2)).toBe(SHARE_CLASSES[1]);
    expect(shareClass(9.99)).toBe(SHARE_CLASSES[2]);
    expect(shareClass(27.29)).toBe(SHARE_CLASSES.at(-1));
  });
});

describe('outputTable', () => {
  it('outputTable(panels) gives one row per economy, one cell per panel, in the panels’ order', () => {
    const panels = outputPanels(rows, eras);
    const table = outputTable(panels);
    expect(table).toHaveLength(GDP_SHARE_COUNTRIES.length);
    for (const row of table) {
      expect(row.cells).toHaveLength(panels.length);
      row.cells.forEach((cell, i) => expect(panels[i]!.shares).toContain(cell));
    }
  });
});
