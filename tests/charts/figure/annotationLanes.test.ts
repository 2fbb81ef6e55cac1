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

  it('annotationLanes stacks labels that would overlap, and never lets a rule cross a label', () => {
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
    expect(new Set(placed.map((p) => p.lane)).size).toBeGreaterThan(1);
  });

  it('annotationLanes stacks labels whose rules must cross another label without letting them overlap', () => {
    const items = [100, 110, 120, 130].map((x) => ({ x, width: 120, rule: true }));
    const placed = annotationLanes(items, bounds);
    expect(new Set(placed.map((p) => p.lane)).size).toBe(4);
  });

  it('annotationLanes ends a label left of its rule near the right edge and keeps it inside', () => {
    const [p] = annotationLanes([{ x: 390, width: 80, rule: true }], bounds);
    expect(p).toEqual({ left: 306, lane: 0 });
  });
});
