import { formatValue } from './format';
import type { Era } from '../schemas/era';
import type { WorldGdpShareRow } from '../schemas/datasets/worldGdpShares';
import { GDP_SHARE_COUNTRIES } from '../schemas/datasets/worldGdpShares';

type Country = (typeof GDP_SHARE_COUNTRIES)[number];

/** The id a chapter or guide names this map by (`<GuideMap map="world-gdp-shares" />`): its dataset's. */
export const OUTPUT_MAP = 'world-gdp-shares';

/** The one Maddison release every panel reads: the only one with world totals before 1820. Releases are never mixed. */
export const OUTPUT_MAP_VINTAGE = 'mpd-2010';

/**
 * The panel years: the guilder era at its height (1700, the Dutch peak among the early benchmarks), the eve of the
 * First World War (1913), the first years of Bretton Woods (1950) and the last year of the release (2008).
 */
export const OUTPUT_MAP_YEARS = ['1700', '1913', '1950', '2008'] as const;

/** Today's country each code stands for: its name, and its ISO 3166-1 numeric code, which world-atlas uses as id. */
export const OUTPUT_MAP_COUNTRIES: Record<Country, { name: string; shape: string }> = {
  NLD: { name: 'Netherlands', shape: '528' },
  GBR: { name: 'United Kingdom', shape: '826' },
  USA: { name: 'United States', shape: '840' },
  CHN: { name: 'China', shape: '156' },
  FRA: { name: 'France', shape: '250' },
  DEU: { name: 'Germany', shape: '276' },
  ESP: { name: 'Spain', shape: '724' },
  JPN: { name: 'Japan', shape: '392' },
  IND: { name: 'India', shape: '356' },
};

/** The country that issued each era's currency. */
const ISSUER: Record<string, Country> = { guilder: 'NLD', sterling: 'GBR', dollar: 'USA' };

/** One class of the map's shading: shares from `min` (inclusive) up to the next class's `min`. */
export interface ShareClass {
  min: number;
  label: string;
  /** A CSS colour: the darker, the larger the share. */
  fill: string;
}

/**
 * Five classes, as a reader reads them off the legend, each a mix of the accent colour into the background: the
 * more of a share, the more accent, in the light and the dark scheme alike. The lightest holds enough accent to
 * stand apart from the unshaded land outside the dataset.
 */
export const SHARE_CLASSES: readonly ShareClass[] = [
  { min: 0, label: 'under 2 %', fill: 'color-mix(in oklab, var(--accent) 30%, var(--bg))' },
  { min: 2, label: '2 to 5 %', fill: 'color-mix(in oklab, var(--accent) 47%, var(--bg))' },
  { min: 5, label: '5 to 10 %', fill: 'color-mix(in oklab, var(--accent) 64%, var(--bg))' },
  { min: 10, label: '10 to 20 %', fill: 'color-mix(in oklab, var(--accent) 82%, var(--bg))' },
  { min: 20, label: '20 % and over', fill: 'var(--accent)' },
];

/** The class a share falls in. */
export function shareClass(share: number): ShareClass {
  return SHARE_CLASSES.findLast((c) => share >= c.min) ?? SHARE_CLASSES[0]!;
}

/** One economy in one panel. */
export interface OutputShare {
  country: Country;
  name: string;
  /** ISO 3166-1 numeric code of today's country: the shape to shade. */
  shape: string;
  /** Percent of world GDP, as the row gives it. */
  share: number;
  /** The share as a label reads it, with an asterisk when the row is an estimate (`1.1 %*`). */
  text: string;
  /** The share as the table reads it, whose caption gives the unit (`1.1*`). */
  value: string;
  fill: string;
  /** This economy issued a currency whose era, by the site's default datings, includes the panel's year. */
  issuer: boolean;
}

/** One panel of the small multiples: a year and the nine economies, largest first. */
export interface OutputPanel {
  year: string;
  /** Every row of the year is flagged as an estimate (before 1950). */
  estimate: boolean;
  /** The eras whose default dating includes the year, by name (`The guilder era`). */
  eras: string[];
  shares: OutputShare[];
  ariaLabel: string;
}

const shareText = (row: WorldGdpShareRow) => `${formatValue(row.share_pct, 'percent')}${row.estimate ? '*' : ''}`;

/** The eras whose first (default) dating runs over `year`: an era without an end runs on. */
function erasAt(eras: readonly Era[], year: number): Era[] {
  return eras.filter((era) => {
    const dating = era.datings[0];
    return dating !== undefined && dating.rise <= year && (dating.end === undefined || year <= dating.end);
  });
}

/**
 * The panels of the map of world output: for each panel year, the nine economies' shares from one release, each
 * with its class and whether it issued the leading currency then. Throws if a year lacks any of the nine, so a
 * change to the data cannot leave a country silently unshaded.
 */
export function outputPanels(rows: readonly WorldGdpShareRow[], eras: readonly Era[]): OutputPanel[] {
  return OUTPUT_MAP_YEARS.map((year) => {
    const inYear = rows.filter((r) => r.vintage === OUTPUT_MAP_VINTAGE && r.date === year);
    const missing = GDP_SHARE_COUNTRIES.filter((c) => !inYear.some((r) => r.country === c));
    if (missing.length > 0)
      throw new Error(`world-gdp-shares: ${OUTPUT_MAP_VINTAGE} has no ${year} row for ${missing.join(', ')}`);
    const leading = erasAt(eras, Number(year)).filter((era) => ISSUER[era.id]);
    const issuers = new Set(leading.map((era) => ISSUER[era.id]));
    const shares = [...inYear]
      .sort((a, b) => b.share_pct - a.share_pct)
      .map((row) => ({
        country: row.country,
        ...OUTPUT_MAP_COUNTRIES[row.country],
        share: row.share_pct,
        text: shareText(row),
        value: `${row.share_pct.toFixed(1)}${row.estimate ? '*' : ''}`,
        fill: shareClass(row.share_pct).fill,
        issuer: issuers.has(row.country),
      }));
    const named = shares.filter((s) => s.issuer).map((s) => s.name);
    return {
      year,
      estimate: inYear.every((r) => r.estimate),
      eras: leading.map((era) => era.name),
      shares,
      ariaLabel: `World map, ${year}: the nine economies of the dataset shaded by their share of world output, ${named.join(' and ')} outlined as issuer of the leading currency; the rest of the world grey, not in this dataset`,
    };
  });
}

/** One economy across the panels: a row of the map's table. */
export interface OutputRow {
  name: string;
  /** Its share in each panel, in the panels' order. */
  cells: OutputShare[];
}

/** The map's table, the list alternative: one row per economy in the dataset's order, one cell per panel year. */
export function outputTable(panels: readonly OutputPanel[]): OutputRow[] {
  return GDP_SHARE_COUNTRIES.map((country) => {
    const cells = panels.map((p) => p.shares.find((s) => s.country === country)!);
    return { name: OUTPUT_MAP_COUNTRIES[country].name, cells };
  });
}
