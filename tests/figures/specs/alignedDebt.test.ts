import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { alignedDebt } from '../../../src/figures/specs/alignedDebt';
import { riseYears } from '../../../src/figures/specs/eraAlignment';
import { loadRows } from '../../../src/lib/data';
import { ukPublicDebt } from '../../../src/schemas/datasets/ukPublicDebt';
import { usFederalDebt } from '../../../src/schemas/datasets/usFederalDebt';

const all = alignedDebt.series(figureRows(alignedDebt));
const byId = (id: string) => {
  const s = all.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
};

describe('aligned-debt', () => {
  it('alignedDebt.series(figureRows(alignedDebt)) draws the UK and two US definitions, and nothing for the guilder', () => {
    expect(all.map((s) => s.id)).toEqual(['uk-imf-hpdd', 'us-gross-federal-debt', 'us-total-public-debt']);
  });

  it('alignedDebt.series(figureRows(alignedDebt)) keeps the UK line to the IMF database alone, never spliced with Clio Infra', () => {
    const imf = new Map(
      loadRows(ukPublicDebt)
        .filter((r) => r.series === 'imf-hpdd')
        .map((r) => [r.date, r.debt_pct_gdp]),
    );
    const uk = byId('uk-imf-hpdd').points;
    expect(uk.every((p) => imf.get(p.date) === p.y)).toBe(true);
    expect(uk[0].date).toBe('1800');
  });

  it("alignedDebt.series(figureRows(alignedDebt)) puts the UK's 1946 peak at year 96.5 of the sterling era", () => {
    const p = byId('uk-imf-hpdd').points.find((q) => q.date === '1946');
    expect(p?.x).toBeCloseTo(1946.5 - riseYears('sterling')[0]);
    expect(p?.y).toBe(269.8);
  });

  it('alignedDebt.series(figureRows(alignedDebt)) keeps OMB fiscal years and FRED quarters apart, each sorted', () => {
    const rows = loadRows(usFederalDebt).filter((r) => r.unit === 'pct-gdp');
    const omb = new Map(rows.filter((r) => r.measure === 'gross-federal-debt').map((r) => [r.date, r.value]));
    const fred = new Map(rows.filter((r) => r.measure === 'total-public-debt').map((r) => [r.date, r.value]));
    const gross = byId('us-gross-federal-debt').points;
    const total = byId('us-total-public-debt').points;
    expect(gross.every((p) => omb.get(p.date) === p.y)).toBe(true);
    expect(total.every((p) => fred.get(p.date) === p.y)).toBe(true);
    for (const s of all) {
      const xs = s.points.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
  });

  it("alignedDebt.markers() are sorted by x and each links to a claim's page", () => {
    const markers = alignedDebt.markers?.() ?? [];
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.map((m) => m.x)).toEqual([...markers.map((m) => m.x)].sort((a, b) => a - b));
    expect(markers.every((m) => /\/claims\/[a-z0-9-]+\/$/.test(m.href ?? ''))).toBe(true);
  });
});

describe('aligned-debt drawn', () => {
  it('drawFigure(alignedDebt) matches its committed SVG', async () => {
    await expect(drawnFigure('aligned-debt')).toMatchFileSnapshot('./__snapshots__/aligned-debt.svg');
  }, 30_000);
});
