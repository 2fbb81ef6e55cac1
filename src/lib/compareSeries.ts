import type { GoldPriceRow } from '../schemas/datasets/goldPrice';
import type { GuilderRow } from '../schemas/datasets/guilder';
import type { PolicyRateRow } from '../schemas/datasets/policyRates';
import type { ReserveShareRow } from '../schemas/datasets/reserveCurrencyShares';
import type { UkPublicDebtRow } from '../schemas/datasets/ukPublicDebt';
import type { UsCurrentAccountRow } from '../schemas/datasets/usCurrentAccount';
import type { UsdGbpRow } from '../schemas/datasets/usdGbp';
import type { UsFederalDebtRow } from '../schemas/datasets/usFederalDebt';
import type { WorldGdpShareRow } from '../schemas/datasets/worldGdpShares';
import type { ComparedEra } from './compareAlign';

/** The indicators the comparative chart can show, one small multiple each, in display order. */
export const INDICATORS = ['gdp', 'reserves', 'debt', 'value', 'rate', 'current-account'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** What each small multiple is called and measured in, and its name in a short list of those shown. */
export const INDICATOR_TEXT: Record<Indicator, { title: string; unit: string; short: string }> = {
  gdp: { title: 'Share of world GDP', unit: '% of world GDP', short: 'GDP' },
  reserves: {
    title: 'Share of world foreign-exchange reserves',
    unit: '% of allocated or identified reserves',
    short: 'reserves',
  },
  debt: { title: 'Issuer’s public debt', unit: '% of GDP', short: 'debt' },
  value: {
    title: 'Currency’s value: guilder in pounds, pound in dollars, dollar in gold',
    unit: 'index, each series’ first year = 100, log scale',
    short: 'value',
  },
  rate: { title: 'Policy rate', unit: '% a year', short: 'policy rate' },
  'current-account': { title: 'Current account', unit: '% of GDP', short: 'current account' },
};

/** One plotted value with the row it comes from. */
export interface SeriesPoint {
  /** The row's ISO date. */
  date: string;
  /** What is plotted (for the value index, the row's value over the series' first). */
  value: number;
  estimate: boolean;
}

/** One line of one small multiple: one era, one source or vintage, never spliced with another. */
export interface IndicatorSeries {
  /** Stable id, e.g. `gdp-dollar-mpd-2010`. */
  id: string;
  indicator: Indicator;
  era: ComparedEra;
  /** What the line is, for legends, tables and the live region ("United States, Maddison 2010"). */
  label: string;
  /** A second vintage or compilation of the same quantity: drawn thinner and fainter. */
  secondary: boolean;
  /** `step-after` for a rate that holds until it changes; `linear` otherwise. */
  curve: 'linear' | 'step-after';
  /** Largest gap in years a line may span; a longer one is left as a gap. */
  maxGap: number;
  /** Bibliography ids of the rows. */
  sources: string[];
  points: SeriesPoint[];
}

/** The rows the chart draws, as loaded from `data/`. */
export interface CompareRows {
  gdp: readonly WorldGdpShareRow[];
  reserves: readonly ReserveShareRow[];
  ukDebt: readonly UkPublicDebtRow[];
  usDebt: readonly UsFederalDebtRow[];
  guilder: readonly GuilderRow[];
  usdGbp: readonly UsdGbpRow[];
  gold: readonly GoldPriceRow[];
  rates: readonly PolicyRateRow[];
  currentAccount: readonly UsCurrentAccountRow[];
}

type Draft = Omit<IndicatorSeries, 'points' | 'sources' | 'secondary' | 'curve'> &
  Partial<Pick<IndicatorSeries, 'secondary' | 'curve'>>;

interface Cited {
  date: string;
  value: number;
  estimate?: boolean;
  source: readonly string[];
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function series(draft: Draft, rows: Cited[]): IndicatorSeries {
  const sorted = [...rows].sort(byDate);
  return {
    secondary: false,
    curve: 'linear',
    ...draft,
    sources: [...new Set(sorted.flatMap((r) => r.source))],
    points: sorted.map((r) => ({ date: r.date, value: r.value, estimate: r.estimate ?? false })),
  };
}

/** A value series as an index: each row over the first row, times 100. */
function indexed(rows: Cited[]): Cited[] {
  const sorted = [...rows].sort(byDate);
  const base = sorted[0]?.value;
  return base ? sorted.map((r) => ({ ...r, value: Math.round((r.value / base) * 10000) / 100 })) : [];
}

const GDP_COUNTRY: Record<ComparedEra, { code: WorldGdpShareRow['country']; name: string }> = {
  guilder: { code: 'NLD', name: 'Netherlands' },
  sterling: { code: 'GBR', name: 'United Kingdom' },
  dollar: { code: 'USA', name: 'United States' },
};
const RESERVE_CURRENCY: Record<ComparedEra, ReserveShareRow['currency']> = {
  guilder: 'NLG',
  sterling: 'GBP',
  dollar: 'USD',
};
const ERAS = ['guilder', 'sterling', 'dollar'] as const;

/** Largest gap a line spans, by how often a series is reported: a missing period is a gap. */
function gapFor(dates: readonly string[]): number {
  const len = dates[0]?.length ?? 4;
  return len === 4 ? 1.5 : 0.3;
}

/**
 * Every line the comparative chart can draw, from the rows handed in. Nothing
 * is interpolated, spliced or smoothed: each vintage and compilation stays its
 * own series, and the only derived values are the value indices (each row over
 * its series' first row).
 */
export function compareSeries(rows: CompareRows): IndicatorSeries[] {
  const out: IndicatorSeries[] = [];
  for (const era of ERAS) {
    const { code, name } = GDP_COUNTRY[era];
    for (const vintage of ['mpd-2010', 'mpd-2023'] as const) {
      const r = rows.gdp.filter((g) => g.country === code && g.vintage === vintage);
      if (r.length === 0) continue;
      out.push(
        series(
          {
            id: `gdp-${era}-${vintage}`,
            indicator: 'gdp',
            era,
            label: `${name}, Maddison ${vintage.slice(4)}`,
            secondary: vintage !== 'mpd-2010',
            maxGap: 1.5,
          },
          r.map((g) => ({ date: g.date, value: g.share_pct, estimate: g.estimate, source: g.source })),
        ),
      );
    }
    const reserveRows = rows.reserves.filter((r) => r.currency === RESERVE_CURRENCY[era]);
    for (const vintage of [...new Set(reserveRows.map((r) => r.vintage))].sort().reverse()) {
      const r = reserveRows.filter((x) => x.vintage === vintage);
      out.push(
        series(
          {
            id: `reserves-${era}-${vintage}`,
            indicator: 'reserves',
            era,
            label: `${RESERVE_CURRENCY[era]}, ${r[0]!.basis} reserves, ${vintage} release`,
            secondary: vintage !== '2026-07',
            maxGap: gapFor(r.map((x) => x.date)),
          },
          r.map((x) => ({ date: x.date, value: x.share, estimate: x.estimate, source: x.source })),
        ),
      );
    }
  }
  for (const s of ['imf-hpdd', 'clio-infra'] as const) {
    const r = rows.ukDebt.filter((d) => d.series === s);
    out.push(
      series(
        {
          id: `debt-sterling-${s}`,
          indicator: 'debt',
          era: 'sterling',
          label: s === 'imf-hpdd' ? 'UK, IMF general government debt' : 'UK, Clio Infra central government debt',
          secondary: s !== 'imf-hpdd',
          maxGap: 1.5,
        },
        r.map((d) => ({ date: d.date, value: d.debt_pct_gdp, source: d.source })),
      ),
    );
  }
  for (const m of ['gross-federal-debt', 'total-public-debt'] as const) {
    const r = rows.usDebt.filter((d) => d.measure === m && d.unit === 'pct-gdp');
    out.push(
      series(
        {
          id: `debt-dollar-${m}`,
          indicator: 'debt',
          era: 'dollar',
          label:
            m === 'gross-federal-debt'
              ? 'US gross federal debt (OMB, fiscal years)'
              : 'US total public debt (Treasury, quarters)',
          secondary: m !== 'gross-federal-debt',
          maxGap: gapFor(r.map((d) => d.date)),
        },
        r.map((d) => ({ date: d.date, value: d.value, estimate: d.estimate, source: d.source })),
      ),
    );
  }
  const nlg = rows.guilder.filter((g) => g.measure === 'nlg-per-gbp');
  out.push(
    series(
      {
        id: 'value-guilder-gbp',
        indicator: 'value',
        era: 'guilder',
        label: 'Guilder in pounds (Clio Infra)',
        maxGap: 1.5,
      },
      indexed(nlg.map((g) => ({ date: g.date, value: 1 / g.value, estimate: g.estimate, source: g.source }))),
    ),
  );
  out.push(
    series(
      {
        id: 'value-sterling-usd',
        indicator: 'value',
        era: 'sterling',
        label: 'Pound in dollars (MeasuringWorth)',
        maxGap: 1.5,
      },
      indexed(rows.usdGbp.map((u) => ({ date: u.date, value: u.usd_per_gbp, source: u.source }))),
    ),
  );
  const gold = rows.gold.filter((g) => g.series === 'market-annual');
  out.push(
    series(
      {
        id: 'value-dollar-gold',
        indicator: 'value',
        era: 'dollar',
        label: 'Dollar in gold (MeasuringWorth)',
        maxGap: 1.5,
      },
      indexed(gold.map((g) => ({ date: g.date, value: 1 / g.usd_per_oz, estimate: g.estimate, source: g.source }))),
    ),
  );
  const boe = rows.rates.filter((r) => r.rate_id === 'boe-bank-rate');
  out.push(
    series(
      {
        id: 'rate-sterling-bank-rate',
        indicator: 'rate',
        era: 'sterling',
        label: 'Bank of England Bank Rate (changes)',
        curve: 'step-after',
        // A rate holds until it is changed, so the step between two changes is the record, not a bridge.
        maxGap: Number.POSITIVE_INFINITY,
      },
      boe.map((r) => ({ date: r.date, value: r.rate, source: r.source })),
    ),
  );
  const fed = rows.rates.filter((r) => r.rate_id === 'us-fed-funds');
  out.push(
    series(
      {
        id: 'rate-dollar-fed-funds',
        indicator: 'rate',
        era: 'dollar',
        label: 'Federal funds rate (monthly average)',
        maxGap: 0.3,
      },
      fed.map((r) => ({ date: r.date, value: r.rate, source: r.source })),
    ),
  );
  out.push(
    series(
      {
        id: 'current-account-dollar',
        indicator: 'current-account',
        era: 'dollar',
        label: 'US current account (GMD)',
        maxGap: 1.5,
      },
      rows.currentAccount.map((c) => ({ date: c.date, value: c.ca_pct_gdp, estimate: c.estimate, source: c.source })),
    ),
  );
  return out.filter((s) => s.points.length > 0);
}

/** The latest year any series reaches: "today" on the chart. */
export function latestYear(all: readonly IndicatorSeries[]): number {
  return Math.max(...all.flatMap((s) => s.points.map((p) => Number(p.date.slice(0, 4)))));
}
