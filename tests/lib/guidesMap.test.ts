import { describe, expect, it } from 'vitest';
import { compactPath } from '../../src/lib/guidesMap';

/** The absolute points a path of `m`, `l` and `z` (relative, as `compactPath` writes it) or `M`, `L`, `Z` reaches. */
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

describe('compactPath', () => {
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

  it('compactPath(d, 1) keeps whole units and drops a point that rounds onto the one before', () => {
    const d = 'M10.2,20.4L10.4,20.3L15.6,18.5L15.9,18.6Z';
    expect(points(compactPath(d, 1))).toEqual([
      [10, 20],
      [16, 19],
    ]);
  });

  it('only rounds path data with curves, which it does not rewrite', () => {
    expect(compactPath('M0,0A4.44,4.44,0,1,1,8.88,0')).toBe('M0,0A4.4,4.4,0,1,1,8.9,0');
  });
});
