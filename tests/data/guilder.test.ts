import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { guilder } from '../../src/schemas/datasets/guilder';

const rows = loadRows(guilder);

function series(measure: string): Map<number, number> {
  return new Map(rows.filter((r) => r.measure === measure).map((r) => [Number(r.date), r.value]));
}
const fx = series('nlg-per-gbp');
const silver = series('silver-grams');
const godinho = series('silver-equivalent-grams');

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

describe('guilder', () => {
  it('no year appears twice within a measure', () => {
    const keys = rows.map((r) => `${r.measure}|${r.date}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('each measure carries its own unit', () => {
    const units: Record<string, string> = {
      'nlg-per-gbp': 'guilders per pound sterling',
      'silver-grams': 'grams of fine silver per guilder',
      'silver-equivalent-grams': 'grams of silver per guilder',
    };
    expect(rows.filter((r) => units[r.measure] !== r.unit)).toEqual([]);
  });

  it('guilders per pound cover 1590-1998, with gaps only where Clio Infra has none (1666, 1796-99, 1941-44)', () => {
    const gaps = [1666, 1796, 1797, 1798, 1799, 1941, 1942, 1943, 1944];
    expect([...fx.keys()].sort((a, b) => a - b)).toEqual(range(1590, 1998).filter((y) => !gaps.includes(y)));
  });

  it('guilders per pound stop in 1998: no euro-era rows', () => {
    expect(Math.max(...fx.keys())).toBe(1998);
  });

  it('guilders per pound stay between 8 and 13 from 1590 to 1914 (the Dutch and sterling eras)', () => {
    const out = range(1590, 1914).filter((y) => fx.has(y) && (fx.get(y)! < 8 || fx.get(y)! > 13));
    expect(out).toEqual([]);
  });

  it('guilders per pound stay between 2 and 13 over the whole series', () => {
    expect(rows.filter((r) => r.measure === 'nlg-per-gbp' && (r.value < 2 || r.value > 13))).toEqual([]);
  });

  it('anchors match Clio Infra: 1590 10.17915, 1795 12.15, 1913 12.121212, 1998 3.285286', () => {
    expect(fx.get(1590)).toBe(10.17915);
    expect(fx.get(1795)).toBe(12.15);
    expect(fx.get(1913)).toBe(12.121212);
    expect(fx.get(1998)).toBe(3.285286);
  });

  it('the silver standard covers every year 1531-1792 and falls from 19.153487 g to 9.61 g', () => {
    expect([...silver.keys()].sort((a, b) => a - b)).toEqual(range(1531, 1792));
    expect(silver.get(1531)).toBe(19.153487);
    expect(silver.get(1792)).toBe(9.61);
  });

  it('the silver standard is constant at 9.61 g from 1682 to 1792', () => {
    expect(range(1682, 1792).filter((y) => silver.get(y) !== 9.61)).toEqual([]);
  });

  it('the silver standard never rises by more than 1 percent from one year to the next', () => {
    const rises = range(1532, 1792).filter((y) => silver.get(y)! > silver.get(y - 1)! * 1.01);
    expect(rises).toEqual([]);
  });

  it('the Godinho silver equivalent covers 1750-1855 except 1809-1813 and stays between 6 and 12 g', () => {
    expect([...godinho.keys()].sort((a, b) => a - b)).toEqual(range(1750, 1855).filter((y) => y < 1809 || y > 1813));
    expect([...godinho.values()].filter((v) => v < 6 || v > 12)).toEqual([]);
    expect(godinho.get(1750)).toBe(8.766242);
  });

  it('the Godinho equivalent is below the 9.61 g mint standard in 1750-1789 and above it only in 1790-1792', () => {
    const above = range(1750, 1792).filter((y) => godinho.get(y)! >= silver.get(y)!);
    expect(above).toEqual([1790, 1791, 1792]);
  });

  it('sources: Clio Infra for exchange rates, IISH for silver (plus Godinho for the equivalent)', () => {
    const src = (m: string) => new Set(rows.filter((r) => r.measure === m).map((r) => r.source.join(';')));
    expect([...src('nlg-per-gbp')]).toEqual(['clio-infra-exchange-gbp']);
    expect([...src('silver-grams')]).toEqual(['iish-currency-silver']);
    expect([...src('silver-equivalent-grams')]).toEqual(['iish-currency-silver;godinho-1955']);
  });
});
