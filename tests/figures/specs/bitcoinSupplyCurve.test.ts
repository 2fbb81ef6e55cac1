import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { bitcoinSupplyCurve } from '../../../src/figures/specs/bitcoinSupplyCurve';
import { MAX_SUPPLY_SAT } from '../../../src/lib/bitcoinSupply';

const [supply] = bitcoinSupplyCurve.series(figureRows(bitcoinSupplyCurve));

describe('bitcoin-supply-curve', () => {
  it('bitcoinSupplyCurve.series(figureRows(bitcoinSupplyCurve)) has one point per epoch start, sorted by date', () => {
    expect(supply.id).toBe('btc-supply');
    expect(supply.points).toHaveLength(34);
    const xs = supply.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('bitcoinSupplyCurve.series(figureRows(bitcoinSupplyCurve)) starts at 0 and reaches half the total at the first halving', () => {
    expect(supply.points[0]).toMatchObject({ date: '2009-01-03', y: 0 });
    expect(supply.points[1]).toMatchObject({ date: '2012-11-28', y: 10.5 });
  });

  it('bitcoinSupplyCurve.series(figureRows(bitcoinSupplyCurve)) ends at the protocol total, 20,999,999.9769 BTC', () => {
    expect(supply.points.at(-1)!.y).toBeCloseTo(Number(MAX_SUPPLY_SAT) / 1e14, 10);
  });

  it('bitcoinSupplyCurve.series(figureRows(bitcoinSupplyCurve)) flags the projected epochs, and only those', () => {
    expect(supply.points.filter((p) => !p.estimate).map((p) => p.date)).toEqual([
      '2009-01-03',
      '2012-11-28',
      '2016-07-09',
      '2020-05-11',
      '2024-04-20',
    ]);
  });
});

describe('bitcoin-supply-curve drawn', () => {
  it('drawFigure(bitcoinSupplyCurve) matches its committed SVG', async () => {
    await expect(drawnFigure('bitcoin-supply-curve')).toMatchFileSnapshot('./__snapshots__/bitcoin-supply-curve.svg');
  }, 30_000);
});
