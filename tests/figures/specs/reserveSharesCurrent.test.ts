import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import { newestCoferVintage, reserveSharesCurrent } from '../../../src/figures/specs/reserveSharesCurrent';
import { loadRows } from '../../../src/lib/data';
import { reserveCurrencyShares } from '../../../src/schemas/datasets/reserveCurrencyShares';

const rows = loadRows(reserveCurrencyShares);
const all = reserveSharesCurrent.series(figureRows(reserveSharesCurrent));

describe('reserve-shares-current', () => {
  it('reserveSharesCurrent.series(figureRows(reserveSharesCurrent)) names lines by currency code, without the vintage', () => {
    expect(all.map((s) => s.id)).toEqual(['usd', 'eur', 'jpy', 'gbp', 'cny', 'cad', 'aud', 'other']);
  });

  it('reserveSharesCurrent.series(figureRows(reserveSharesCurrent)) draws only the newest release, so no line mixes vintages', () => {
    const vintage = newestCoferVintage(rows);
    const own = new Map(
      rows
        .filter((r) => r.vintage === vintage && r.basis === 'allocated')
        .map((r) => [`${r.currency}|${r.date}`, r.share]),
    );
    for (const s of all) expect(s.points.every((p) => own.get(`${s.id.toUpperCase()}|${p.date}`) === p.y)).toBe(true);
  });

  it('reserveSharesCurrent.series(figureRows(reserveSharesCurrent)) holds the dollar share of 2014 Q1 as published (61.32 %) with sorted points', () => {
    const usd = all.find((s) => s.id === 'usd');
    expect(usd?.points[0]).toMatchObject({ date: '2014-03', y: 61.32, dateLabel: '2014 Q1' });
    const xs = usd?.points.map((p) => p.x) ?? [];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('newestCoferVintage(rows) ignores labels that are not dates, such as pre-2025', () => {
    expect(newestCoferVintage(rows)).toMatch(/^\d{4}-\d{2}$/);
  });
});

describe('reserve-shares-current drawn', () => {
  it('drawFigure(reserveSharesCurrent) matches its committed SVG', async () => {
    await expect(drawnFigure('reserve-shares-current')).toMatchFileSnapshot(
      './__snapshots__/reserve-shares-current.svg',
    );
  });
});
