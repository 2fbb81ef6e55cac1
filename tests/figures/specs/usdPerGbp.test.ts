import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { usdPerGbp } from '../../../src/figures/specs/usdPerGbp';

const [line] = usdPerGbp.series(figureRows(usdPerGbp));
const at = (date: string) => line.points.find((p) => p.date === date)?.y;

describe('usdPerGbp', () => {
  it('usdPerGbp.series(figureRows(usdPerGbp)) is one MeasuringWorth line from 1791 to 2025', () => {
    expect(usdPerGbp.series(figureRows(usdPerGbp))).toHaveLength(1);
    expect(line.points[0].date).toBe('1791');
    expect(line.points.at(-1)?.date).toBe('2025');
    expect(new Set(line.points.flatMap((p) => p.source))).toEqual(new Set(['measuringworth-exchange-usuk']));
  });

  it('usdPerGbp.series(figureRows(usdPerGbp)) shows the 1949 and 1967 devaluations in the annual figures', () => {
    expect(at('1948')).toBe(4.03);
    expect(at('1950')).toBe(2.8);
    expect(at('1966')).toBe(2.79);
    expect(at('1968')).toBe(2.39);
  });

  it('usdPerGbp.series(figureRows(usdPerGbp)) sorts points by date with no gaps', () => {
    const xs = line.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(line.points.every((p) => p.y !== null)).toBe(true);
  });
});

describe('usd-per-gbp drawn', () => {
  it('drawFigure(usdPerGbp) matches its committed SVG', async () => {
    await expect(drawnFigure('usd-per-gbp')).toMatchFileSnapshot('./__snapshots__/usd-per-gbp.svg');
  }, 30_000);
});
