import type { TriffinRun } from '../lib/triffin';

/** Words for each currency, kept together so a translation changes them in one place. */
const WORDS = {
  usd: {
    claims: 'foreign dollar claims',
    exceed: 'exceed',
    backing: 'the gold behind them',
    money: (bn: string) => `$${bn} billion`,
  },
  gbp: {
    claims: 'sterling owed abroad',
    exceed: 'exceeds',
    backing: 'the reserves behind it',
    money: (bn: string) => `£${bn} billion`,
  },
} as const;

const billions = (millions: number) =>
  (millions / 1000).toLocaleString('en-GB', { maximumFractionDigits: millions < 10_000 ? 1 : 0 });

/**
 * The model's outcome in one or two sentences: when cover falls below the
 * threshold (the first horn), and how much demand for reserves goes unmet
 * (the second). Plain text: it is set with `textContent`.
 */
export function triffinReading(run: TriffinRun, unit: 'usd' | 'gbp'): string {
  const { inputs, crossoverT, crossoverYear, path } = run;
  const w = WORDS[unit];
  const theta = inputs.threshold;
  const last = path[path.length - 1];
  let first: string;
  if (crossoverT === 0) {
    first =
      theta === 1
        ? `From the start in ${inputs.startYear}, ${w.claims} already ${w.exceed} ${w.backing}: confidence rests on something else.`
        : `From the start in ${inputs.startYear}, cover is already below the threshold of ${theta}: a run can come at any time.`;
  } else if (crossoverYear !== null) {
    const years = crossoverYear - inputs.startYear;
    first =
      theta === 1
        ? `At these rates ${w.claims} ${w.exceed} ${w.backing} by the end of ${crossoverYear}, ${years} years in.`
        : `At these rates cover falls below ${theta} by the end of ${crossoverYear}, ${years} years in.`;
  } else {
    first = `At these rates cover stays above ${theta} through ${last.year}: no run within ${inputs.years} years.`;
  }
  if (inputs.shareMet >= 100 || last.shortfall <= 0) return first;
  const share = Math.round((last.shortfall / last.demand) * 100);
  return `${first} But by ${last.year} the world is short of ${w.money(billions(last.shortfall))} of the reserves it wants (${share} % of demand).`;
}

/** A slider of the explainer: its URL key, label, symbol and how its value is spoken. */
export interface SliderSpec {
  key: 'demandGrowth' | 'backingGrowth' | 'shareMet' | 'startCover' | 'threshold';
  /** The URL parameter (as the codec writes it) and the input's name. */
  name: string;
  label: string;
  symbol: string;
  /** The value in words, for `aria-valuetext` and the visible output. */
  text: (v: number) => string;
}

const num = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 2 }).replace('-', '−');

/** The five sliders, in the order the page shows them. */
export const TRIFFIN_SLIDERS: readonly SliderSpec[] = [
  {
    key: 'demandGrowth',
    name: 'demand',
    label: 'Growth of demand for reserves',
    symbol: 'g',
    text: (v) => `${num(v)} % a year`,
  },
  {
    key: 'backingGrowth',
    name: 'backing',
    label: 'Growth of the backing',
    symbol: 'h',
    text: (v) => `${num(v)} % a year`,
  },
  {
    key: 'shareMet',
    name: 'share',
    label: 'Share of new demand met by deficits',
    symbol: 's',
    text: (v) => `${num(v)} %`,
  },
  {
    key: 'startCover',
    name: 'cover',
    label: 'Starting cover (backing ÷ claims)',
    symbol: 'c₀',
    text: (v) => `${num(v)} times the claims`,
  },
  {
    key: 'threshold',
    name: 'threshold',
    label: 'Confidence threshold',
    symbol: 'θ',
    text: (v) => `a cover of ${num(v)}`,
  },
];
