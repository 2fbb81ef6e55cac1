/** An annotation to place above a plot: a rule at `x` (if any) and a label `width` wide. */
export interface LaneItem {
  /** Where the annotation points, in the same units as the bounds. */
  x: number;
  /** Width of its widest line. */
  width: number;
  /** Whether a rule runs from the label down through the lanes nearer the plot. */
  rule: boolean;
}

/** Where one annotation's label went. */
export interface LanePlacement {
  /** Left edge of the label. */
  left: number;
  /** 0 is the lane nearest the plot; higher lanes sit above it. */
  lane: number;
}

/**
 * Stacks annotation labels in lanes above a plot so that no two labels in a
 * lane overlap and no rule running down from a higher lane crosses a label. A
 * label starts just right of its rule, or ends just left of it when that
 * avoids a clash, and is kept inside [left, right]. Items are placed from
 * left to right, each in the nearest lane that has room.
 */
export function annotationLanes(
  items: readonly LaneItem[],
  bounds: { left: number; right: number; gap: number; pad?: number },
): LanePlacement[] {
  const pad = bounds.pad ?? 4;
  const out = new Array<LanePlacement>(items.length);
  const placed: { x0: number; x1: number; x: number; rule: boolean; lane: number }[] = [];
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.x - b.item.x);
  const crosses = (x: number, a: number, b: number) => x >= a - bounds.gap / 2 && x <= b + bounds.gap / 2;
  for (const { item, index } of order) {
    const inside = (x0: number) => Math.max(bounds.left, Math.min(x0, bounds.right - item.width));
    const right = item.x + pad;
    // Right of the rule when it fits, else left of it; the other side is the second choice.
    const sides =
      right + item.width > bounds.right ? [item.x - pad - item.width, right] : [right, item.x - pad - item.width];
    const starts = [...new Set(sides.map(inside))];
    const overlapsLabel = (lane: number, x0: number) =>
      placed.some((p) => p.lane === lane && x0 < p.x1 + bounds.gap && x0 + item.width + bounds.gap > p.x0);
    const crossesRule = (lane: number, x0: number) =>
      placed.some(
        (p) =>
          // A rule from a higher lane would run through this label…
          (p.lane > lane && p.rule && crosses(p.x, x0, x0 + item.width)) ||
          // …or this label's rule through a label in a nearer lane.
          (p.lane < lane && item.rule && crosses(item.x, p.x0, p.x1)),
      );
    // The nearest lane and side free of labels and rules; failing that, the nearest free of labels
    // (a dotted rule may then pass behind a label, which stays legible on its halo).
    const options = Array.from({ length: placed.length + 1 }, (_, lane) => starts.map((x0) => ({ lane, x0 }))).flat();
    const choice =
      options.find((o) => !overlapsLabel(o.lane, o.x0) && !crossesRule(o.lane, o.x0)) ??
      options.find((o) => !overlapsLabel(o.lane, o.x0)) ??
      options[options.length - 1]!;
    placed.push({ x0: choice.x0, x1: choice.x0 + item.width, x: item.x, rule: item.rule, lane: choice.lane });
    out[index] = { left: choice.x0, lane: choice.lane };
  }
  return out;
}
