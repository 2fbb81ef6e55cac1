import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { fiscalYearEnd, ukDebtPoints, usDebtYear, usGrossDebtPoints } from '../../src/lib/publicDebt';
import { timelineModel } from '../../src/lib/timelineData';
import { ukPublicDebt } from '../../src/schemas/datasets/ukPublicDebt';
import { usFederalDebt } from '../../src/schemas/datasets/usFederalDebt';

// Loaded once, outside the tests' time limit: validating the CSVs takes a while on a busy machine.
const usRows = loadRows(usFederalDebt);
const ukRows = loadRows(ukPublicDebt);

describe('publicDebt', () => {
  it('fiscalYearEnd(1976) is 30 June, fiscalYearEnd(1977) 30 September', () => {
    expect(fiscalYearEnd(1976)).toBe(1976.5);
    expect(fiscalYearEnd(1977)).toBe(1977.75);
    expect(usDebtYear('2020')).toBe(2020.75);
  });

  it('usGrossDebtPoints puts FY2020 at the end of September 2020 with its OMB figure', () => {
    const fy2020 = usRows.find((r) => r.date === '2020' && r.measure === 'gross-federal-debt' && r.unit === 'pct-gdp')!;
    expect(usGrossDebtPoints(usRows)).toContainEqual({ x: 2020.75, y: fy2020.value });
  });

  it('ukDebtPoints keeps one point a year, in date order', () => {
    const xs = ukDebtPoints(ukRows).map((p) => p.x);
    expect(new Set(xs).size).toBe(xs.length);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("the timeline's debt strip is the lib's series, not a copy of its own", () => {
    const us = timelineModel().strips.find((s) => s.id === 'us-debt')!;
    expect(us.points).toEqual(usGrossDebtPoints(usRows));
  });
});
