const SVG_GEOMETRY = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'transform', 'points'];

/**
 * A drawing in fewer bytes that look the same: every coordinate to a tenth of a unit (below a pixel at every width
 * a drawing is shown), every line and area written by `compactPath`.
 */
export function compactDrawing(svg: Element): void {
  for (const el of svg.querySelectorAll('*'))
    for (const name of SVG_GEOMETRY) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, value.replace(/(-?\d+\.\d)\d+/g, '$1'));
    }
  for (const path of svg.querySelectorAll('path[d]')) path.setAttribute('d', compactPath(path.getAttribute('d')!));
}

/**
 * A line's path data, as Plot writes it (`M x,y L x,y …`, a new `M` after each gap, a `Z` closing an area), in
 * fewer bytes that draw the same line: every point on the tenths grid the drawing already uses, points that lie
 * within `tolerance` user units of the line through their neighbours dropped (Douglas–Peucker), and each step
 * written relative to the one before (`M87.1,275.8l1.2-.9 1.2-.1`). Steps are computed in whole tenths, so
 * rounding never drifts along the line. A path with any other command (a curve, an arc) is returned as it was.
 */
export function compactPath(d: string, tolerance = 0.15): string {
  if (/[^MLZ\d.,\s-]/.test(d) || !/^\s*M/.test(d)) return d;
  const lines = d
    .split('M')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const closed = /Z\s*$/.test(part);
      if (part.replace(/Z\s*$/, '').includes('Z')) return null;
      const numbers = (part.match(/-?\d*\.?\d+/g) ?? []).map((n) => Math.round(Number(n) * 10));
      const points: Point[] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
      return { points, closed };
    });
  if (lines.some((line) => line === null || line.points.length === 0)) return d;
  return lines.map((line) => written(simplify(line!.points, tolerance * 10)) + (line!.closed ? 'z' : '')).join('');
}

interface Point {
  x: number;
  y: number;
}

/** A number of tenths as the shortest SVG number: 12 → `1.2`, -9 → `-.9`, 30 → `3`. */
function tenths(v: number): string {
  const sign = v < 0 ? '-' : '';
  const a = Math.abs(v);
  const whole = Math.floor(a / 10);
  const tenth = a % 10;
  if (tenth === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${tenth}`;
}

/** Two numbers in a row, with a separator only where the second does not start with its own sign. */
function pair(a: number, b: number): string {
  const second = tenths(b);
  return `${tenths(a)}${second.startsWith('-') ? '' : ','}${second}`;
}

/** One subpath: its first point absolute, every other relative to the one before. */
function written(points: Point[]): string {
  const [first, ...rest] = points;
  let out = `M${pair(first!.x, first!.y)}`;
  if (rest.length === 0) return out;
  let prev = first!;
  const steps = rest.map((p) => {
    const step = pair(p.x - prev.x, p.y - prev.y);
    prev = p;
    return step;
  });
  out += `l${steps[0]}`;
  for (const step of steps.slice(1)) out += step.startsWith('-') ? step : ` ${step}`;
  return out;
}

/** Distance of `p` from the segment `a`–`b`. */
function offset(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return Math.hypot(p.x - a.x, p.y - a.y);
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Douglas–Peucker: keeps the ends and every point farther than `tolerance` from the line the kept ones draw. */
function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const o = offset(points[i]!, points[from]!, points[to]!);
      if (o > distance) {
        distance = o;
        farthest = i;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([from, farthest], [farthest, to]);
  }
  return points.filter((_, i) => keep[i] === 1);
}
