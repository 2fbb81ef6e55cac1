import { loadRows } from './data';
import type { MapGroup, MapPoint } from './guidesMap';
import { brettonWoodsDelegations } from '../schemas/datasets/brettonWoodsDelegations';
import { centralBankSanctions2022 } from '../schemas/datasets/centralBankSanctions2022';
import { dutchTradingPosts } from '../schemas/datasets/dutchTradingPosts';

/** The era maps a chapter or guide can show, by id. */
export const ERA_MAPS = ['dutch-trading-posts', 'bretton-woods', 'central-bank-sanctions-2022'] as const;
export type EraMapId = (typeof ERA_MAPS)[number];

/** One entry of a map's list alternative: a name, and how the era's territory differs from today's map. */
export interface EraMapItem {
  name: string;
  detail: string;
}

/** Everything an era map shows, from its dataset's rows. */
export interface EraMapSpec {
  /** The dataset id: its CSV is linked under the map. */
  dataset: string;
  colour: string;
  ariaLabel: string;
  caption: string;
  listSummary: string;
  groups: MapGroup[];
  points: MapPoint[];
  items: EraMapItem[];
  sources: string[];
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The data behind era map `id`, read from its validated rows. */
export function eraMapSpec(id: EraMapId): EraMapSpec {
  if (id === 'dutch-trading-posts') {
    const rows = loadRows(dutchTradingPosts);
    const posts = rows.filter((r) => r.role === 'post');
    return {
      dataset: dutchTradingPosts.id,
      colour: 'var(--era-guilder)',
      ariaLabel: `World map: Amsterdam as the hub and ${posts.length} posts of the Dutch East and West India Companies, c. 1650–1700, as dots`,
      caption: `Amsterdam (ringed) and ${posts.length} posts of the Dutch East India Company (VOC) and West India Company (WIC) held at some time between 1650 and 1700. Dots mark today’s towns on the sites, on today’s borders, which did not exist then: the posts were enclaves on coasts ruled by other states. A selection: the companies had many more factories.`,
      listSummary: `Amsterdam and the ${posts.length} posts as a list, with the years each was held and today’s town`,
      groups: [],
      points: rows.map((r) => ({ lon: r.lon, lat: r.lat, hub: r.role === 'hub' })),
      items: rows.map((r) => ({
        name: `${r.post} (${r.company}), ${r.until ? `${r.date.slice(0, 4)}–${r.until.slice(0, 4)}` : `from ${r.date.slice(0, 4)}`}`,
        detail: `today ${r.place_today}. ${r.note}`,
      })),
      sources: unique(rows.flatMap((r) => r.source)),
    };
  }
  if (id === 'central-bank-sanctions-2022') {
    const rows = loadRows(centralBankSanctions2022);
    return {
      dataset: centralBankSanctions2022.id,
      colour: 'var(--era-dollar)',
      ariaLabel: `World map: today’s countries of the ${rows.length} jurisdictions that froze the Bank of Russia’s reserves in February and March 2022, shaded`,
      caption:
        'Jurisdictions that barred dealings with the Bank of Russia, 28 February to 4 March 2022, shaded on today’s borders: the United States, the 27 states of the European Union, the United Kingdom, Canada, Japan and Switzerland. Only measures whose announcements we read are shown; Malta is too small for this map.',
      listSummary: `The ${rows.length} jurisdictions as a list, with the day each measure took effect`,
      groups: rows.map((r) => ({ codes: r.country_codes })),
      points: [],
      items: rows.map((r) => ({
        name: `${r.jurisdiction}, ${r.date}`,
        detail: [r.measure, r.note].filter(Boolean).join(' '),
      })),
      sources: unique(rows.flatMap((r) => r.source)),
    };
  }
  const rows = loadRows(brettonWoodsDelegations);
  return {
    dataset: brettonWoodsDelegations.id,
    colour: 'var(--era-dollar)',
    ariaLabel: 'World map: today’s countries covering the 44 delegations at Bretton Woods, 1944, shaded',
    caption:
      'The 44 delegations at the Bretton Woods conference, July 1944, shaded on today’s borders. Where a state of 1944 has since split, all its successors are shaded; colonies and dependencies are not.',
    listSummary: 'The 44 delegations as a list, with how their 1944 territory differs from today’s map',
    groups: rows.map((r) => ({ codes: r.country_codes })),
    points: [],
    items: rows.map((r) => ({ name: r.delegation, detail: r.note })),
    sources: unique(rows.flatMap((r) => r.source)),
  };
}
