import { worldGdpShares, type WorldGdpShareRow } from '../../schemas/datasets/worldGdpShares';
import type { Series } from '../../charts/types';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

/** The last year drawn: the end of the sterling era, with the 1980 benchmark of the newer release. */
const LAST_YEAR = 1980;

/** One line to draw: a country in one Maddison release. */
interface Line {
  country: WorldGdpShareRow['country'];
  vintage: WorldGdpShareRow['vintage'];
  name: string;
  colour: string;
}

// The older release (Maddison 2010) alone reaches back before 1820, so it carries the
// comparison countries; the newer one (Maddison Project 2023) is kept as its own lines.
const LINES: Line[] = [
  { country: 'NLD', vintage: 'mpd-2010', name: 'Dutch', colour: COLOUR.guilder },
  { country: 'GBR', vintage: 'mpd-2010', name: 'Britain', colour: COLOUR.sterling },
  { country: 'USA', vintage: 'mpd-2010', name: 'US', colour: COLOUR.dollar },
  { country: 'FRA', vintage: 'mpd-2010', name: 'France', colour: COLOUR.neutral },
  { country: 'ESP', vintage: 'mpd-2010', name: 'Spain', colour: COLOUR.neutral },
  { country: 'CHN', vintage: 'mpd-2010', name: 'China', colour: COLOUR.china },
  { country: 'NLD', vintage: 'mpd-2023', name: 'Dutch', colour: COLOUR.guilder },
  { country: 'GBR', vintage: 'mpd-2023', name: 'Britain', colour: COLOUR.sterling },
  { country: 'USA', vintage: 'mpd-2023', name: 'US', colour: COLOUR.dollar },
];

/** Builds one line per country and release, never joining the two releases. */
function gdpShareLines(rows: readonly WorldGdpShareRow[]): Series[] {
  return LINES.flatMap((l) =>
    series(
      `${l.country.toLowerCase()}-${l.vintage}`,
      // Short enough to fit at the line's end; the title and description name the releases.
      `${l.name} (est. ${l.vintage.slice(4)})`,
      l.colour,
      toPoints(
        rows.filter((r) => r.country === l.country && r.vintage === l.vintage && Number(r.date) <= LAST_YEAR),
        { value: (r) => r.share_pct },
      ),
      // The older release is dotted, as older vintages are elsewhere on the site.
      { shortLabel: `${l.country} ${l.vintage.slice(4)}`, dashed: l.vintage === 'mpd-2010' },
    ),
  );
}

/** Shares of world GDP from 1500 to 1980: the Dutch, British and US eras against France, Spain and China. */
export const gdpSharesEarly = defineFigure({
  id: 'gdp-shares-early',
  title: 'Shares of world GDP, 1500–1980: Maddison estimates of 2010 and 2023',
  description:
    'Line chart of the Netherlands, Britain, the United States, France, Spain and China as shares of world output, from Maddison’s 2010 estimates (“est. 2010”: benchmark years 1500, 1600, 1700, then 1820 onwards; dotted) and the Maddison Project’s 2023 estimates (“est. 2023”: from 1820; dashed where the source estimates the world total). The two releases use different price bases and are never joined. Lines join benchmark years; nothing between them is data. The Dutch Republic never exceeds about 1 % of world output, while China holds a fifth to a third until the nineteenth century; Britain climbs to about 9 % by 1870 and the United States passes it before 1913.',
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'year',
  data: { worldGdpShares },
  series: (rows) => gdpShareLines(rows.worldGdpShares),
});
