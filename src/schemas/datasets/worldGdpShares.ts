import type { z } from 'zod';
import { IsoDate, Num, numBetween } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** Countries whose share of world GDP the dataset tracks, as ISO 3166 alpha-3 codes. */
export const GDP_SHARE_COUNTRIES = ['NLD', 'GBR', 'USA', 'CHN', 'FRA', 'DEU', 'ESP', 'JPN', 'IND'] as const;

/** Releases of the Maddison data: never mixed within one series. */
export const MADDISON_VINTAGES = ['mpd-2010', 'mpd-2023'] as const;

/**
 * A country's share of world GDP in one year, computed by us from one Maddison release.
 * In this dataset, `estimate`: true before 1950, where the source's world total rests on its own estimates for countries without data.
 */
export const WorldGdpShareRow = citedRow(
  {
    /** The year (`1700`). */
    date: IsoDate,
    /** The country, ISO 3166 alpha-3, within the borders the source uses. */
    country: oneOf(GDP_SHARE_COUNTRIES),
    /** Which release: `mpd-2010` (Maddison 2010, 1990 GK$) or `mpd-2023` (Maddison Project 2023, 2011 int-$). */
    vintage: oneOf(MADDISON_VINTAGES),
    /** Country GDP divided by world GDP, times 100, rounded to two decimals (our computation). */
    share_pct: numBetween(0, 100),
    /** The country's GDP in millions: 1990 GK$ for mpd-2010, 2011 international $ for mpd-2023. */
    country_gdp_mn: Num,
    /** The source's world GDP total, same unit as `country_gdp_mn`. */
    world_gdp_mn: Num,
  },
  ['estimate'],
);
export type WorldGdpShareRow = z.output<typeof WorldGdpShareRow>;

export const worldGdpShares = defineDataset({
  id: 'world-gdp-shares',
  row: WorldGdpShareRow,
  key: ['date', 'country', 'vintage'],
});
