import { describe, expect, it } from 'vitest';
import { compactPath, compactPaths, type CompactOptions } from '../../src/lib/svgPath';

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

/** As the figures call it: tenths, and points within 0.15 units of the line dropped. */
const line = (d: string, options: CompactOptions = { tolerance: 0.15 }) => compactPath(d, options);

describe('compactPath, as a figure draws its lines', () => {
  it('compactPath(d) writes each step relative to the one before, with signs as separators', () => {
    expect(line('M87.1,275.8L88.3,274.9L89.5,280.0')).toBe('M87.1,275.8l1.2-.9 1.2,5.1');
  });

  it('compactPath(d) keeps every point off the line by more than the tolerance, and lands on the last exactly', () => {
    const d = 'M0,10L1,10L2,10.05L3,10L4,2L5,10L6,10';
    expect(visited(line(d))).toEqual([
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
    expect(visited(line(d))).toEqual([
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
    const last = visited(line(d))[0]!.at(-1)!;
    const [x, y] = points
      .at(-1)!
      .split(',')
      .map((n) => Math.round(Number(n) * 10));
    expect(last).toEqual([x, y]);
    expect(line(d).length).toBeLessThan(d.length * 0.6);
  });

  it('compactPath(d) closes an area where Plot closed it', () => {
    expect(line('M0,0L10,0L10,5.5L0,5.5Z')).toBe('M0,0l10,0 0,5.5-10,0z');
  });

  it('compactPath(d) only rounds a path with curves or arcs, which it does not rewrite', () => {
    expect(line('M0,0C1,1,2,2,3,3')).toBe('M0,0C1,1,2,2,3,3');
    expect(line('M2.5,0A2.5,2.5,0,1,1,-2.5,0')).toBe('M2.5,0A2.5,2.5,0,1,1,-2.5,0');
    expect(line('M0,0A4.44,4.44,0,1,1,8.88,0')).toBe('M0,0A4.4,4.4,0,1,1,8.9,0');
  });
});

/** The absolute points a path of `m`, `l` and `z` or `M`, `L`, `Z` reaches, to a tenth. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === 'z' || command === 'Z') {
      [x, y] = [sx, sy];
      continue;
    }
    const n = args.match(/-?(?:\d+\.?\d*|\.\d+)/g)!.map(Number);
    for (let i = 0; i < n.length; i += 2) {
      const relative = command === 'm' || command === 'l';
      [x, y] = relative ? [x + n[i]!, y + n[i + 1]!] : [n[i]!, n[i + 1]!];
      if (i === 0 && (command === 'm' || command === 'M')) [sx, sy] = [x, y];
      out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return out;
}

describe('compactPath, as a map draws its shapes', () => {
  it('reaches the same points, to a tenth, in fewer characters, across several rings', () => {
    const d = 'M131.64,10.2L320,10.21L508.4,10.2L518.25,-14.5Z M100.05,200.5L99.94,200.46L101,199Z';
    const short = compactPath(d);
    expect(short.length).toBeLessThan(d.length);
    expect(points(short)).toEqual([
      [131.6, 10.2],
      [320, 10.2],
      [508.4, 10.2],
      [518.3, -14.5],
      [100.1, 200.5],
      [99.9, 200.5],
      [101, 199],
    ]);
  });

  it('with { per: 1 } keeps whole units and drops a point that rounds onto the one before', () => {
    const d = 'M10.2,20.4L10.4,20.3L15.6,18.5L15.9,18.6Z';
    expect(points(compactPath(d, { per: 1 }))).toEqual([
      [10, 20],
      [16, 19],
    ]);
  });
});

describe('compactPaths, over a whole drawing', () => {
  // A shallow arc (the globe's outline drawn in short chords) and a coast with the same bend.
  const arc = 'M0,10L10,9.4L20,9.1L30,9L40,9.1L50,9.4L60,10';
  const svg = `<svg><path d="${arc}" /><path d="${arc}" /></svg>`;
  const paths = (out: string) => [...out.matchAll(/ d="([^"]*)"/g)].map((m) => visited(m[1]!)[0]!.length);

  it('simplifies every path with the tolerance given', () => {
    expect(paths(compactPaths(svg, { per: 1, tolerance: 1 }))).toEqual([2, 2]);
  });

  it('keeps every point of the first `exact` paths, and simplifies the rest', () => {
    expect(paths(compactPaths(svg, { per: 1, tolerance: 1, exact: 1 }))).toEqual([7, 2]);
  });
});
