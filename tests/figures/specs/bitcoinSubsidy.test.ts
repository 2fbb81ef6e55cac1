import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { bitcoinSubsidy, epochEnd, epochStarts } from '../../../src/figures/specs/bitcoinSubsidy';
import { loadRows } from '../../../src/lib/data';
import { bitcoinSupply } from '../../../src/schemas/datasets/bitcoinSupply';

const rows = loadRows(bitcoinSupply);
const [subsidy] = bitcoinSubsidy.series(figureRows(bitcoinSubsidy));

describe('bitcoin-subsidy', () => {
  it('epochStarts(rows) keeps the real halving days and projects later epochs ten minutes a block from April 2024', () => {
    const starts = epochStarts(rows);
    expect(starts.slice(0, 5)).toEqual(
      ['2009-01-03', '2012-11-28', '2016-07-09', '2020-05-11', '2024-04-20'].map((date) => ({ date, nominal: false })),
    );
    // 210,000 blocks x 10 minutes = 1,458.3 days after 2024-04-20.
    expect(starts[5]).toEqual({ date: '2028-04', nominal: true });
    expect(starts[33].date.slice(0, 4)).toBe('2140');
  });

  it('epochEnd(next) is the day before a real start and the month before a nominal one', () => {
    expect(epochEnd({ date: '2012-11-28', nominal: false })).toEqual({ date: '2012-11-27', nominal: false });
    expect(epochEnd({ date: '2028-01', nominal: true })).toEqual({ date: '2027-12', nominal: true });
  });

  it('bitcoinSubsidy.series(figureRows(bitcoinSubsidy)) draws one step line, sorted by date', () => {
    expect(subsidy.id).toBe('btc-subsidy');
    const xs = subsidy.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('bitcoinSubsidy.series(figureRows(bitcoinSubsidy)) holds 50 BTC until the first halving and 25 BTC from 28 Nov 2012', () => {
    const at = (date: string) => subsidy.points.find((p) => p.date === date)?.y;
    expect(at('2009-01-03')).toBe(50);
    expect(at('2012-11-27')).toBe(50);
    expect(at('2012-11-28')).toBe(25);
    expect(at('2024-04-20')).toBe(3.125);
  });

  it('bitcoinSubsidy.series(figureRows(bitcoinSubsidy)) flags every point after the last real halving as an estimate, and none before', () => {
    const flags = subsidy.points.map((p) => [p.date, p.estimate] as const);
    expect(flags.filter(([date]) => date <= '2024-04-20').every(([, estimate]) => !estimate)).toBe(true);
    expect(flags.filter(([date]) => date > '2024-04-20').every(([, estimate]) => estimate)).toBe(true);
  });

  it('bitcoinSubsidy.series(figureRows(bitcoinSubsidy)) stops before a subsidy would print as 0 at one decimal', () => {
    expect(Math.min(...subsidy.points.map((p) => p.y as number))).toBeGreaterThanOrEqual(0.05);
  });
});

describe('bitcoin-subsidy drawn', () => {
  it('drawFigure(bitcoinSubsidy) matches its committed SVG', async () => {
    await expect(drawnFigure('bitcoin-subsidy')).toMatchFileSnapshot('./__snapshots__/bitcoin-subsidy.svg');
  }, 30_000);
});
