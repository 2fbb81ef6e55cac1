import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { guilderSilver } from '../../../src/figures/specs/guilderSilver';

const [line] = guilderSilver.series(figureRows(guilderSilver));

describe('guilderSilver', () => {
  it('guilderSilver.series(figureRows(guilderSilver)) is one mint-standard line from 1531 to 1792', () => {
    expect(guilderSilver.series(figureRows(guilderSilver))).toHaveLength(1);
    expect(line.id).toBe('guilder-silver');
    expect(line.points[0].date).toBe('1531');
    expect(line.points.at(-1)?.date).toBe('1792');
    expect(new Set(line.points.flatMap((p) => p.source))).toEqual(new Set(['iish-currency-silver']));
  });

  it('guilderSilver.series(figureRows(guilderSilver)) holds 9.61 g from 1682 and sorts by date', () => {
    expect(line.points.filter((p) => p.x >= 1682).every((p) => p.y === 9.61)).toBe(true);
    const xs = line.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});

describe('guilder-silver drawn', () => {
  it('drawFigure(guilderSilver) matches its committed SVG', async () => {
    await expect(drawnFigure('guilder-silver')).toMatchFileSnapshot('./__snapshots__/guilder-silver.svg');
  }, 30_000);
});
