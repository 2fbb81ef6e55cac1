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
