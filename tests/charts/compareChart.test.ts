import { describe, expect, it } from 'vitest';
import { drawPlot, PLOT_FONT_PX } from '../../src/charts/plot';
import { comparePanel } from '../../src/figures/compareChart';
import { compareView, panelHeight } from '../../src/figures/compareView';
import { loadCompareData } from '../../src/lib/compareData';
import { alignPoints } from '../../src/lib/comparePoints';
import { loadRows, loadSources } from '../../src/lib/data';
import { buildDocument } from '../../src/lib/document';
import { worldGdpShares } from '../../src/schemas/datasets/worldGdpShares';
import { COMPARE_DEFAULTS } from '../../src/state/compare';

const data = loadCompareData();

describe('compareSeries and the comparative chart', () => {
  it('every series cites sources from the bibliography, and every GDP value drawn is a row of world-gdp-shares', () => {
    const sources = loadSources();
    for (const s of data.series) {
      expect(s.sources.length).toBeGreaterThan(0);
      for (const id of s.sources) expect(sources.has(id)).toBe(true);
    }
    const rows = new Set(loadRows(worldGdpShares).map((r) => `${r.date}|${r.share_pct}`));
    const gdp = data.series.filter((s) => s.indicator === 'gdp');
    expect(gdp).toHaveLength(6);
    for (const s of gdp) for (const p of s.points) expect(rows.has(`${p.date}|${p.value}`)).toBe(true);
  });

  it('comparePanel draws estimates dashed, lone rows as dots and its text at ≥ 12 px', () => {
    const view = compareView(data, COMPARE_DEFAULTS);
    const gdp = view.panels.find((p) => p.indicator === 'gdp')!;
    const svg = drawPlot(
      { width: 960, height: panelHeight(false), document: buildDocument() },
      comparePanel({
        indicator: 'gdp',
        align: view.align,
        points: gdp.points,
        today: view.today,
        axisTitle: true,
        narrow: false,
      }),
    );
    // Maddison's benchmark years before 1950 are decades apart: dots, never a line across the gap.
    expect(gdp.points.filter((p) => p.alone).length).toBeGreaterThan(10);
    expect(svg.querySelectorAll('circle').length).toBe(gdp.points.filter((p) => p.alone).length);
    expect(PLOT_FONT_PX).toBeGreaterThanOrEqual(12);
    expect(svg.getAttribute('style') ?? '').not.toMatch(/font-size:\s*(\d|1[01])px/);
    // A run of estimates is its own dashed path; the rows after it are a solid one.
    const points = alignPoints(
      [
        {
          id: 'e',
          indicator: 'gdp',
          era: 'dollar',
          label: 'e',
          secondary: false,
          curve: 'linear',
          maxGap: 1.5,
          sources: ['x'],
          points: ['1946', '1947', '1948', '1949', '1950'].map((date, i) => ({ date, value: i + 5, estimate: i < 3 })),
        },
      ],
      data.eras,
      COMPARE_DEFAULTS,
    );
    const drawn = drawPlot(
      { width: 960, height: panelHeight(false), document: buildDocument() },
      comparePanel({ indicator: 'gdp', align: 'since', points, today: view.today, axisTitle: false, narrow: false }),
    );
    expect(drawn.querySelectorAll('[stroke-dasharray="5 4"] path, path[stroke-dasharray="5 4"]').length).toBe(1);
  });
});
