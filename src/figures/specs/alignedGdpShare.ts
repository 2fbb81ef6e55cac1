import type { Series } from '../../charts/types';
import { worldGdpShares, type WorldGdpShareRow } from '../../schemas/datasets/worldGdpShares';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';
import { claimMarkers, inWindow, riseYears } from './eraAlignment';

/** The three reserve-currency eras and the economy that issued each currency. */
const ISSUERS = [
  { era: 'guilder', country: 'NLD', short: 'NL', colour: COLOUR.guilder },
  { era: 'sterling', country: 'GBR', short: 'UK', colour: COLOUR.sterling },
  { era: 'dollar', country: 'USA', short: 'US', colour: COLOUR.dollar },
] as const;

/**
 * The issuer's share of world GDP on an axis of years since its era began.
 * Each era's default dating gives one line per Maddison release (mpd-2010
 * solid; mpd-2023, which has no world total before 1820, dotted); every other
 * dating in `eras.yml` gives a dotted mpd-2010 line shifted to its own year 0,
 * so a chapter can show how the picture moves with the dating. Ids:
 * `<era>-<vintage>` for the default, `<era>-mpd-2010-from-<year>` otherwise.
 */
export function alignedGdpShareSeries(rows: readonly WorldGdpShareRow[]): Series[] {
  return ISSUERS.flatMap(({ era, country, short, colour }) => {
    const [rise, ...others] = riseYears(era);
    const of = (vintage: WorldGdpShareRow['vintage']) =>
      rows.filter((r) => r.country === country && r.vintage === vintage);
    const aligned = (vintage: WorldGdpShareRow['vintage'], year0: number) =>
      toPoints(of(vintage), { value: (r) => r.share_pct, shiftX: (x) => x - year0 }).filter((p) => inWindow(p.x));
    return [
      ...series(`${era}-mpd-2010`, `${short} from ${rise}`, colour, aligned('mpd-2010', rise), {
        shortLabel: `${short} ${rise}`,
      }),
      ...series(`${era}-mpd-2023`, `${short}, MPD 2023`, colour, aligned('mpd-2023', rise), {
        shortLabel: `${short} MPD23`,
        dashed: true,
      }),
      ...others.flatMap((year0) =>
        series(`${era}-mpd-2010-from-${year0}`, `${short} from ${year0}`, colour, aligned('mpd-2010', year0), {
          shortLabel: `${short} ${year0}`,
          dashed: true,
        }),
      ),
    ];
  });
}

/** Shares of world GDP of the Dutch Republic, Britain and the US, aligned on the start of each currency's era. */
export const alignedGdpShare = defineFigure({
  id: 'aligned-gdp-share',
  title: "The issuer's share of world GDP, by years since its currency's era began",
  description:
    "Line chart on an axis of years since each era's default start (guilder 1581, sterling 1850, dollar 1913, from data/eras.yml), from a century before to 250 years after. Shares are Maddison's estimates (release mpd-2010; the 2023 release and other datings are separate, dotted lines). The Netherlands never exceeds about 1 % of world output; Britain holds about 9 % from year 20 to year 50 (1870–1900) and then declines; the United States already has about 19 % at year 0 and peaks near 27 % at year 37 (1950). Vertical rules mark where the article's claims about each rise fall on this axis.",
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'years-since-start',
  data: { worldGdpShares },
  series: (rows) => alignedGdpShareSeries(rows.worldGdpShares),
  markers: () =>
    claimMarkers([
      { claim: 'us-same-path', era: 'dollar', event: 'us-civil-war', atEnd: true, label: 'US Civil War' },
      { claim: 'rise-after-victory', era: 'sterling', event: 'battle-of-waterloo', label: 'UK Waterloo' },
      { claim: 'bretton-woods', era: 'dollar', event: 'bretton-woods-conference', label: 'Bretton Woods' },
      { claim: 'rise-after-victory', era: 'guilder', event: 'peace-of-munster', label: 'NL Münster' },
    ]),
});
