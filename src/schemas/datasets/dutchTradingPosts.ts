import { z } from 'zod';
import { IsoDate, Note, SourceIds, numBetween } from '../common';
import { oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** Who held a place: the East India Company (VOC), the West India Company (WIC), or both (the hub). */
export const DUTCH_COMPANIES = ['VOC', 'WIC', 'VOC and WIC'] as const;

/** One post of the Dutch trading network of the seventeenth century, or its hub, with the position of today's town. */
export const DutchTradingPostRow = z.object({
  /** The year (or day) the company took or founded the post, as the source gives it. */
  date: IsoDate,
  /** The year the company lost or left it; empty when it held the post past 1700 and the source gives no end. */
  until: z.union([z.literal(''), IsoDate]),
  /** The post as the company knew it. */
  post: z.string().trim().min(1, { error: 'expected a post name' }),
  /** `hub` for Amsterdam, `post` for every other place. */
  role: oneOf(['hub', 'post'] as const),
  company: oneOf(DUTCH_COMPANIES),
  /** Today's town at the post's site, as the gazetteer names it, and its country. */
  place_today: z.string().trim().min(1, { error: 'expected a place name' }),
  /** Latitude of today's town (degrees north), from the gazetteer. */
  lat: numBetween(-90, 90),
  /** Longitude of today's town (degrees east), from the gazetteer. */
  lon: numBetween(-180, 180),
  /** Bibliography ids, `;`-separated: the source of the dates, then the gazetteer. */
  source: SourceIds,
  note: Note,
});
export type DutchTradingPostRow = z.output<typeof DutchTradingPostRow>;

export const dutchTradingPosts = defineDataset({
  id: 'dutch-trading-posts',
  row: DutchTradingPostRow,
  key: ['post'],
});
