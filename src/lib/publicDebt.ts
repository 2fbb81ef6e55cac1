import type { UkPublicDebtRow } from '../schemas/datasets/ukPublicDebt';
import type { UsFederalDebtRow } from '../schemas/datasets/usFederalDebt';
import { decimalYear } from './dates';

/** A dated value on a time axis: decimal year, and the value (`null` for a gap). */
export interface DebtPoint {
  x: number;
  y: number | null;
}

/**
 * Where on a time axis a US fiscal year ends: 30 June through FY1976, 30
 * September from FY1977 (the 1976 transition quarter is dated September in the
 * data already). A fiscal-year figure drawn there sits where the debt was counted.
 */
export function fiscalYearEnd(fiscalYear: number): number {
  return fiscalYear + (fiscalYear >= 1977 ? 0.75 : 0.5);
}

/** The decimal year of a US debt row: fiscal years at their end, other dates as written. */
export function usDebtYear(date: string): number {
  return date.length === 4 ? fiscalYearEnd(Number(date)) : decimalYear(date);
}

/** UK gross public debt in percent of GDP, one figure a year: the rows marked `primary`, by date. */
export function ukDebtPoints(rows: readonly UkPublicDebtRow[]): DebtPoint[] {
  return rows
    .filter((r) => r.primary)
    .map((r) => ({ x: decimalYear(r.date), y: r.debt_pct_gdp }))
    .sort((a, b) => a.x - b.x);
}

/** US gross federal debt in percent of GDP at the end of each fiscal year (OMB), by date. */
export function usGrossDebtPoints(rows: readonly UsFederalDebtRow[]): DebtPoint[] {
  return rows
    .filter((r) => r.measure === 'gross-federal-debt' && r.unit === 'pct-gdp' && r.basis === 'fiscal-year-end')
    .map((r) => ({ x: usDebtYear(r.date), y: r.value }))
    .sort((a, b) => a.x - b.x);
}
