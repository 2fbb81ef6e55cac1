import { describe, expect, it } from 'vitest';
import { seriesSymbols } from '../../../src/charts/figure/seriesSymbols';

const s = (colour: string, dashed = false) => ({ colour, dashed });

describe('seriesSymbols', () => {
  it('seriesSymbols gives no symbols to four lines or fewer', () => {
    expect(seriesSymbols([s('a'), s('b'), s('c'), s('d')])).toEqual([null, null, null, null]);
  });

  it('seriesSymbols makes every line of more than four unique in colour, dash and symbol', () => {
    const series = [s('usd'), s('eur'), s('jpy'), s('gbp'), s('cny'), s('usd', true), s('eur', true)];
    const symbols = seriesSymbols(series);
    expect(symbols.every(Boolean)).toBe(true);
    const looks = series.map((x, i) => `${x.colour} ${x.dashed} ${symbols[i]}`);
    expect(new Set(looks).size).toBe(series.length);
    // One currency keeps one symbol across vintages: the dash tells them apart.
    expect(symbols[5]).toBe(symbols[0]);
    expect(new Set(symbols.slice(0, 5)).size).toBe(5);
  });

  it('seriesSymbols gives different symbols to lines alike in colour and dash', () => {
    const symbols = seriesSymbols([s('x'), s('x'), s('y'), s('z'), s('w')]);
    expect(symbols[0]).not.toBe(symbols[1]);
  });
});
