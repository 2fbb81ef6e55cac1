import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { worldGdpShares } from '../../src/schemas/datasets/worldGdpShares';

const rows = loadRows(worldGdpShares);

function row(date: string, country: string, vintage: string) {
  return rows.find((r) => r.date === date && r.country === country && r.vintage === vintage);
}

describe('world-gdp-shares', () => {
  it('every share is between 0 and 100 and equals country GDP / world GDP x 100 to two decimals', () => {
    const off = rows.filter(
      (r) =>
        r.share_pct < 0 ||
        r.share_pct > 100 ||
        Math.abs((r.country_gdp_mn / r.world_gdp_mn) * 100 - r.share_pct) > 0.005 + 1e-9,
    );
    expect(off).toEqual([]);
  });

  it('the shares of the nine countries in one year and vintage sum to less than 100', () => {
    const totals = new Map<string, number>();
    for (const r of rows)
      totals.set(`${r.vintage}|${r.date}`, (totals.get(`${r.vintage}|${r.date}`) ?? 0) + r.share_pct);
    expect([...totals.values()].every((t) => t < 100)).toBe(true);
  });

  it('one year and vintage has a single world total across countries', () => {
    const worlds = new Map<string, Set<number>>();
    for (const r of rows) {
      const key = `${r.vintage}|${r.date}`;
      worlds.set(key, (worlds.get(key) ?? new Set()).add(r.world_gdp_mn));
    }
    expect([...worlds].filter(([, s]) => s.size !== 1)).toEqual([]);
  });

  it('mpd-2010 covers 1500 to 2008 and mpd-2023 covers 1820 to 2022', () => {
    const years = (v: string) => rows.filter((r) => r.vintage === v).map((r) => Number(r.date));
    expect(Math.min(...years('mpd-2010'))).toBe(1500);
    expect(Math.max(...years('mpd-2010'))).toBe(2008);
    expect(Math.min(...years('mpd-2023'))).toBe(1820);
    expect(Math.max(...years('mpd-2023'))).toBe(2022);
  });

  it('mpd-2023 has no row before 1820, where it gives no world total', () => {
    expect(rows.filter((r) => r.vintage === 'mpd-2023' && Number(r.date) < 1820)).toEqual([]);
  });

  it('Maddison 2010: the Netherlands is 2,072 of 331,344 (0.63 %) in 1600 and 4,047 of 371,058 (1.09 %) in 1700', () => {
    expect(row('1600', 'NLD', 'mpd-2010')).toMatchObject({
      country_gdp_mn: 2072,
      world_gdp_mn: 331344,
      share_pct: 0.63,
    });
    expect(row('1700', 'NLD', 'mpd-2010')).toMatchObject({
      country_gdp_mn: 4047,
      world_gdp_mn: 371058,
      share_pct: 1.09,
    });
  });

  it('Maddison 2010: the UK is 5.22 % in 1820, 9.03 % in 1870 and 8.22 % in 1913', () => {
    expect(row('1820', 'GBR', 'mpd-2010')?.share_pct).toBe(5.22);
    expect(row('1870', 'GBR', 'mpd-2010')?.share_pct).toBe(9.03);
    expect(row('1913', 'GBR', 'mpd-2010')?.share_pct).toBe(8.22);
  });

  it('Maddison 2010: the US is 18.93 % in 1913 and 27.29 % of 5,335,860 in 1950', () => {
    expect(row('1913', 'USA', 'mpd-2010')?.share_pct).toBe(18.93);
    expect(row('1950', 'USA', 'mpd-2010')).toMatchObject({ world_gdp_mn: 5335860, share_pct: 27.29 });
  });

  it('MPD 2023: world GDP in 1820 is 1,175,113.8 million 2011 int-$ and the Netherlands 7,012.998', () => {
    expect(row('1820', 'NLD', 'mpd-2023')).toMatchObject({ country_gdp_mn: 7012.998, world_gdp_mn: 1175113.8 });
  });

  it('the US share is below the UK share in 1820 and above it in 1900 in both vintages', () => {
    for (const v of ['mpd-2010', 'mpd-2023']) {
      expect(row('1820', 'USA', v)!.share_pct).toBeLessThan(row('1820', 'GBR', v)!.share_pct);
      expect(row('1900', 'USA', v)!.share_pct).toBeGreaterThan(row('1900', 'GBR', v)!.share_pct);
    }
  });

  it('China has no row where the source has no figure (1940 in mpd-2010; 1920 and 1940 in mpd-2023)', () => {
    expect(row('1940', 'CHN', 'mpd-2010')).toBeUndefined();
    expect(row('1920', 'CHN', 'mpd-2023')).toBeUndefined();
    expect(row('1940', 'CHN', 'mpd-2023')).toBeUndefined();
  });

  it('rows before 1950 are flagged as estimates and rows from 1950 are not', () => {
    expect(rows.filter((r) => r.estimate !== Number(r.date) < 1950)).toEqual([]);
  });
});
