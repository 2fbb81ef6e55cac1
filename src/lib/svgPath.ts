/**
 * Path data in fewer bytes that draw the same: the one way the build writes the lines of its figures and the
 * shapes of its maps. Plot and d3-geo write coordinates to a thousandth of a unit, absolute, with a letter per
 * point; a figure or map needs no more than a tenth of a unit (or, drawn small, whole units).
 */

interface Point {
  x: number;
  y: number;
}

export interface CompactOptions {
  /** Steps per unit the coordinates keep: 10 keeps tenths, 1 whole units. */
  per?: number;
  /** Points within this many units of the line through their neighbours are dropped (Douglas–Peucker); 0 keeps them. */
  tolerance?: number;
  /** How many of an SVG's first paths keep every point (`compactPaths` only): rounded, never simplified. */
  exact?: number;
}

/** A count of steps of `1 / per` as short as SVG reads it: with tenths, 5 as `.5`, -5 as `-.5`, 20 as `2`. */
function short(steps: number, per: number): string {
  return String(steps / per).replace(/^(-?)0\./, '$1.');
}

/** Two numbers in a row, with a separator only where the second does not start with its own sign. */
function pair(a: number, b: number, per: number): string {
  const second = short(b, per);
  return `${short(a, per)}${second.startsWith('-') ? '' : ','}${second}`;
}

/** One subpath: its first point absolute, every other relative to the one before. */
function written(points: Point[], per: number): string {
  const [first, ...rest] = points;
  let out = `M${pair(first!.x, first!.y, per)}`;
  let prev = first!;
  rest.forEach((p, i) => {
    const step = pair(p.x - prev.x, p.y - prev.y, per);
    out += i === 0 ? `l${step}` : step.startsWith('-') ? step : ` ${step}`;
    prev = p;
  });
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

/**
 * Path data of straight lines (`M`, `L`, `Z`, as Plot draws a line and d3-geo a map) rewritten on the grid of
 * `1 / per` units: each subpath's first point absolute, each step relative to the one before
 * (`M87.1,275.8l1.2-.9 1.2-.1`), a point that rounds onto the one before dropped, and with a `tolerance` the points
 * that lie within it of the line through their neighbours. Steps are taken between rounded points, so no error adds
 * up along the line. Path data with any other command (a curve, an arc) is only rounded.
 */
export function compactPath(d: string, { per = 10, tolerance = 0 }: CompactOptions = {}): string {
  const round = () => d.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n) * per) / per));
  if (/[^MLZ\d.,\s eE+-]/.test(d) || !/^\s*M/.test(d)) return round();
  const subpaths = d
    .split('M')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const closed = /Z\s*$/.test(part);
      if (part.replace(/Z\s*$/, '').includes('Z')) return null;
      const numbers = (part.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map((n) => Math.round(Number(n) * per));
      const points: Point[] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        const p = { x: numbers[i]!, y: numbers[i + 1]! };
        const last = points.at(-1);
        if (!last || last.x !== p.x || last.y !== p.y) points.push(p);
      }
      return { points, closed };
    });
  if (subpaths.some((s) => s === null || s.points.length === 0)) return round();
  return subpaths
    .map((s) => written(tolerance > 0 ? simplify(s!.points, tolerance * per) : s!.points, per) + (s!.closed ? 'z' : ''))
    .join('');
}

/**
 * How the world maps are written (era maps and world output): drawn at most as wide as they are shown, so whole
 * units, and no point nearer than a unit to the line its neighbours draw (Bretton Woods' map 24 → 7 KB gzip); the
 * globe's outline, each map's first path, keeps every point: a long gentle curve shows corners a coast hides.
 */
export const MAP_PATHS: CompactOptions = { per: 1, tolerance: 1, exact: 1 };

/** Every path of an SVG's markup written by `compactPath`. */
export function compactPaths(svg: string, { exact = 0, ...options }: CompactOptions = {}): string {
  let seen = 0;
  return svg.replace(/ d="([^"]*)"/g, (_, d: string) => {
    const keep = seen++ < exact;
    return ` d="${compactPath(d, keep ? { ...options, tolerance: 0 } : options)}"`;
  });
}
