import * as Plot from '@observablehq/plot';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { OutputPanel, OutputShare } from './outputMaps';

/**
 * Where an issuer's label sits, on sea or on land outside the dataset so that it hides no economy of the dataset, and
 * the point on the country its leader line ends at (longitude, latitude). Only the issuers are labelled; every share
 * is in the map's table.
 */
const LABEL_PLACE: Record<string, { at: [number, number]; to: [number, number]; above: boolean }> = {
  NLD: { at: [-22, 72], to: [5, 52.5], above: true },
  GBR: { at: [-22, 72], to: [-2, 54], above: true },
  USA: { at: [-110, 11], to: [-100, 38], above: false },
};
const DEFAULT_PLACE = { at: [0, -40] as [number, number], to: [0, 0] as [number, number], above: false };

/** What the label of an issuer reads, on two lines: its name and its share (`Netherlands`, `1.1 %*`). */
const labelOf = (share: OutputShare) => `${share.name}\n${share.text}`;

/**
 * The size a panel is drawn at, about the size it is shown at: two to a row in the essay's column, one on a phone,
 * so its 13 px labels are shown at 12 px or more.
 */
export const OUTPUT_PANEL_SIZE = { width: 320, height: 178 };

/** The id of the land outside the dataset, drawn in the first panel and reused by the others. */
const LAND_ID = 'output-map-land';

/** The land of every country outside the dataset: drawn once (`draw`), or a `<use>` of the first panel's (`use`). */
function outsideLand(
  world: Topology<{ countries: GeometryCollection }>,
  inData: (id: unknown) => boolean,
  land: 'draw' | 'use',
): Plot.Markish {
  const style = { fill: 'var(--bg-sunken)', stroke: 'var(--rule)', strokeWidth: 0.5 };
  if (land === 'use')
    return (_index: unknown, _scales: unknown, _values: unknown, _dimensions: unknown, context: Plot.Context) => {
      const use = context.document.createElementNS('http://www.w3.org/2000/svg', 'use');
      use.setAttribute('href', `#${LAND_ID}`);
      use.setAttribute('class', 'outside');
      use.setAttribute('fill', style.fill);
      use.setAttribute('stroke', style.stroke);
      use.setAttribute('stroke-width', String(style.strokeWidth));
      return use;
    };
  const geometries = world.objects.countries.geometries.filter((g) => !inData(g.id));
  return Plot.geo(merge(world, geometries as Array<Polygon | MultiPolygon>), {
    ...style,
    className: 'outside',
    render: (index, scales, values, dimensions, context, next) => {
      const g = next?.(index, scales, values, dimensions, context);
      g?.querySelector('path')?.setAttribute('id', LAND_ID);
      return g ?? null;
    },
  });
}

/**
 * One panel of the map of world output: the land of every country outside the dataset as one pale shape (not
 * shaded, not zero), each of the nine economies in the colour of its share's class, the issuer of the leading
 * currency outlined and labelled with its share. Equal Earth, whole world. The land outside the dataset is the
 * same in every panel: the first draws it (`land: 'draw'`), the others reuse it (`'use'`), which saves most of a
 * panel's bytes. Returns Plot options for `drawPlot`.
 */
export function outputPanelMap(
  world: Topology<{ countries: GeometryCollection }>,
  panel: OutputPanel,
  land: 'draw' | 'use' = 'draw',
): Plot.PlotOptions {
  const geometries = world.objects.countries.geometries;
  const byShape = new Map(panel.shares.map((s) => [s.shape, s]));
  const inData = (id: unknown) => byShape.has(String(id));
  const shaded = geometries
    .filter((g) => inData(g.id))
    .map((g) => ({ shape: feature(world, g), share: byShape.get(String(g.id))! }));
  const issuers = shaded.filter((s) => s.share.issuer);
  return {
    projection: 'equal-earth',
    margin: 2,
    marginLeft: 2,
    marginRight: 2,
    // Room above the pole for the labels of European issuers, which sit north of Europe.
    marginTop: 20,
    marginBottom: 2,
    ariaLabel: panel.ariaLabel,
    marks: [
      Plot.sphere({ stroke: 'var(--rule)' }),
      outsideLand(world, inData, land),
      Plot.geo(
        shaded.map((s) => s.shape),
        {
          fill: (f: { id?: string | number }) => byShape.get(String(f.id))!.fill,
          stroke: 'var(--bg, white)',
          strokeWidth: 0.5,
          className: 'shaded',
        },
      ),
      Plot.geo(
        issuers.map((s) => s.shape),
        { stroke: 'var(--text)', strokeWidth: 1.5, fill: 'none', className: 'issuer' },
      ),
      // Each issuer's label on the sea, with a thin line to its country: small countries are hard to find.
      ...issuers.flatMap(({ share }) => {
        const place = LABEL_PLACE[share.country] ?? DEFAULT_PLACE;
        const point = { lon: place.at[0], lat: place.at[1], lon2: place.to[0], lat2: place.to[1] };
        return [
          Plot.link([point], {
            x1: 'lon',
            y1: 'lat',
            x2: 'lon2',
            y2: 'lat2',
            // Straight on the page: a projected link would follow the great circle and bend.
            curve: 'linear',
            stroke: 'var(--text)',
            strokeWidth: 1,
            className: 'issuer-leader',
          }),
          Plot.text([point], {
            x: 'lon',
            y: 'lat',
            text: () => labelOf(share),
            // The label's edge, not its middle, at the end of the line, so the line never crosses the words.
            lineAnchor: place.above ? 'bottom' : 'top',
            lineHeight: 1.1,
            fill: 'var(--text)',
            stroke: 'var(--bg, white)',
            strokeWidth: 3,
            className: 'issuer-label',
          }),
        ];
      }),
    ],
  };
}
