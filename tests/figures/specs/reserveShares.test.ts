import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';

describe('reserve-shares drawn', () => {
  it('drawFigure(reserveShares) matches its committed SVG', async () => {
    await expect(drawnFigure('reserve-shares')).toMatchFileSnapshot('./__snapshots__/reserve-shares.svg');
  }, 30_000);
});
