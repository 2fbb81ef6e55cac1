import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { usDebt } from '../../../src/figures/specs/usDebt';

describe('usDebt', () => {
  const series = usDebt.series(figureRows(usDebt));
  const byId = new Map(series.map((s) => [s.id, s]));

  it('usDebt.series(figureRows(usDebt)) keeps the quarterly Treasury total and the OMB fiscal-year gross debt apart', () => {
    expect(series.map((s) => s.id)).toEqual(['total-public-debt-quarterly', 'gross-federal-debt-fy']);
    const quarterly = byId.get('total-public-debt-quarterly')!;
    expect(quarterly.points.every((p) => /^\d{4}-(03|06|09|12)$/.test(p.date))).toBe(true);
  });

  it("usDebt.series(figureRows(usDebt)) has the article's 1971 and 2023 figures in the quarterly series", () => {
    const quarterly = byId.get('total-public-debt-quarterly')!;
    expect(quarterly.points.find((p) => p.date === '1971-03')).toMatchObject({ y: 34.50345, dateLabel: '1971 Q1' });
    expect(quarterly.points.find((p) => p.date === '2023-12')?.y).toBe(119.61944);
  });

  it('usDebt.series(figureRows(usDebt)) places fiscal years at their end: 30 June to FY1976, 30 September from FY1977', () => {
    const fy = byId.get('gross-federal-debt-fy')!;
    expect(fy.points.find((p) => p.date === '1971')).toMatchObject({ x: 1971.5, y: 36.6, dateLabel: 'FY1971' });
    expect(fy.points.find((p) => p.date === '1977')?.x).toBe(1977.75);
    const xs = fy.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});

describe('us-debt drawn', () => {
  it('drawFigure(usDebt) matches its committed SVG', async () => {
    await expect(drawnFigure('us-debt')).toMatchFileSnapshot('./__snapshots__/us-debt.svg');
  }, 30_000);
});
