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
