import { describe, expect, it } from 'vitest';
import { fedFunds } from '../../src/figures/specs/fedFunds';

describe('fedFunds', () => {
  const [series] = fedFunds.series();

  it('fedFunds.series() is the monthly federal funds rate only, with no Bank Rate rows', () => {
    expect(fedFunds.series()).toHaveLength(1);
    expect(series.points.every((p) => /^\d{4}-\d{2}$/.test(p.date))).toBe(true);
  });

  it('fedFunds.series() peaks at 19.1 % in June 1981, below the 20 % the article cites', () => {
    const peak = series.points.reduce((a, b) => ((b.y ?? -1) > (a.y ?? -1) ? b : a));
    expect(peak).toMatchObject({ date: '1981-06', y: 19.1 });
  });

  it('fedFunds.series() points are in date order', () => {
    const xs = series.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});
