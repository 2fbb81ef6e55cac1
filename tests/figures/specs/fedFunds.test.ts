import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { fedFunds } from '../../../src/figures/specs/fedFunds';

describe('fedFunds', () => {
  const [series] = fedFunds.series(figureRows(fedFunds));

  it('fedFunds.series(figureRows(fedFunds)) is the monthly federal funds rate only, with no Bank Rate rows', () => {
    expect(fedFunds.series(figureRows(fedFunds))).toHaveLength(1);
    expect(series.points.every((p) => /^\d{4}-\d{2}$/.test(p.date))).toBe(true);
  });

  it('fedFunds.series(figureRows(fedFunds)) peaks at 19.1 % in June 1981, below the 20 % the article cites', () => {
    const peak = series.points.reduce((a, b) => ((b.y ?? -1) > (a.y ?? -1) ? b : a));
    expect(peak).toMatchObject({ date: '1981-06', y: 19.1 });
  });

  it('fedFunds.series(figureRows(fedFunds)) points are in date order', () => {
    const xs = series.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});

describe('fed-funds drawn', () => {
  it('drawFigure(fedFunds) matches its committed SVG', async () => {
    await expect(drawnFigure('fed-funds')).toMatchFileSnapshot('./__snapshots__/fed-funds.svg');
  }, 30_000);
});
