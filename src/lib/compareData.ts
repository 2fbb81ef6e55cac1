import { goldPrice } from '../schemas/datasets/goldPrice';
import { guilder } from '../schemas/datasets/guilder';
import { policyRates } from '../schemas/datasets/policyRates';
import { reserveCurrencyShares } from '../schemas/datasets/reserveCurrencyShares';
import { ukPublicDebt } from '../schemas/datasets/ukPublicDebt';
import { usCurrentAccount } from '../schemas/datasets/usCurrentAccount';
import { usdGbp } from '../schemas/datasets/usdGbp';
import { usFederalDebt } from '../schemas/datasets/usFederalDebt';
import { worldGdpShares } from '../schemas/datasets/worldGdpShares';
import { COMPARED_ERAS, type AlignedEra, type ComparedEra } from './compareAlign';
import { claimMarks, type ClaimMark } from './compareClaims';
import { compareSeries, latestYear, type IndicatorSeries } from './compareSeries';
import { loadClaims, loadEras, loadEvents, loadRows } from './data';

/** Everything the comparative chart draws, as the page hands it to the figure and, as JSON, to the browser. */
export interface CompareData {
  series: IndicatorSeries[];
  eras: AlignedEra[];
  marks: ClaimMark[];
  /** Latest year of the data: "today". */
  today: number;
}

let cached: CompareData | undefined;

/** Loads the rows, eras, claims and events the comparative chart uses (once per build). */
export function loadCompareData(): CompareData {
  if (cached) return cached;
  const series = compareSeries({
    gdp: loadRows(worldGdpShares),
    reserves: loadRows(reserveCurrencyShares),
    ukDebt: loadRows(ukPublicDebt),
    usDebt: loadRows(usFederalDebt),
    guilder: loadRows(guilder),
    usdGbp: loadRows(usdGbp),
    gold: loadRows(goldPrice),
    rates: loadRows(policyRates),
    currentAccount: loadRows(usCurrentAccount),
  });
  const eras = loadEras()
    .filter((e): e is typeof e & { id: ComparedEra } => (COMPARED_ERAS as readonly string[]).includes(e.id))
    .map((e) => ({ id: e.id, datings: e.datings.map((d) => ({ by: d.by, rise: d.rise, end: d.end })) }));
  cached = { series, eras, marks: claimMarks(loadClaims(), loadEvents()), today: latestYear(series) };
  return cached;
}

/** The sources of every row the chart can draw, and of the datings and the events placing the claims. */
export function compareSources(data: CompareData): string[] {
  const eraSources = loadEras()
    .filter((e) => (COMPARED_ERAS as readonly string[]).includes(e.id))
    .flatMap((e) => e.datings.flatMap((d) => d.sources));
  const events = new Map(loadEvents().map((e) => [e.id, e]));
  return [
    ...new Set([
      ...data.series.flatMap((s) => s.sources),
      ...eraSources,
      ...data.marks.flatMap((m) => events.get(m.event)?.source ?? []),
    ]),
  ];
}
