import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { sterlingBalances } from '../../../src/figures/specs/sterlingBalances';

describe('sterlingBalances', () => {
  const series = sterlingBalances.series(figureRows(sterlingBalances));

  it('sterlingBalances.series(figureRows(sterlingBalances)) gives every definition its own series and never joins the two official-reserve figures', () => {
    expect(series.map((s) => s.id)).toContain('official-reserves-1964');
    expect(series.map((s) => s.id)).toContain('official-reserves-1970');
    for (const s of series) expect(s.points.length).toBeGreaterThan(0);
    expect(series.find((s) => s.id === 'official-reserves-1964')!.points).toHaveLength(1);
  });

  it('sterlingBalances.series(figureRows(sterlingBalances)) holds the 1970 figures as stated in Parliament', () => {
    const find = (id: string) => series.find((s) => s.id === id)!.points;
    expect(find('overseas-sterling-area-holdings').find((p) => p.date === '1970-12')?.y).toBe(3525);
    expect(find('official-reserves-1970')[0].y).toBe(1163);
  });

  it('sterlingBalances.series(figureRows(sterlingBalances)) draws liabilities in the sterling colour and reserves in gold', () => {
    const colour = (id: string) => series.find((s) => s.id === id)!.colour;
    expect(colour('overseas-sterling-area-holdings')).toBe('var(--era-sterling)');
    expect(colour('gold-dollar-reserves')).toBe('var(--gold)');
  });
});

describe('sterling-balances drawn', () => {
  it('drawFigure(sterlingBalances) matches its committed SVG', async () => {
    await expect(drawnFigure('sterling-balances')).toMatchFileSnapshot('./__snapshots__/sterling-balances.svg');
  }, 30_000);
});
