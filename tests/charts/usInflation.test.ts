import { describe, expect, it } from 'vitest';
import { usInflation } from '../../src/figures/specs/usInflation';

describe('usInflation', () => {
  const series = usInflation.series();

  it('usInflation.series() keeps the unadjusted and the seasonally adjusted CPI as separate series', () => {
    expect(series.map((s) => s.id)).toEqual(['cpi-u-nsa', 'cpi-u-sa']);
    const [nsa, sa] = series;
    expect(nsa.points.at(-1)?.date).toBe('2022');
    expect(sa.points[0]?.date).toBe('2023');
  });

  it('usInflation.series() has 13.5 % for 1980 and a gap, not a zero, for 1913', () => {
    const nsa = series[0];
    expect(nsa.points.find((p) => p.date === '1980')?.y).toBe(13.5);
    expect(nsa.points.find((p) => p.date === '1913')?.y).toBeNull();
  });

  it('usInflation.series() points are in date order', () => {
    for (const s of series) {
      const xs = s.points.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
  });
});
