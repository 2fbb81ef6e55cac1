import { describe, expect, it } from 'vitest';
import { compactPath } from '../../../src/charts/figure/compactPath';

/** The absolute points a path of M and l commands visits, in tenths, to compare lines whatever their writing. */
function visited(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const [head, tail = ''] = part.split('l');
      const [x, y] = (head!.match(/-?\d*\.?\d+/g) ?? []).map((n) => Math.round(Number(n) * 10));
      const points: [number, number][] = [[x!, y!]];
      const steps = (tail.match(/-?\d*\.?\d+/g) ?? []).map((n) => Math.round(Number(n) * 10));
      for (let i = 0; i + 1 < steps.length; i += 2) {
        const [px, py] = points.at(-1)!;
        points.push([px + steps[i]!, py + steps[i + 1]!]);
      }
      return points;
    });
}

describe('compactPath', () => {
  it('compactPath(d) writes each step relative to the one before, with signs as separators', () => {
    expect(compactPath('M87.1,275.8L88.3,274.9L89.5,280.0')).toBe('M87.1,275.8l1.2-.9 1.2,5.1');
  });

  it('compactPath(d) keeps every point off the line by more than the tolerance, and lands on the last exactly', () => {
    const d = 'M0,10L1,10L2,10.05L3,10L4,2L5,10L6,10';
    expect(visited(compactPath(d))).toEqual([
      [
        [0, 100],
        [30, 100],
        [40, 20],
        [50, 100],
        [60, 100],
      ],
    ]);
  });

  it('compactPath(d) keeps the corners of a step line and the gaps between subpaths', () => {
    const d = 'M75.8,276.8L145.4,276.8L145.4,275.8L165.7,275.8M200,10L210,12';
    expect(visited(compactPath(d))).toEqual([
      [
        [758, 2768],
        [1454, 2768],
        [1454, 2758],
        [1657, 2758],
      ],
      [
        [2000, 100],
        [2100, 120],
      ],
    ]);
  });

  it('compactPath(d) never drifts: a long line of tenths still ends where it did', () => {
    const points = Array.from(
      { length: 500 },
      (_, i) => `${(i * 1.23).toFixed(1)},${(100 + 40 * Math.sin(i / 7)).toFixed(1)}`,
    );
    const d = `M${points.join('L')}`;
    const last = visited(compactPath(d))[0]!.at(-1)!;
    const [x, y] = points
      .at(-1)!
      .split(',')
      .map((n) => Math.round(Number(n) * 10));
    expect(last).toEqual([x, y]);
    expect(compactPath(d).length).toBeLessThan(d.length * 0.6);
  });

  it('compactPath(d) closes an area where Plot closed it', () => {
    expect(compactPath('M0,0L10,0L10,5.5L0,5.5Z')).toBe('M0,0l10,0 0,5.5-10,0z');
  });

  it('compactPath(d) leaves a path with curves or arcs as it was', () => {
    expect(compactPath('M0,0C1,1,2,2,3,3')).toBe('M0,0C1,1,2,2,3,3');
    expect(compactPath('M2.5,0A2.5,2.5,0,1,1,-2.5,0')).toBe('M2.5,0A2.5,2.5,0,1,1,-2.5,0');
  });
});
