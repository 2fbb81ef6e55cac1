import * as Plot from '@observablehq/plot';
import type { MultiPolygon, Polygon } from 'topojson-specification';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, merge, mesh } from 'topojson-client';

/** One group of today's countries to shade on an era map. */
export interface MapGroup {
  /** ISO 3166-1 numeric codes of today's countries in the group. */
  codes: readonly string[];
  /** Drawn in the map's second colour (a second layer of the same map). */
  alt?: boolean;
}

/** One place to mark with a dot on an era map (a trading post): its position as longitude and latitude. */
export interface MapPoint {
  lon: number;
  lat: number;
  /** The hub of the network: drawn larger, with a ring. */
  hub?: boolean;
}

/**
 * An era map: today's unshaded land in a light fill, the countries whose codes `groups` name in the era's colour, every
 * border once as a thin line in the page's background colour, and any `points` as dots in that colour,
 * on an Equal Earth projection of the whole world. The unshaded countries are drawn as one merged shape and the
 * borders as one mesh, not a path per country: the same picture in a fraction of the bytes. Each shaded country
 * keeps its own path. Returns Plot options for `drawPlot`.
 */
export function eraMap(
  world: Topology<{ countries: GeometryCollection }>,
  groups: readonly MapGroup[],
  colour: string,
  ariaLabel: string,
  points: readonly MapPoint[] = [],
  altColour = colour,
): Plot.PlotOptions {
  const shaded = new Set(groups.filter((g) => !g.alt).flatMap((g) => g.codes));
  const shadedAlt = new Set(groups.filter((g) => g.alt).flatMap((g) => g.codes));
  const geometries = world.objects.countries.geometries;
  const isShaded = (id: unknown) => shaded.has(String(id));
  const isShadedAlt = (id: unknown) => !isShaded(id) && shadedAlt.has(String(id));
  const countries = (keep: (id: unknown) => boolean) =>
    geometries.filter((g) => keep(g.id)).map((g) => feature(world, g));
  // The land no group shades, as one shape: a shaded country is drawn once, in its colour, not over the grey.
  const land = merge(
    world,
    geometries.filter((g) => !isShaded(g.id) && !isShadedAlt(g.id)) as Array<Polygon | MultiPolygon>,
  );
  // Borders only: a coast's line in the background colour, over the background, was never seen.
  const lines = mesh(world, world.objects.countries, (a, b) => a !== b);
  return {
    projection: 'equal-earth',
    // A thin margin all round, so the outline of the globe is not cut at the frame's edge.
    margin: 2,
    marginLeft: 2,
    marginRight: 2,
    marginTop: 2,
    marginBottom: 2,
    ariaLabel,
    marks: [
      Plot.sphere({ stroke: 'var(--rule)' }),
      Plot.geo(land, { fill: 'var(--rule)' }),
      Plot.geo(countries(isShaded), { fill: colour, className: 'shaded' }),
      ...(shadedAlt.size ? [Plot.geo(countries(isShadedAlt), { fill: altColour, className: 'shaded-alt' })] : []),
      Plot.geo(lines, { stroke: 'var(--bg, white)', strokeWidth: 0.5 }),
      ...(points.length
        ? [
            Plot.dot(
              points.filter((p) => !p.hub),
              {
                x: 'lon',
                y: 'lat',
                r: 5,
                fill: colour,
                stroke: 'var(--bg, white)',
                strokeWidth: 1,
                className: 'post',
              },
            ),
            Plot.dot(
              points.filter((p) => p.hub),
              {
                x: 'lon',
                y: 'lat',
                r: 8,
                fill: colour,
                stroke: 'var(--text, black)',
                strokeWidth: 1.5,
                className: 'hub',
              },
            ),
          ]
        : []),
    ],
  };
}

/** A count of steps of `1 / per` as short as SVG reads it: with tenths, `0.5` as `.5`, `-0.5` as `-.5`, `2.0` as `2`. */
const short = (steps: number, per: number) => {
  const text = String(steps / per);
  return text.replace(/^(-?)0\./, '$1.');
};

/**
 * Path data of straight lines (`M`, `L`, `Z`, as d3-geo draws a map) rewritten with one decimal (or, with `per` 1,
 * whole units) and relative moves, which are shorter than absolute ones; the points are rounded before the
 * differences are taken, so no error adds up, and a point that rounds onto the one before is dropped.
 * Path data with any other command is only rounded.
 */
export function compactPath(d: string, per = 10): string {
  if (/[^MLZ\d\s,.eE+-]/.test(d)) return d.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n) * per) / per));
  let out = '';
  let last = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      last = 'z';
      x = startX;
      y = startY;
      continue;
    }
    const numbers = args.match(/-?[\d.]+(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const nx = Math.round(numbers[i]! * per);
      const ny = Math.round(numbers[i + 1]! * per);
      const move = command === 'M' && i === 0;
      const letter = move ? 'm' : 'l';
      if (!move && nx === x && ny === y) continue;
      const pair = `${short(nx - x, per)}${ny - y < 0 ? '' : ','}${short(ny - y, per)}`;
      // After a move, further pairs are lines without a letter; a line after a line needs none either.
      out += (letter === last || (letter === 'l' && last === 'm') ? (pair.startsWith('-') ? '' : ',') : letter) + pair;
      last = letter;
      x = nx;
      y = ny;
      if (move) {
        startX = nx;
        startY = ny;
      }
    }
  }
  return out;
}

/**
 * Compacts every path of an SVG with `compactPath`: a world map drawn at page size needs no more than a tenth of a
 * unit; a small one, shown at about its drawn size, no more than whole units (`per` 1).
 */
export function roundPaths(svg: string, per = 10): string {
  return svg.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${compactPath(d, per)}"`);
}
