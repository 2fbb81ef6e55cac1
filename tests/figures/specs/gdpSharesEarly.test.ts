import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { gdpSharesEarly } from '../../../src/figures/specs/gdpSharesEarly';

const all = gdpSharesEarly.series(figureRows(gdpSharesEarly));
const byId = new Map(all.map((s) => [s.id, s]));

describe('gdpSharesEarly', () => {
  it('gdpSharesEarly.series(figureRows(gdpSharesEarly)) draws each country once per Maddison release', () => {
    expect(all.map((s) => s.id)).toEqual([
      'nld-mpd-2010',
      'gbr-mpd-2010',
      'usa-mpd-2010',
      'fra-mpd-2010',
      'esp-mpd-2010',
      'chn-mpd-2010',
      'nld-mpd-2023',
      'gbr-mpd-2023',
      'usa-mpd-2023',
    ]);
  });

  it('gdpSharesEarly.series(figureRows(gdpSharesEarly)) never mixes releases within a line', () => {
    for (const s of all) {
      const sources = new Set(s.points.map((p) => p.source.join(';')));
      expect(sources.size, s.id).toBe(1);
    }
    expect(byId.get('nld-mpd-2010')?.points[0].source).toEqual(['maddison-2010']);
    expect(byId.get('nld-mpd-2023')?.points[0].source).toContain('maddison-2023');
  });

  it('gdpSharesEarly.series(figureRows(gdpSharesEarly)) keeps the Dutch benchmark of 1700 and starts the newer release in 1820', () => {
    const nld = byId.get('nld-mpd-2010')!;
    expect(nld.points.find((p) => p.date === '1700')?.y).toBe(1.09);
    expect(byId.get('gbr-mpd-2023')?.points[0].date).toBe('1820');
  });

  it('gdpSharesEarly.series(figureRows(gdpSharesEarly)) sorts points by date and stops at 1980', () => {
    for (const s of all) {
      const xs = s.points.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      expect(Math.max(...xs)).toBeLessThan(1981);
    }
  });
});

describe('gdp-shares-early drawn', () => {
  it('drawFigure(gdpSharesEarly) matches its committed SVG', async () => {
    await expect(drawnFigure('gdp-shares-early')).toMatchFileSnapshot('./__snapshots__/gdp-shares-early.svg');
  }, 30_000);
});
