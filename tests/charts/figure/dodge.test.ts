import { describe, expect, it } from 'vitest';
import { dodge } from '../../../src/charts/figure/dodge';

const overlaps = (ys: number[], sizes: number[]) => {
  const boxes = ys.map((y, i) => [y - sizes[i]! / 2, y + sizes[i]! / 2] as const).sort((a, b) => a[0] - b[0]);
  return boxes.some((b, i) => i > 0 && b[0] < boxes[i - 1]![1] - 1e-9);
};

describe('dodge', () => {
  it('dodge leaves items that do not touch where they are', () => {
    expect(
      dodge(
        [
          { at: 10, size: 10 },
          { at: 50, size: 10 },
        ],
        { min: 0, max: 100 },
      ),
    ).toEqual([10, 50]);
  });

  it('dodge spreads stacked labels evenly around where they want to be', () => {
    const ys = dodge(
      [
        { at: 50, size: 10 },
        { at: 50, size: 10 },
        { at: 51, size: 10 },
      ],
      { min: 0, max: 100, gap: 2 },
    );
    expect(overlaps(ys, [10, 10, 10])).toBe(false);
    expect((ys[0]! + ys[1]! + ys[2]!) / 3).toBeCloseTo(50.33, 1);
  });

  it('dodge keeps the order of items and keeps them inside the bounds', () => {
    const items = [90, 95, 99, 98].map((at) => ({ at, size: 12 }));
    const ys = dodge(items, { min: 0, max: 100, gap: 1 });
    expect(overlaps(ys, [12, 12, 12, 12])).toBe(false);
    expect(Math.max(...ys) + 6).toBeLessThanOrEqual(100 + 1e-9);
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[3]).toBeLessThan(ys[2]!);
  });

  it('dodge separates any number of labels that all want the same place', () => {
    const items = Array.from({ length: 7 }, () => ({ at: 30, size: 15 }));
    expect(
      overlaps(
        dodge(items, { min: 0, max: 200, gap: 2 }),
        items.map((i) => i.size),
      ),
    ).toBe(false);
  });
});
