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

/** Where labels may go, the gap kept between them, and how far a label stands from its rule (4 unless given). */
interface Bounds {
  left: number;
  right: number;
  gap: number;
  pad?: number;
}

interface Placed {
  x0: number;
  x1: number;
  x: number;
  rule: boolean;
  lane: number;
}

/** Whether a rule at `x` runs through a label spanning [a, b], with the gap around it. */
const through = (x: number, a: number, b: number, gap: number) => x >= a - gap / 2 && x <= b + gap / 2;

/**
 * One pass from left to right: each label in the nearest lane that has room, on the side of its rule `side` prefers
 * (`right`: just right of it unless that runs past the right edge; `left`: just left of it unless that runs past the
 * left edge), free of other labels and, where it can be, of rules.
 */
function place(items: readonly LaneItem[], bounds: Required<Bounds>, side: 'right' | 'left'): Placed[] {
  const { pad } = bounds;
  const out = new Array<Placed>(items.length);
  const placed: Placed[] = [];
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.x - b.item.x);
  for (const { item, index } of order) {
    const inside = (x0: number) => Math.max(bounds.left, Math.min(x0, bounds.right - item.width));
    const right = item.x + pad;
    const left = item.x - pad - item.width;
    const rightFirst = side === 'right' ? right + item.width <= bounds.right : left < bounds.left;
    const starts = [...new Set((rightFirst ? [right, left] : [left, right]).map(inside))];
    const overlapsLabel = (lane: number, x0: number) =>
      placed.some((p) => p.lane === lane && x0 < p.x1 + bounds.gap && x0 + item.width + bounds.gap > p.x0);
    const crossesRule = (lane: number, x0: number) =>
      placed.some(
        (p) =>
          // A rule from a higher lane would run through this label…
          (p.lane > lane && p.rule && through(p.x, x0, x0 + item.width, bounds.gap)) ||
          // …or this label's rule through a label in a nearer lane.
          (p.lane < lane && item.rule && through(item.x, p.x0, p.x1, bounds.gap)),
      );
    // The nearest lane and side free of labels and rules; failing that, the nearest free of labels
    // (a dotted rule may then pass behind a label, which stays legible on its halo).
    const options = Array.from({ length: placed.length + 1 }, (_, lane) => starts.map((x0) => ({ lane, x0 }))).flat();
    const choice =
      options.find((o) => !overlapsLabel(o.lane, o.x0) && !crossesRule(o.lane, o.x0)) ??
      options.find((o) => !overlapsLabel(o.lane, o.x0)) ??
      options[options.length - 1]!;
    const p = { x0: choice.x0, x1: choice.x0 + item.width, x: item.x, rule: item.rule, lane: choice.lane };
    placed.push(p);
    out[index] = p;
  }
  return out;
}

/**
 * How a placement reads: how many rules run through another label, how many lanes it takes, and how many labels
 * were pushed in from an edge over their own rule (set from their left edge, such a label's text, narrower than
 * its estimate, can end short of the rule it belongs to).
 */
function cost(placed: readonly Placed[], bounds: Required<Bounds>): [number, number, number] {
  const { pad } = bounds;
  const crossings = placed.filter((a) =>
    placed.some((b) => b.lane < a.lane && a.rule && through(a.x, b.x0, b.x1, bounds.gap)),
  ).length;
  const lanes = Math.max(0, ...placed.map((p) => p.lane + 1));
  const straddling = placed.filter((p) => p.x0 < p.x - pad - 0.5 && p.x1 > p.x + 0.5).length;
  return [crossings, lanes, straddling];
}

/**
 * Stacks annotation labels in lanes above a plot so that no two labels in a
 * lane overlap and, wherever it can, no rule running down from a higher lane
 * crosses a label. A label starts just right of its rule, or ends just left of
 * it near the right edge or when that avoids a clash, and is kept inside
 * [left, right]. Items are placed from left to right, each in the nearest lane
 * that has room; when labels ending left of their rules read better (fewer
 * rules through labels, then fewer lanes, and no more labels pushed in over
 * their rules), that placement is taken instead, so two neighbours do not
 * reach over each other's rules.
 */
export function annotationLanes(items: readonly LaneItem[], given: Bounds): LanePlacement[] {
  const bounds = { ...given, pad: given.pad ?? 4 };
  const rightwards = place(items, bounds, 'right');
  const leftwards = place(items, bounds, 'left');
  const [a, b] = [cost(rightwards, bounds), cost(leftwards, bounds)];
  const better = b[2] <= a[2] && (b[0] < a[0] || (b[0] === a[0] && b[1] < a[1]));
  return (better ? leftwards : rightwards).map((p) => ({ left: p.x0, lane: p.lane }));
}
