/**
 * A small model of the Triffin dilemma, after Triffin (1960): an issuer whose
 * currency is held as a reserve and is backed by a stock of gold (or any
 * credible backing).
 *
 * Year t = 0 is the end of the start year. World demand for reserves starts
 * equal to the issuer's liabilities to foreigners and grows at g a year:
 *
 *   D(t) = L0 · (1 + g)^t
 *
 * The issuer meets a share s of the growth in demand by running deficits,
 * which add liabilities to foreigners; the rest of the growth goes unmet:
 *
 *   L(t) = L0 + s · (D(t) − L0)          shortfall(t) = D(t) − L(t) = (1 − s) · (D(t) − L0)
 *
 * The backing grows (or drains) at h a year from a starting cover c0:
 *
 *   G(t) = c0 · L0 · (1 + h)^t           cover(t) = G(t) / L(t)
 *
 * The run comes when cover falls below the confidence threshold θ. With s = 1
 * the crossover is t* = ln(c0 / θ) / ln((1 + g) / (1 + h)) = ln(G0 / (θ·L0)) / ln((1 + g) / (1 + h)).
 *
 * Left out on purpose: interest on the liabilities, exchange-rate changes, any
 * policy reaction (the run is marked, not played out), and SDRs or any other
 * reserve asset. Pure: no imports from the view folders.
 */

/** The model's inputs. Rates and shares are in percent, as the sliders show them. */
export interface TriffinInputs {
  /** g: growth of world demand for reserves, % a year. */
  demandGrowth: number;
  /** h: growth (negative: drain) of the backing, % a year. */
  backingGrowth: number;
  /** s: share of the growth in demand the issuer meets by running deficits, %. */
  shareMet: number;
  /** c0: backing ÷ liabilities at the start (2 means twice the liabilities). */
  startCover: number;
  /** θ: the cover below which holders lose confidence and run (1: claims exceed the backing). */
  threshold: number;
  /** Calendar year of t = 0 (its end). */
  startYear: number;
  /** Number of years after the start to compute. */
  years: number;
  /** L0: liabilities to foreigners at the start, in the preset's unit (it only scales the levels). */
  startLiabilities: number;
}

/** Inclusive bounds, keyboard step and fallback (for a value that is not a number) of one input. */
export interface InputRange {
  min: number;
  max: number;
  step: number;
  fallback: number;
}

/** The documented range of every input; anything outside is clamped, anything not a number falls back. */
export const TRIFFIN_RANGES: Record<keyof TriffinInputs, InputRange> = {
  demandGrowth: { min: 0, max: 15, step: 0.1, fallback: 5 },
  backingGrowth: { min: -15, max: 15, step: 0.1, fallback: 0 },
  shareMet: { min: 0, max: 100, step: 1, fallback: 100 },
  startCover: { min: 0.05, max: 5, step: 0.01, fallback: 2 },
  threshold: { min: 0.1, max: 2, step: 0.05, fallback: 1 },
  startYear: { min: 1800, max: 2100, step: 1, fallback: 1950 },
  years: { min: 1, max: 100, step: 1, fallback: 30 },
  startLiabilities: { min: 1e-6, max: 1e12, step: 0, fallback: 1 },
};

/** One year of the model. Levels are in the unit of `startLiabilities`. */
export interface TriffinYear {
  /** Years since the start. */
  t: number;
  /** Calendar year (its end). */
  year: number;
  /** D: world demand for reserves. */
  demand: number;
  /** L: the issuer's liabilities to foreigners. */
  liabilities: number;
  /** G: the backing. */
  backing: number;
  /** G ÷ L. */
  cover: number;
  /** D − L: demand for reserves the issuer does not meet. */
  shortfall: number;
}

/** The model's run. */
export interface TriffinRun {
  /** The inputs after clamping. */
  inputs: TriffinInputs;
  /** Names of the inputs that were out of range or not numbers, in input order. */
  clamped: (keyof TriffinInputs)[];
  /** Years 0 … `years`. */
  path: TriffinYear[];
  /** Exact (fractional) years until cover first falls below θ; 0 if it starts below; null if not within the run. */
  crossoverT: number | null;
  /** First year-end at which cover is below θ; null if none within the run. */
  crossoverYear: number | null;
  /** Shortfall at the end of the run. */
  finalShortfall: number;
}

/** Clamps every input to its range (a non-number takes the fallback) and lists those that had to change. */
export function clampTriffinInputs(raw: TriffinInputs): { inputs: TriffinInputs; clamped: (keyof TriffinInputs)[] } {
  const clamped: (keyof TriffinInputs)[] = [];
  const inputs = { ...raw };
  for (const key of Object.keys(TRIFFIN_RANGES) as (keyof TriffinInputs)[]) {
    const { min, max, fallback } = TRIFFIN_RANGES[key];
    const value = raw[key];
    const fixed = Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
    if (fixed !== value) clamped.push(key);
    inputs[key] = key === 'startYear' || key === 'years' ? Math.round(fixed) : fixed;
  }
  return { inputs, clamped };
}

/** The model's levels at a (possibly fractional) time t, for clamped inputs. */
function levelsAt(p: TriffinInputs, t: number): Omit<TriffinYear, 't' | 'year'> {
  const L0 = p.startLiabilities;
  const demand = L0 * (1 + p.demandGrowth / 100) ** t;
  const liabilities = L0 + (p.shareMet / 100) * (demand - L0);
  const backing = p.startCover * L0 * (1 + p.backingGrowth / 100) ** t;
  return { demand, liabilities, backing, cover: backing / liabilities, shortfall: demand - liabilities };
}

/** Finds where cover crosses θ between two years, by bisection on the continuous model. */
function crossingBetween(p: TriffinInputs, lo: number, hi: number): number {
  let [a, b] = [lo, hi];
  for (let i = 0; i < 60; i++) {
    const mid = (a + b) / 2;
    if (levelsAt(p, mid).cover < p.threshold) b = mid;
    else a = mid;
  }
  return b;
}

/** Runs the model year by year. Never yields NaN or Infinity: inputs are clamped first. */
export function runTriffin(raw: TriffinInputs): TriffinRun {
  const { inputs, clamped } = clampTriffinInputs(raw);
  const path: TriffinYear[] = [];
  for (let t = 0; t <= inputs.years; t++) path.push({ t, year: inputs.startYear + t, ...levelsAt(inputs, t) });
  const first = path.findIndex((y) => y.cover < inputs.threshold);
  const crossoverT = first < 0 ? null : first === 0 ? 0 : crossingBetween(inputs, first - 1, first);
  return {
    inputs,
    clamped,
    path,
    crossoverT,
    crossoverYear: first < 0 ? null : path[first].year,
    finalShortfall: path[path.length - 1].shortfall,
  };
}

/** Compound growth, % a year, from `from` to `to` over `years` years (the way presets read rates from data). */
export function compoundGrowth(from: number, to: number, years: number): number {
  if (!(from > 0) || !(to > 0) || !(years > 0)) return 0;
  return ((to / from) ** (1 / years) - 1) * 100;
}
