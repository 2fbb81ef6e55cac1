import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';

describe('dollar-share drawn', () => {
  it('drawFigure(dollarShare) matches its committed SVG', async () => {
    await expect(drawnFigure('dollar-share')).toMatchFileSnapshot('./__snapshots__/dollar-share.svg');
  }, 30_000);
});
