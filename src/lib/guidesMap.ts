import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

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
 * An era map: every country of today's base map in a light fill, those whose codes `groups` name in the
 * era's colour, and any `points` as dots in that colour, on an Equal Earth projection of the whole world.
 * Returns Plot options for `drawPlot`.
 */
export function eraMap(
  countries: FeatureCollection<Geometry>,
  groups: readonly MapGroup[],
  colour: string,
  ariaLabel: string,
  points: readonly MapPoint[] = [],
  altColour = colour,
): Plot.PlotOptions {
  const shaded = new Set(groups.filter((g) => !g.alt).flatMap((g) => g.codes));
  const shadedAlt = new Set(groups.filter((g) => g.alt).flatMap((g) => g.codes));
  const isShaded = (f: Feature) => shaded.has(String(f.id));
  const isShadedAlt = (f: Feature) => !isShaded(f) && shadedAlt.has(String(f.id));
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
      Plot.geo(
        countries.features.filter((f) => !isShaded(f) && !isShadedAlt(f)),
        { fill: 'var(--rule)', stroke: 'var(--bg, white)', strokeWidth: 0.5 },
      ),
      Plot.geo(countries.features.filter(isShaded), {
        fill: colour,
        stroke: 'var(--bg, white)',
        strokeWidth: 0.5,
        className: 'shaded',
      }),
      ...(shadedAlt.size
        ? [
            Plot.geo(countries.features.filter(isShadedAlt), {
              fill: altColour,
              stroke: 'var(--bg, white)',
              strokeWidth: 0.5,
              className: 'shaded-alt',
            }),
          ]
        : []),
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

/** Rounds every number in SVG path data to one decimal: a world map drawn at page size needs no more. */
export function roundPaths(svg: string): string {
  return svg.replace(
    / d="([^"]*)"/g,
    (_, d: string) => ` d="${d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
  );
}
