import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
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
  });
});
