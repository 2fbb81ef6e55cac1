import type { SterlingBalanceRow } from '../schemas/datasets/sterlingBalances';
import type { UsGoldLiabilityRow } from '../schemas/datasets/usGoldVsLiabilities';
import { compoundGrowth, TRIFFIN_RANGES, type TriffinInputs } from './triffin';

/** The inputs a reader sets with the sliders. */
export type TriffinSliders = Pick<
  TriffinInputs,
  'demandGrowth' | 'backingGrowth' | 'shareMet' | 'startCover' | 'threshold'
>;

/** Years the model runs from its start: long enough to reach past 1971 from a 1948 or 1950 start. */
export const TRIFFIN_YEARS = 30;

export const PRESET_IDS = ['us-1950', 'uk-1948', 'no-deficits'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** A figure from `data/` that a preset uses, with what it is and where it comes from. */
export interface PresetInput {
  /** What the figure is, in words ("Treasury gold, end of 1950"). */
  label: string;
  value: number;
  /** The dataset it comes from. */
  dataset: string;
  /** Bibliography ids of its row. */
  source: string[];
  /** The source calls it approximate. */
  estimate: boolean;
}

/** A starting point for the model, every number in it read from cited rows. */
export interface TriffinPreset {
  id: PresetId;
  /** Button text. */
  label: string;
  /** Calendar year of t = 0 (its end). */
  startYear: number;
  /** L0 in `unit`. */
  startLiabilities: number;
  /** `usd`: $ million; `gbp`: £ million. */
  unit: 'usd' | 'gbp';
  /** The slider values it sets; a slider it cannot set from data keeps the 1950 US value. */
  sliders: TriffinSliders;
  /** Sliders the data cannot set, which keep the 1950 US value. */
  notFromData: (keyof TriffinSliders)[];
  /** The rows behind it. */
  inputs: PresetInput[];
  /** How it was made and what it lacks, in a sentence or two. */
  note: string;
}

/** Rounds to a slider's step, so a preset lands exactly on a slider position. */
function onStep(key: keyof TriffinSliders, value: number): number {
  const { min, max, step } = TRIFFIN_RANGES[key];
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(Math.min(max, Math.max(min, Math.round(value / step) * step)).toFixed(decimals));
}

/** A date of the data as a fractional year: `1951-03` (end of March) is 1951.25, `1958-06-30` about 1958.5. */
function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return y + 1;
  if (d === undefined) return y + m / 12;
  return y + (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / (365.25 * 86_400_000) + 1 / 365.25;
}

/** Finds one row or stops the build: a preset never falls back to a typed-in number. */
function pick<R>(rows: readonly R[], test: (r: R) => boolean, what: string): R {
  const row = rows.find(test);
  if (!row) throw new Error(`Triffin preset: no row for ${what}`);
  return row;
}

/**
 * The model's presets, computed from the rows they are handed:
 * - United States, 1950: Treasury gold (the only gold series that reaches back to 1950) against
 *   bank-reported liabilities to all foreigners (the only liability series that does), and each one's
 *   compound growth over 1950–1958, the years both series cover. Every new claim met: share 100 %.
 * - Britain, 1948: the first year the sterling data have both sides: liabilities of about £1,750 million
 *   (end 1948, excluding blocked balances) against the central gold and dollar holdings of 31 March 1948;
 *   backing growth from the gold and dollar reserves of March 1951 to June 1958, the longest run of one
 *   definition. No sterling liability series of one definition covers those years, so demand growth
 *   cannot be read from the data.
 * - No deficits: the 1950 US start with no new claims met (share 0 %) and the backing held (0 % a year).
 */
export function triffinPresets(us: readonly UsGoldLiabilityRow[], uk: readonly SterlingBalanceRow[]): TriffinPreset[] {
  const usRow = (series: UsGoldLiabilityRow['series'], year: string) =>
    pick(us, (r) => r.series === series && r.date === year && r.value_usd_mn !== null, `${series} ${year}`);
  const usInput = (label: string, r: UsGoldLiabilityRow): PresetInput => ({
    label,
    value: r.value_usd_mn!,
    dataset: 'us-gold-vs-liabilities',
    source: r.source,
    estimate: r.estimate,
  });
  const gold50 = usRow('gold-stock-treasury', '1950');
  const gold58 = usRow('gold-stock-treasury', '1958');
  const liab50 = usRow('bank-liabilities-total', '1950');
  const liab58 = usRow('bank-liabilities-total', '1958');
  const usSliders: TriffinSliders = {
    demandGrowth: onStep('demandGrowth', compoundGrowth(liab50.value_usd_mn!, liab58.value_usd_mn!, 8)),
    backingGrowth: onStep('backingGrowth', compoundGrowth(gold50.value_usd_mn!, gold58.value_usd_mn!, 8)),
    shareMet: 100,
    startCover: onStep('startCover', gold50.value_usd_mn! / liab50.value_usd_mn!),
    threshold: 1,
  };
  const usInputs = [
    usInput('Treasury gold, end of 1950', gold50),
    usInput('Treasury gold, end of 1958', gold58),
    usInput('Liabilities to all foreigners reported by US banks, end of 1950', liab50),
    usInput('Liabilities to all foreigners reported by US banks, end of 1958', liab58),
  ];

  const ukRow = (measure: SterlingBalanceRow['measure'], date: string) =>
    pick(uk, (r) => r.measure === measure && r.date === date, `${measure} ${date}`);
  const ukInput = (label: string, r: SterlingBalanceRow): PresetInput => ({
    label,
    value: r.value_gbp_mn,
    dataset: 'sterling-balances',
    source: r.source,
    estimate: r.estimate,
  });
  const liab48 = ukRow('liabilities-excluding-blocked', '1948-12');
  const res48 = ukRow('central-gold-dollar-holdings', '1948-03-31');
  const res51 = ukRow('gold-dollar-reserves', '1951-03');
  const res58 = ukRow('gold-dollar-reserves', '1958-06-30');

  return [
    {
      id: 'us-1950',
      label: 'United States, 1950',
      startYear: 1950,
      startLiabilities: liab50.value_usd_mn!,
      unit: 'usd',
      sliders: usSliders,
      notFromData: [],
      inputs: usInputs,
      note: 'Cover is Treasury gold over bank-reported liabilities to foreigners at the end of 1950; the growth rates are each series’ compound growth from 1950 to 1958, the years both cover. The bank-reported figures leave out foreign holdings of US government bonds and notes, so they understate the claims a little.',
    },
    {
      id: 'uk-1948',
      label: 'Britain, 1948',
      startYear: 1948,
      startLiabilities: liab48.value_gbp_mn,
      unit: 'gbp',
      sliders: {
        ...usSliders,
        startCover: onStep('startCover', res48.value_gbp_mn / liab48.value_gbp_mn),
        backingGrowth: onStep(
          'backingGrowth',
          compoundGrowth(res51.value_gbp_mn, res58.value_gbp_mn, decimalYear(res58.date) - decimalYear(res51.date)),
        ),
      },
      notFromData: ['demandGrowth'],
      inputs: [
        ukInput('Sterling liabilities excluding blocked balances, end of 1948 (“about”)', liab48),
        ukInput('Central gold and dollar holdings, 31 March 1948', res48),
        ukInput('Gold and dollar reserves, end of March 1951', res51),
        ukInput('Gold and dollar reserves, 30 June 1958', res58),
      ],
      note: 'The data hold no 1945 pair (no reserve figure before 1948, only regional subtotals of the balances), so Britain starts in 1948, and the two sides are nine months apart. No sterling liability series of one definition covers the 1950s, so demand growth is not set from data: it keeps the 1950 US rate until you move it.',
    },
    {
      id: 'no-deficits',
      label: 'No deficits',
      startYear: 1950,
      startLiabilities: liab50.value_usd_mn!,
      unit: 'usd',
      sliders: { ...usSliders, shareMet: 0, backingGrowth: 0 },
      notFromData: [],
      inputs: usInputs,
      note: 'The 1950 US start, but the issuer refuses deficits: no new claims (share met 0 %), so no gold is drained either (backing growth 0 %).',
    },
  ];
}
