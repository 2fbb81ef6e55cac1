import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import { drawPlot } from '../../src/charts/plot';
import { loadEras, loadRows } from '../../src/lib/data';
import { buildDocument } from '../../src/lib/document';
import { outputPanels } from '../../src/lib/outputMaps';
import { OUTPUT_PANEL_SIZE, outputPanelMap } from '../../src/lib/outputPanelMap';
import { GDP_SHARE_COUNTRIES, worldGdpShares } from '../../src/schemas/datasets/worldGdpShares';

const rows = loadRows(worldGdpShares);
const eras = loadEras();

describe('outputPanelMap', () => {
  it('outputPanelMap(world, panel, land) shades the nine economies in every panel and draws the land outside the dataset once', () => {
    const world = atlas as unknown as Topology<{ countries: GeometryCollection }>;
    const svgs = outputPanels(rows, eras).map((panel, i) =>
      drawPlot(
        { ...OUTPUT_PANEL_SIZE, document: buildDocument() },
        outputPanelMap(world, panel, i === 0 ? 'draw' : 'use'),
      ),
    );
    for (const svg of svgs) expect(svg.querySelectorAll('.shaded path')).toHaveLength(GDP_SHARE_COUNTRIES.length);
    const html = svgs.map((s) => s.outerHTML).join('');
    expect(html.match(/ id="output-map-land"/g)).toHaveLength(1);
    expect(html.match(/<use [^>]*href="#output-map-land"/g)).toHaveLength(svgs.length - 1);
  });
});
