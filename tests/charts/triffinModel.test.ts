import { describe, expect, it } from 'vitest';
import { drawPlot, PLOT_FONT_PX } from '../../src/charts/plot';
import { triffinEvents, triffinHistory } from '../../src/figures/triffinHistory';
import { triffinModel } from '../../src/figures/triffinModel';
import { loadEvents, loadRows } from '../../src/lib/data';
import { buildDocument } from '../../src/lib/document';
import { runTriffin } from '../../src/lib/triffin';
import { usGoldVsLiabilities } from '../../src/schemas/datasets/usGoldVsLiabilities';

const run = runTriffin({
  demandGrowth: 8.1,
  backingGrowth: -1.3,
  shareMet: 80,
  startCover: 2.65,
  threshold: 1,
  startYear: 1950,
  years: 30,
  startLiabilities: 8644.8,
});
const history = triffinHistory(loadRows(usGoldVsLiabilities));
const events = triffinEvents(loadEvents());

const draw = (width: number) =>
  drawPlot(
    { width, height: 300, document: buildDocument() },
    { ...triffinModel({ run, unit: 'usd', history, events, narrow: width < 560, width }), ariaLabel: 'test' },
  );

describe('triffinModel', () => {
  it('triffinModel draws with type of at least 12 px, as one image with no role-less labelled groups', () => {
    const svg = draw(340);
    expect(svg.getAttribute('style')).toContain(`font-size:${PLOT_FONT_PX}px`);
    expect(PLOT_FONT_PX).toBeGreaterThanOrEqual(12);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelectorAll('g[aria-label]')).toHaveLength(0);
  });

  it('triffinModel keeps the event and run labels apart at phone and desktop widths', () => {
    for (const width of [340, 800]) {
      const svg = draw(width);
      const labels = [...svg.querySelectorAll('text')]
        .filter((t) => /Gold Pool|Two-tier|Gold window|Cover </.test(t.textContent ?? ''))
        .map((t) => {
          const [x, y] = (t.getAttribute('transform') ?? '').match(/-?[\d.]+/g)!.map(Number);
          const w = (t.textContent ?? '').length * 7;
          const end = t.closest('g')?.getAttribute('text-anchor') === 'end';
          return { x0: end ? x - w : x, x1: end ? x : x + w, y };
        });
      expect(labels).toHaveLength(4);
      for (const a of labels)
        for (const b of labels)
          if (a !== b && Math.abs(a.y - b.y) < PLOT_FONT_PX) expect(a.x1 < b.x0 || b.x1 < a.x0).toBe(true);
      for (const l of labels) {
        expect(l.x0).toBeGreaterThanOrEqual(0);
        expect(l.x1).toBeLessThanOrEqual(width);
      }
    }
  });

  it('triffinModel shades the unmet demand only when some demand goes unmet', () => {
    const area = (shareMet: number) =>
      drawPlot(
        { width: 800, height: 300, document: buildDocument() },
        triffinModel({
          run: runTriffin({ ...run.inputs, shareMet }),
          unit: 'usd',
          history: [],
          events: [],
          narrow: false,
          width: 800,
        }),
      ).querySelectorAll('path[fill-opacity], g[fill-opacity] path').length;
    expect(area(80)).toBeGreaterThan(0);
    expect(area(100)).toBe(0);
  });
});
