import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../drawnFigure';
import { figureRows } from '../../../src/figures/view';
import {
  TRIFFIN_SERIES,
  triffinGoldLiabilities,
  triffinSeries,
} from '../../../src/figures/specs/triffinGoldLiabilities';
import type { UsGoldLiabilityRow } from '../../../src/schemas/datasets/usGoldVsLiabilities';

const row = (
  date: string,
  series: UsGoldLiabilityRow['series'],
  value: number | null,
  line: number | null = null,
): UsGoldLiabilityRow => ({
  date,
  series,
  line,
  value_usd_mn: value,
  footnote: '',
  estimate: false,
  transcribed: true,
  source: ['fixture'],
  note: '',
});

describe('triffinSeries', () => {
  it('triffinSeries(rows) puts end-of-year values at 31 December and keeps both lines of a break year, line 1 first', () => {
    const [s] = triffinSeries([
      row('1961', 'liabilities-total', 22936, 2),
      row('1960', 'liabilities-total', 21027, 2),
      row('1961', 'liabilities-total', 22853, 1),
      row('1960', 'liabilities-total', 20994, 1),
      row('1959', 'liabilities-total', 19428),
    ]);
    expect(s.points.map((p) => [p.x, p.y])).toEqual([
      [1960, 19428],
      [1961, 20994],
      [1961, 21027],
      [1962, 22853],
      [1962, 22936],
    ]);
    expect(s.points[0].dateLabel).toBe('end 1959');
  });

  it('triffinSeries(rows) keeps n.a. as a gap and drops series without rows', () => {
    const series = triffinSeries([
      row('1958', 'liabilities-official', null),
      row('1959', 'liabilities-official', 10120),
    ]);
    expect(series.map((s) => s.id)).toEqual(['liabilities-official']);
    expect(series[0].points[0].y).toBeNull();
  });
});

describe('triffinGoldLiabilities', () => {
  const series = triffinGoldLiabilities.series(figureRows(triffinGoldLiabilities));
  const byId = new Map(series.map((s) => [s.id, s]));
  const at = (id: string, date: string) => byId.get(id)!.points.filter((p) => p.date === date);

  it('triffinGoldLiabilities.series(figureRows(triffinGoldLiabilities)) has one series per dataset series, none of them spliced from another', () => {
    expect(series.map((s) => s.id)).toEqual([...TRIFFIN_SERIES]);
    for (const s of series) expect(s.points.every((p) => p.source.length > 0)).toBe(true);
  });

  it('triffinGoldLiabilities.series(figureRows(triffinGoldLiabilities)) shows all claims passing gold at the end of 1960 and official claims at the end of 1964', () => {
    const gold = (d: string) => at('gold-stock-total', d)[0].y!;
    const first = (id: string) => at(id, '1960').concat(at(id, '1964'));
    expect(at('liabilities-total', '1959')[0].y!).toBeLessThan(gold('1959'));
    expect(first('liabilities-total').every((p) => p.y! > gold(p.date))).toBe(true);
    expect(at('liabilities-official', '1963').every((p) => p.y! < gold('1963'))).toBe(true);
    expect(at('liabilities-official', '1964').every((p) => p.y! > gold('1964'))).toBe(true);
  });

  it('triffinGoldLiabilities.series(figureRows(triffinGoldLiabilities)) points never go back in time', () => {
    for (const s of series) {
      const xs = s.points.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
  });
});

describe('triffin-gold-liabilities drawn', () => {
  it('drawFigure(triffinGoldLiabilities) matches its committed SVG', async () => {
    await expect(drawnFigure('triffin-gold-liabilities')).toMatchFileSnapshot(
      './__snapshots__/triffin-gold-liabilities.svg',
    );
  });
});
