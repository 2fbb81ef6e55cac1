import { decimalYear, formatIsoDate, formatQuarter } from '../lib/dates';
import type { ReserveShareRow } from '../schemas/datasets/reserveCurrencyShares';
import type { Series } from '../charts/types';

/** Which slice of the reserve-shares table to draw. */
export interface ReserveSharesOptions {
  /** Currencies to draw, in legend order. */
  currencies: readonly ReserveShareRow['currency'][];
  /** Vintages to draw; the first is drawn solid, later ones dashed. */
  vintages: readonly string[];
  /** Only rows on this basis. */
  basis: ReserveShareRow['basis'];
  /** Only dates from this ISO date on. */
  from?: string;
}

const NAMES: Partial<Record<ReserveShareRow['currency'], string>> = {
  USD: 'US dollar',
  EUR: 'Euro',
  JPY: 'Yen',
  GBP: 'Sterling',
  CNY: 'Renminbi',
  CHF: 'Swiss franc',
  DEM: 'D-mark',
  FRF: 'French franc',
  OTHER: 'Other',
};

const COLOURS: Partial<Record<ReserveShareRow['currency'], string>> = {
  USD: 'var(--era-dollar)',
  GBP: 'var(--era-sterling)',
  NLG: 'var(--era-guilder)',
  EUR: 'var(--series-eur, #3b5bdb)',
  JPY: 'var(--series-jpy, #868e96)',
  CNY: 'var(--series-cny, #c92a2a)',
};

/** The display name of a currency code. */
export function currencyName(code: ReserveShareRow['currency']): string {
  return NAMES[code] ?? code;
}

/**
 * Turns reserve-share rows into one series per currency and vintage. Rows are
 * never averaged or spliced across vintages: each vintage is its own line.
 */
export function reserveSharesSeries(rows: readonly ReserveShareRow[], options: ReserveSharesOptions): Series[] {
  const out: Series[] = [];
  options.vintages.forEach((vintage, vi) => {
    for (const currency of options.currencies) {
      const points = rows
        .filter((r) => r.currency === currency && r.vintage === vintage && r.basis === options.basis)
        .filter((r) => options.from === undefined || r.date >= options.from)
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((r) => ({
          x: decimalYear(r.date),
          y: r.share,
          date: r.date,
          dateLabel: r.date.length === 7 ? formatQuarter(r.date) : formatIsoDate(r.date),
          estimate: r.estimate,
          transcribed: r.transcribed,
          source: r.source,
        }));
      if (points.length === 0) continue;
      out.push({
        id: `${currency.toLowerCase()}-${vintage}`.replace(/[^a-z0-9-]/g, '-'),
        label: vi === 0 ? currencyName(currency) : `${currencyName(currency)} (${vintage})`,
        shortLabel: vi === 0 ? currency : `${currency} ${vintage}`,
        colour: COLOURS[currency] ?? 'var(--text-muted)',
        dashed: vi > 0,
        points,
      });
    }
  });
  return out;
}
