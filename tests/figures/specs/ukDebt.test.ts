import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';

describe('uk-debt drawn', () => {
  it('drawFigure(ukDebt) matches its committed SVG', async () => {
    await expect(drawnFigure('uk-debt')).toMatchFileSnapshot('./__snapshots__/uk-debt.svg');
  }, 30_000);
});
