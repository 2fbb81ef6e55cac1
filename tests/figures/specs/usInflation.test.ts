import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { drawFigure } from '../../../src/charts/figure/draw';
import { figureDrawing, figureRows, figureView } from '../../../src/figures/view';
import { buildDocument } from '../../../src/lib/document';
import { usInflation } from '../../../src/figures/specs/usInflation';

describe('usInflation', () => {
  const series = usInflation.series(figureRows(usInflation));

  it('usInflation.series(figureRows(usInflation)) keeps the unadjusted and the seasonally adjusted CPI as separate series', () => {
    expect(series.map((s) => s.id)).toEqual(['cpi-u-nsa', 'cpi-u-sa']);
    const [nsa, sa] = series;
    expect(nsa.points.at(-1)?.date).toBe('2022');
    expect(sa.points[0]?.date).toBe('2023');
  });

  it('usInflation.series(figureRows(usInflation)) has 13.5 % for 1980 and a gap, not a zero, for 1913', () => {
    const nsa = series[0];
    expect(nsa.points.find((p) => p.date === '1980')?.y).toBe(13.5);
    expect(nsa.points.find((p) => p.date === '1913')?.y).toBeNull();
  });

  it('usInflation.series(figureRows(usInflation)) points are in date order', () => {
    for (const s of series) {
      const xs = s.points.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
  });
});

describe('us-inflation drawn', () => {
  it('drawFigure(usInflation) matches its committed SVG', async () => {
    await expect(drawnFigure('us-inflation')).toMatchFileSnapshot('./__snapshots__/us-inflation.svg');
  }, 30_000);
});

describe('a range from data/events.csv', () => {
  it("figureView(name, { range }) shades an event's span from data/events.csv and cites its sources", () => {
    const view = figureView('us-inflation', { range: 'arab-oil-embargo', caption: '' });
    expect(view.band!.from).toBeCloseTo(1973.79, 1);
    expect(view.band!.to).toBeCloseTo(1974.2, 1);
    expect(view.band!.from).toBeLessThan(view.band!.to);
    expect(view.markers.map((m) => m.id)).not.toContain('arab-oil-embargo');
    const drawn = drawFigure(figureDrawing(view), { title: 't', description: 'd', document: buildDocument() });
    expect(drawn.querySelector('g.band rect')).not.toBeNull();
    const words = [...drawn.querySelectorAll('g.band-label tspan, g.band-label text:not(:has(tspan))')];
    expect(words.map((t) => t.textContent).join(' ')).toBe(view.band!.label);
  });

  it('figureView(name, { range }) stops the build for an event without an end date', () => {
    expect(() => figureView('us-inflation', { range: 'nixon-closes-gold-window', caption: '' })).toThrow(/no end date/);
  });
});
