import { loadRows } from './data';
import { OUTPUT_MAP } from './outputMaps';
import type { MapGroup, MapPoint } from './guidesMap';
import { brettonWoodsDelegations } from '../schemas/datasets/brettonWoodsDelegations';
import { centralBankSanctions2022 } from '../schemas/datasets/centralBankSanctions2022';
import { dollarPegs2023 } from '../schemas/datasets/dollarPegs2023';
import { dutchTradingPosts } from '../schemas/datasets/dutchTradingPosts';
import { sterlingAnchors } from '../schemas/datasets/sterlingAnchors';
import { STERLING_MAP, sterlingMapSpec } from './sterlingMap';

/** The era maps a chapter or guide can show, by id. */
export const ERA_MAPS = ['dutch-trading-posts', STERLING_MAP, 'bretton-woods', 'central-bank-sanctions-2022'] as const;
export type EraMapId = (typeof ERA_MAPS)[number];

/** Every map a chapter or guide can place with `<GuideMap>`: the era maps and the small multiples of world output. */
export const GUIDE_MAPS = [...ERA_MAPS, OUTPUT_MAP] as const;
export type GuideMapId = (typeof GUIDE_MAPS)[number];

/** One entry of a map's list alternative: a name, and how the era's territory differs from today's map. */
export interface EraMapItem {
  name: string;
  detail: string;
}

/** Everything an era map shows, from its dataset's rows. */
export interface EraMapSpec {
  /** The dataset ids: their CSVs are linked under the map. */
  datasets: string[];
  colour: string;
  /** The colour of a second layer of shaded countries (`MapGroup.alt`), if the map has one. */
  altColour?: string;
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
  if (id === STERLING_MAP) return sterlingMapSpec(loadRows(sterlingAnchors));
  if (id === 'dutch-trading-posts') {
    const rows = loadRows(dutchTradingPosts);
    const posts = rows.filter((r) => r.role === 'post');
    return {
      datasets: [dutchTradingPosts.id],
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
    const pegs = loadRows(dollarPegs2023);
    return {
      datasets: [centralBankSanctions2022.id, dollarPegs2023.id],
      colour: 'var(--era-dollar)',
      altColour: 'var(--era-bitcoin)',
      ariaLabel: `World map: today’s countries of the ${rows.length} jurisdictions that froze the Bank of Russia’s reserves in February and March 2022, shaded green, and of ${pegs.length} economies whose currency was tied to the US dollar in 2023, shaded blue`,
      caption:
        'Green: jurisdictions that barred dealings with the Bank of Russia, 28 February to 4 March 2022 (the United States, the 27 states of the European Union, the United Kingdom, Canada, Japan and Switzerland); only measures whose announcements we read are shown. Blue: economies whose currency the IMF classed in 2023 as the US dollar itself, a currency board or a conventional peg to the dollar, as far as we could read its table. Today’s borders; Malta, Hong Kong and several islands are too small for this map.',
      listSummary: `The ${rows.length} jurisdictions with the day each measure took effect, and the ${pegs.length} economies tied to the dollar, as a list`,
      groups: [
        ...rows.map((r) => ({ codes: r.country_codes })),
        ...pegs.map((r) => ({ codes: r.country_codes, alt: true })),
      ],
      points: [],
      items: [
        ...rows.map((r) => ({
          name: `${r.jurisdiction}, ${r.date}`,
          detail: [r.measure, r.note].filter(Boolean).join(' '),
        })),
        ...pegs.map((r) => ({
          name: `${r.economy} (${r.currency}): tied to the US dollar, ${r.arrangement}, ${r.date}`,
          detail: r.note,
        })),
      ],
      sources: unique([...rows.flatMap((r) => r.source), ...pegs.flatMap((r) => r.source)]),
    };
  }
  const rows = loadRows(brettonWoodsDelegations);
  return {
    datasets: [brettonWoodsDelegations.id],
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
