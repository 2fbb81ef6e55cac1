import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { reserveSharesSince1993 } from '../../../src/figures/specs/reserveSharesSince1993';
import { loadRows } from '../../../src/lib/data';
import { reserveCurrencyShares } from '../../../src/schemas/datasets/reserveCurrencyShares';

const rows = loadRows(reserveCurrencyShares);
const all = reserveSharesSince1993.series(figureRows(reserveSharesSince1993));
const byId = new Map(all.map((s) => [s.id, s]));

describe('reserve-shares-since-1993', () => {
  it('reserveSharesSince1993.series(figureRows(reserveSharesSince1993)) has the 1990s currencies and both COFER releases under stable ids', () => {
    for (const id of [
      'usd-2003-11',
      'dem-2003-11',
      'frf-2003-11',
      'nlg-2003-11',
      'ecu-2003-11',
      'usd-pre-2025',
      'usd-2026-07',
      'eur-2026-07',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it('reserveSharesSince1993.series(figureRows(reserveSharesSince1993)) keeps the D-mark at 13.7 % of identified holdings in 1995', () => {
    expect(byId.get('dem-2003-11')!.points.find((p) => p.date === '1995')?.y).toBe(13.7);
  });

  it('reserveSharesSince1993.series(figureRows(reserveSharesSince1993)) never mixes releases or bases: every point is a row of its own vintage', () => {
    for (const s of all) {
      const [code, ...rest] = s.id.split('-');
      const vintage = rest.join('-');
      const own = rows.filter((r) => r.currency === code.toUpperCase() && r.vintage === vintage);
      expect(new Set(own.map((r) => r.basis)).size, s.id).toBe(1);
      for (const p of s.points)
        expect(
          own.some((r) => r.date === p.date && r.share === p.y),
          `${s.id} ${p.date}`,
        ).toBe(true);
    }
  });

  it('reserveSharesSince1993.series(figureRows(reserveSharesSince1993)) sorts every series by date and labels no two series alike', () => {
    for (const s of all) {
      const xs = s.points.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
    expect(new Set(all.map((s) => s.label)).size).toBe(all.length);
  });
});

describe('reserve-shares-since-1993 drawn', () => {
  it('drawFigure(reserveSharesSince1993) matches its committed SVG', async () => {
    await expect(drawnFigure('reserve-shares-since-1993')).toMatchFileSnapshot(
      './__snapshots__/reserve-shares-since-1993.svg',
    );
  });
});
