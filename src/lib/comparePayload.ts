import type { CompareData } from './compareData';
import type { IndicatorSeries } from './compareSeries';

/**
 * The comparative chart's data as the explorer's island fetches it (`/compare/data.json`, written by
 * `src/pages/compare/data.json.ts`): the series, eras and claim marks, each point as `[date, value]` with a third
 * element 1 for an estimate. `fromPayload` reads it back into the data the build draws from.
 */
export interface ComparePayload extends Omit<CompareData, 'series'> {
  series: (Omit<IndicatorSeries, 'points' | 'maxGap'> & {
    points: [string, number, 1?][];
    /** `null` for a line no gap breaks (the Bank of England's rate, kept until changed): JSON has no Infinity. */
    maxGap: number | null;
  })[];
  claimsHref: string;
}

/** The payload of `data`, as written to JSON. */
export function toPayload(data: CompareData, claimsHref: string): ComparePayload {
  return {
    ...data,
    series: data.series.map((s) => ({
      ...s,
      maxGap: Number.isFinite(s.maxGap) ? s.maxGap : null,
      points: s.points.map((p): [string, number, 1?] => (p.estimate ? [p.date, p.value, 1] : [p.date, p.value])),
    })),
    claimsHref,
  };
}

/** The data a payload read from JSON carries. */
export function fromPayload(payload: ComparePayload): CompareData {
  return {
    ...payload,
    series: payload.series.map((s) => ({
      ...s,
      // JSON writes Infinity as null, which a comparison reads as 0: every row would stand alone, a dot.
      maxGap: s.maxGap ?? Number.POSITIVE_INFINITY,
      points: s.points.map(([date, value, est]) => ({ date, value, estimate: est === 1 })),
    })),
  };
}
