import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { sterlingBalances } from '../../src/schemas/datasets/sterlingBalances';

const rows = loadRows(sterlingBalances);

function at(date: string, measure: string) {
  return rows.find((r) => r.date === date && r.measure === measure);
}

describe('sterling-balances', () => {
  it('every figure dates from 1945 to 1972', () => {
    const outside = rows.filter((r) => r.date < '1945' || r.date >= '1973');
    expect(outside).toEqual([]);
  });

  it('every row cites a Hansard answer and is flagged as transcribed', () => {
    expect(rows.filter((r) => !r.transcribed || !r.source.every((s) => s.startsWith('hansard-')))).toEqual([]);
  });

  it('liability measures sit on the liabilities side and reserve measures on the reserves side', () => {
    const reserves = new Set(['central-gold-dollar-holdings', 'gold-dollar-reserves', 'official-reserves']);
    expect(rows.filter((r) => reserves.has(r.measure) !== (r.side === 'reserves'))).toEqual([]);
  });

  it('values lie between £500 million and £4,000 million, the range of the figures stated', () => {
    expect(rows.filter((r) => r.value_gbp_mn < 500 || r.value_gbp_mn > 4000)).toEqual([]);
  });

  it('Hansard 3 November 1955: gold and dollar reserves fell from £1,381 million (30 June 1951) to £594 million (30 April 1952)', () => {
    expect(at('1951-06-30', 'gold-dollar-reserves')?.value_gbp_mn).toBe(1381);
    expect(at('1952-04-30', 'gold-dollar-reserves')?.value_gbp_mn).toBe(594);
  });

  it('Hansard 18 May 1971: overseas sterling area holdings were £2,788 million in September 1968 and £3,525 million in December 1970', () => {
    expect(at('1968-09', 'overseas-sterling-area-holdings')?.value_gbp_mn).toBe(2788);
    expect(at('1970-12', 'overseas-sterling-area-holdings')?.value_gbp_mn).toBe(3525);
  });

  it('the end-1948 figure, given as "about", is the only estimate', () => {
    expect(rows.filter((r) => r.estimate).map((r) => r.date)).toEqual(['1948-12']);
  });

  it('rows are in date order', () => {
    const dates = rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });
});
