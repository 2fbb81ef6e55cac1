import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { alignedGdpShare } from '../../../src/figures/specs/alignedGdpShare';
import { ALIGNED_WINDOW, riseYears } from '../../../src/figures/specs/eraAlignment';
import { loadRows } from '../../../src/lib/data';
import { worldGdpShares } from '../../../src/schemas/datasets/worldGdpShares';

const rows = loadRows(worldGdpShares);
const all = alignedGdpShare.series(figureRows(alignedGdpShare));
const byId = (id: string) => {
  const s = all.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
};
const COUNTRY = { guilder: 'NLD', sterling: 'GBR', dollar: 'USA' } as const;

describe('aligned-gdp-share', () => {
  it('alignedGdpShare.series(figureRows(alignedGdpShare)) has a line per era and release at the default dating, and one per other dating', () => {
    const ids = all.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'guilder-mpd-2010',
        'sterling-mpd-2010',
        'dollar-mpd-2010',
        'sterling-mpd-2023',
        'dollar-mpd-2023',
      ]),
    );
    for (const era of ['guilder', 'sterling', 'dollar'] as const)
      for (const year of riseYears(era).slice(1)) expect(ids).toContain(`${era}-mpd-2010-from-${year}`);
  });

  it("alignedGdpShare.series(figureRows(alignedGdpShare)) puts 1870's UK share (mpd-2010) at year 20.5 of the sterling era (default 1850)", () => {
    const p = byId('sterling-mpd-2010').points.find((q) => q.date === '1870');
    expect(p?.x).toBeCloseTo(1870.5 - riseYears('sterling')[0]);
    expect(p?.y).toBe(
      rows.find((r) => r.date === '1870' && r.country === 'GBR' && r.vintage === 'mpd-2010')?.share_pct,
    );
  });

  it('alignedGdpShare.series(figureRows(alignedGdpShare)) keeps points sorted and inside the aligned window', () => {
    for (const s of all) {
      const xs = s.points.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      expect(xs.every((x) => x >= ALIGNED_WINDOW.from && x <= ALIGNED_WINDOW.to)).toBe(true);
    }
  });

  it("alignedGdpShare.series(figureRows(alignedGdpShare)) never mixes releases: every point is a row of its own series' vintage", () => {
    for (const s of all) {
      const era = s.id.split('-')[0] as keyof typeof COUNTRY;
      const vintage = s.id.includes('mpd-2023') ? 'mpd-2023' : 'mpd-2010';
      const own = new Map(
        rows.filter((r) => r.country === COUNTRY[era] && r.vintage === vintage).map((r) => [r.date, r.share_pct]),
      );
      expect(s.points.every((p) => own.get(p.date) === p.y)).toBe(true);
    }
  });

  it("alignedGdpShare.markers() places Waterloo (1815) at about year −35 of the sterling era and links to the claim's page", () => {
    const marker = alignedGdpShare.markers?.().find((m) => m.id === 'claim-rise-after-victory-sterling');
    expect(marker?.x).toBeCloseTo(1815.46 - riseYears('sterling')[0], 1);
    expect(marker?.href).toMatch(/\/claims\/rise-after-victory\/$/);
    expect(marker?.label).toContain('1815');
  });
});

describe('aligned-gdp-share drawn', () => {
  it('drawFigure(alignedGdpShare) matches its committed SVG', async () => {
    await expect(drawnFigure('aligned-gdp-share')).toMatchFileSnapshot('./__snapshots__/aligned-gdp-share.svg');
  }, 30_000);
});
