import type { Series } from '../../charts/types';
import { reserveSharesSeries } from '../reserveSharesSeries';
import { reserveCurrencyShares, type ReserveShareRow } from '../../schemas/datasets/reserveCurrencyShares';
import { defineFigure } from '../types';

/** Currencies drawn, in legend order; the Swiss franc (about 0.2 %) is left out. */
const CURRENCIES = ['USD', 'EUR', 'JPY', 'GBP', 'CNY', 'CAD', 'AUD', 'OTHER'] as const;

/**
 * The newest COFER release: the latest `YYYY-MM` vintage on the allocated
 * basis (the older releases have other labels, such as `pre-2025`).
 */
export function newestCoferVintage(rows: readonly ReserveShareRow[]): string {
  const vintages = rows.filter((r) => r.basis === 'allocated' && /^\d{4}-\d{2}$/.test(r.vintage)).map((r) => r.vintage);
  const newest = vintages.sort().at(-1);
  if (!newest) throw new Error('reserve-shares-current: no dated COFER vintage in reserve-currency-shares');
  return newest;
}

/**
 * One series per currency from the newest release only, so no line mixes
 * vintages. Ids are the lower-case currency codes (`usd`, `cny`, `other`):
 * the chapters name them, and a new release should not rename them.
 */
export function reserveSharesCurrentSeries(rows: readonly ReserveShareRow[]): Series[] {
  const vintage = newestCoferVintage(rows);
  return reserveSharesSeries(rows, { currencies: CURRENCIES, vintages: [vintage], basis: 'allocated' }).map((s) => ({
    ...s,
    id: s.id.replace(`-${vintage}`, ''),
  }));
}

/** Currency shares of allocated reserves, quarterly, in the IMF's current release (2014 on). */
export const reserveSharesCurrent = defineFigure({
  id: 'reserve-shares-current',
  title: 'Currency shares of world foreign-exchange reserves, current IMF release, quarterly',
  description:
    "Line chart of the shares of the US dollar, euro, yen, sterling, renminbi, Canadian and Australian dollars and other currencies in allocated reserves, quarterly from 2014, all from the IMF's current COFER release. The dollar drifts down from about 61 % to about 57 %, with no break after Russia's reserves were frozen in February 2022; the renminbi rises to below 3 % by 2022 and falls back to about 2 %; the currencies the IMF does not list separately more than double between 2021 and 2026.",
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'year',
  data: { reserveCurrencyShares },
  series: (rows) => reserveSharesCurrentSeries(rows.reserveCurrencyShares),
});
