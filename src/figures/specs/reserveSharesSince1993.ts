import { currencyName, reserveSharesSeries } from '../reserveSharesSeries';
import { reserveCurrencyShares, type ReserveShareRow } from '../../schemas/datasets/reserveCurrencyShares';
import type { Series } from '../../charts/types';
import { COLOUR } from '../points';
import { defineFigure } from '../types';

/** The IMF's 2003 table of identified holdings, 1993–2001: the only 1990s release with every currency. */
const TABLE_2003 = '2003-11';

/** Currencies of the 2003 table worth a line: the euro's forerunners, the guilder among them. */
const TABLE_2003_CURRENCIES: readonly ReserveShareRow['currency'][] = [
  'USD',
  'DEM',
  'JPY',
  'ECU',
  'GBP',
  'FRF',
  'NLG',
  'EUR',
];

/** Colours for codes the shared reserve-shares palette leaves grey. */
const EXTRA_COLOURS: Partial<Record<ReserveShareRow['currency'], string>> = {
  ECU: COLOUR.euro,
  NLG: COLOUR.guilder,
};

/** Names for codes the shared palette prints as bare codes. */
const EXTRA_NAMES: Partial<Record<ReserveShareRow['currency'], string>> = {
  NLG: 'Guilder',
};

/** The vintage of the IMF's current COFER release: the newest dated label. */
function currentVintage(rows: readonly ReserveShareRow[]): string {
  const vintages = rows.filter((r) => r.basis === 'allocated' && /^\d{4}-\d{2}$/.test(r.vintage)).map((r) => r.vintage);
  return vintages.sort().at(-1) ?? 'pre-2025';
}

/** Marks the 2003 table's series as such, so no label reads like the current release. */
function asTable2003(s: Series): Series {
  const code = s.id.split('-')[0].toUpperCase() as ReserveShareRow['currency'];
  return {
    ...s,
    label: `${EXTRA_NAMES[code] ?? currencyName(code)} (2003 table)`,
    shortLabel: `${code} 2003`,
    colour: EXTRA_COLOURS[code] ?? s.colour,
  };
}

/**
 * Currency shares of world reserves from 1993: the IMF's 2003 table of
 * identified holdings, COFER as first published, and the current COFER
 * release, each its own line. The bases differ (identified vs allocated)
 * and the releases disagree, so nothing is joined.
 */
export const reserveSharesSince1993 = defineFigure({
  id: 'reserve-shares-since-1993',
  title: 'Currency shares of world foreign-exchange reserves since 1993, three releases',
  description:
    'Line chart of reserve-currency shares from three IMF releases kept apart: the 2003 table of identified holdings (1993–2001, with the D-mark, the French franc, the guilder and the ECU), COFER allocated reserves as first published (1999–2022) and the current COFER release (from 2014). In the 1990s the D-mark held about a seventh of identified reserves; the dollar rose from about 57 % in 1993 to about 68 % in 1999 and has drifted down since, while no other currency came near it.',
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'year',
  y: [0, 80],
  data: { reserveCurrencyShares },
  series: ({ reserveCurrencyShares: rows }) => {
    const current = currentVintage(rows);
    return [
      ...reserveSharesSeries(rows, {
        currencies: TABLE_2003_CURRENCIES,
        vintages: [TABLE_2003],
        basis: 'identified',
      }).map(asTable2003),
      // COFER as first published: dashed, as on the reserve-shares figure.
      ...reserveSharesSeries(rows, { currencies: ['USD', 'EUR'], vintages: ['pre-2025'], basis: 'allocated' }).map(
        (s) => ({
          ...s,
          label: `${s.label} (pre-2025)`,
          shortLabel: `${s.shortLabel ?? s.id} pre-2025`,
          dashed: true,
        }),
      ),
      ...reserveSharesSeries(rows, {
        currencies: ['USD', 'EUR', 'JPY', 'GBP', 'CNY'],
        vintages: [current],
        basis: 'allocated',
      }),
    ];
  },
});
