import { decimalYear } from '../lib/dates';
import type { UsGoldLiabilityRow } from '../schemas/datasets/usGoldVsLiabilities';
import type { EventRow } from '../schemas/event';
import type { HistoryPoint, MarkedEvent } from './triffinModel';

/** Which dataset series the overlay draws, and on which side of the model each sits. */
const HISTORY_SERIES: Partial<Record<UsGoldLiabilityRow['series'], HistoryPoint['side']>> = {
  'gold-stock-treasury': 'backing',
  'bank-liabilities-total': 'claims',
  'liabilities-total': 'claims',
};

/**
 * What actually happened, for the overlay: Treasury gold (1948–1973), the
 * bank-reported liabilities to all foreigners (1948–1958, the series the 1950
 * preset starts from) and total liquid liabilities to foreigners (1957–1973),
 * each its own line, never spliced. A year-end value sits at the start of the
 * next year. In a break year the Treasury prints two lines: line 1 closes a
 * run and line 2 opens the next, as the dataset notes advise.
 */
export function triffinHistory(rows: readonly UsGoldLiabilityRow[]): HistoryPoint[] {
  return rows
    .filter((r) => HISTORY_SERIES[r.series] !== undefined && r.value_usd_mn !== null)
    .sort((a, b) => a.series.localeCompare(b.series) || a.date.localeCompare(b.date) || (a.line ?? 0) - (b.line ?? 0))
    .map((r) => ({
      side: HISTORY_SERIES[r.series]!,
      series: r.series,
      x: Number(r.date) + 1,
      value: r.value_usd_mn!,
      estimate: r.estimate,
    }));
}

/** The events the overlay marks, by id, with their short labels; `until` ends a band at another event. */
export const TRIFFIN_EVENTS = [
  { id: 'london-gold-pool-formed', until: 'gold-pool-collapse-two-tier-market', label: 'Gold Pool' },
  { id: 'gold-pool-collapse-two-tier-market', label: 'Two-tier market' },
  { id: 'nixon-closes-gold-window', label: 'Gold window shut' },
] as const;

/** The marked events, placed at their dates in `events.csv`; stops the build if one is missing. */
export function triffinEvents(events: readonly EventRow[]): MarkedEvent[] {
  const at = (id: string) => {
    const ev = events.find((e) => e.id === id);
    if (!ev) throw new Error(`Triffin figure: no event ${id} in data/events.csv`);
    return decimalYear(ev.date);
  };
  return TRIFFIN_EVENTS.map((e) => ({ x: at(e.id), ...('until' in e ? { x2: at(e.until) } : {}), label: e.label }));
}

/**
 * Cover as the Treasury's figures give it at the end of `year`: the total gold
 * stock over liquid liabilities to all foreigners (line 1 in a break year, the
 * figure comparable with the year before). Stops the build if either is missing.
 */
export function recordedCover(rows: readonly UsGoldLiabilityRow[], year: string): number {
  const value = (series: UsGoldLiabilityRow['series']) => {
    const row = rows.find((r) => r.series === series && r.date === year && (r.line ?? 1) === 1);
    if (!row?.value_usd_mn) throw new Error(`Triffin figure: no ${series} row for ${year}`);
    return row.value_usd_mn;
  };
  return value('gold-stock-total') / value('liabilities-total');
}

/**
 * The first year-end at which `claims` (all foreign claims, or official ones)
 * exceed the total gold stock in the Treasury's figures (line 1 in a break
 * year); undefined if they never do.
 */
export function recordedCrossover(
  rows: readonly UsGoldLiabilityRow[],
  claims: 'liabilities-total' | 'liabilities-official',
): string | undefined {
  const value = (series: string, date: string) =>
    rows.find((r) => r.series === series && r.date === date && (r.line ?? 1) === 1)?.value_usd_mn ?? null;
  return rows
    .filter((r) => r.series === 'gold-stock-total')
    .map((r) => r.date)
    .sort()
    .find((date) => (value(claims, date) ?? 0) > (value('gold-stock-total', date) ?? Infinity));
}
