import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { guilderPerPound } from '../../../src/figures/specs/guilderPerPound';

const [line] = guilderPerPound.series(figureRows(guilderPerPound));
const at = (date: string) => line.points.find((p) => p.date === date);

describe('guilderPerPound', () => {
  it('guilderPerPound.series(figureRows(guilderPerPound)) is one Clio Infra line from 1590 to 1998', () => {
    expect(line.id).toBe('nlg-per-gbp');
    expect(line.points[0].date).toBe('1590');
    expect(line.points.at(-1)?.date).toBe('1998');
    expect(at('1700')?.y).toBe(10.666667);
  });

  it('guilderPerPound.series(figureRows(guilderPerPound)) breaks the line where the source has no figure', () => {
    expect(at('1666')?.y).toBeNull();
    expect(at('1796')?.y).toBeNull();
    expect(at('1941')?.y).toBeNull();
    expect(at('1797')).toBeUndefined();
    const nulls = line.points.filter((p) => p.y === null).map((p) => p.date);
    expect(nulls).toEqual(['1666', '1796', '1941']);
  });

  it('guilderPerPound.series(figureRows(guilderPerPound)) sorts points by date', () => {
    const xs = line.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});

describe('guilder-per-pound drawn', () => {
  it('drawFigure(guilderPerPound) matches its committed SVG', async () => {
    await expect(drawnFigure('guilder-per-pound')).toMatchFileSnapshot('./__snapshots__/guilder-per-pound.svg');
  }, 30_000);
});
