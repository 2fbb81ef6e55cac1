import { describe, expect, it } from 'vitest';
import { annotationLanes } from '../../../src/charts/figure/annotationLanes';

const bounds = { left: 0, right: 400, gap: 8 };

describe('annotationLanes', () => {
  it('annotationLanes puts labels far apart in the lane nearest the plot, just right of their rules', () => {
    expect(
      annotationLanes(
        [
          { x: 20, width: 60, rule: true },
          { x: 200, width: 60, rule: true },
        ],
        bounds,
      ),
    ).toEqual([
      { left: 24, lane: 0 },
      { left: 204, lane: 0 },
    ]);
  });

  it('annotationLanes keeps labels that would overlap apart, in one lane where ending one left of its rule makes room, and never lets a rule cross a label', () => {
    const items = [
      { x: 300, width: 60, rule: true },
      { x: 390, width: 80, rule: true },
      { x: 40, width: 100, rule: true },
    ];
    const placed = annotationLanes(items, bounds);
    const boxes = placed.map((p, i) => ({ ...p, right: p.left + items[i]!.width, x: items[i]!.x }));
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        if (a.lane === b.lane) expect(a.right <= b.left || b.right <= a.left).toBe(true);
        // b's rule runs down through the lanes below b.
        if (b.lane > a.lane) expect(b.x < a.left || b.x > a.right).toBe(true);
      }
    // Started right of its rule, the label at 300 would take the room the one at 390 needs left of its own.
    expect(placed).toEqual([
      { left: 236, lane: 0 },
      { left: 306, lane: 0 },
      { left: 44, lane: 0 },
    ]);
  });

  it('annotationLanes stacks labels whose rules must cross another label without letting them overlap', () => {
    const items = [100, 110, 120, 130].map((x) => ({ x, width: 120, rule: true }));
    const placed = annotationLanes(items, bounds);
    expect(new Set(placed.map((p) => p.lane)).size).toBeGreaterThan(1);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1))
        if (a.lane === b.lane) expect(a.left + 120 <= b.left || b.left + 120 <= a.left).toBe(true);
  });

  it('annotationLanes ends a label left of its rule rather than let it reach over its neighbour’s rule', () => {
    // Triffin's testimony (late 1959) and the gold price spike (October 1960) on chapter 5's chart: started right
    // of its rule, the first label ran under the second's rule, which had to stand in a lane above it.
    const items = [
      { x: 230, width: 140, rule: true },
      { x: 300, width: 150, rule: true },
    ];
    const placed = annotationLanes(items, { left: 70, right: 480, gap: 14 });
    expect(placed).toEqual([
      { left: 86, lane: 0 },
      { left: 304, lane: 0 },
    ]);
    // The first ends at its rule, the second starts at its own.
    expect(placed[0]!.left + items[0]!.width + 4).toBe(items[0]!.x);
    expect(placed[1]!.left - 4).toBe(items[1]!.x);
  });

  it('annotationLanes ends a label left of its rule near the right edge and keeps it inside', () => {
    const [p] = annotationLanes([{ x: 390, width: 80, rule: true }], bounds);
    expect(p).toEqual({ left: 306, lane: 0 });
  });
});
