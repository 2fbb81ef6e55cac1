import { ALIGNMENTS, ALIGN_TEXT, COMPARED_ERAS, type Alignment, type DatingChoice } from '../lib/compareAlign';
import { PATTERN_CLAIMS } from '../lib/compareClaims';
import { INDICATORS, INDICATOR_TEXT, type Indicator } from '../lib/compareSeries';
import { defineCodec, setField, type FieldCodec, type Migration, type StateCodec } from './codec';

/** What the comparative chart shows; every field lives in the URL. */
export interface CompareState {
  /** How the horizontal axis reads: calendar years, years since each era began, or the life cycle. */
  align: Alignment;
  /** Whose dating of each era the chart uses (index into the era's datings; 0 is the site's default). */
  datings: DatingChoice;
  /** The small multiples shown, in display order. */
  show: Indicator[];
  /** A claim picked on the chart (its id in the ledger), or `''` for none. */
  claim: string;
  /** The crosshair's position on the current axis, or `null` when there is none. */
  at: number | null;
}

/** The URL format's version. Version 1 (before the explorer had its own page) named the axis `axis` and the indicators `ind`. */
export const COMPARE_URL_VERSION = 2;

export const COMPARE_DEFAULTS: CompareState = {
  align: 'since',
  datings: { guilder: 0, sterling: 0, dollar: 0 },
  show: ['gdp', 'reserves', 'debt'],
  claim: '',
  at: null,
};

/** The view's settings in a line, where the controls are folded away (on a phone): "Calendar years · GDP, debt". */
export function settingsLine(state: CompareState): string {
  return `${ALIGN_TEXT[state.align].replace(/ \(.*\)$/, '')} · ${state.show.map((i) => INDICATOR_TEXT[i].short).join(', ')}`;
}

const V1_AXIS: Record<string, Alignment> = { year: 'calendar', start: 'since', life: 'lifecycle' };

/** `MIGRATIONS[n]` turns a version-n link into version n + 1. */
const MIGRATIONS: Record<number, Migration> = {
  1: (params) => {
    const out = new URLSearchParams(params);
    const axis = out.get('axis');
    out.delete('axis');
    if (axis !== null && V1_AXIS[axis]) out.set('align', V1_AXIS[axis]);
    const ind = out.get('ind');
    out.delete('ind');
    if (ind !== null) out.set('show', ind.replace(/\bca\b/g, 'current-account'));
    return out;
  },
};

/** Applies the migrations a link needs and drops `v` (only the current format is ever written). */
const upgrade: Migration = (params) => {
  let out = new URLSearchParams(params);
  const raw = out.get('v');
  out.delete('v');
  const legacy = out.has('axis') || out.has('ind');
  const from = raw !== null && /^\d{1,3}$/.test(raw) ? Number(raw) : legacy ? 1 : COMPARE_URL_VERSION;
  for (let v = from; v < COMPARE_URL_VERSION; v++) out = MIGRATIONS[v]?.(out) ?? out;
  return out;
};

const alignField: FieldCodec<Alignment> = {
  key: 'align',
  parse: (raw) => ALIGNMENTS.find((a) => a === raw),
  format: (v) => v,
  equals: (a, b) => a === b,
};

/**
 * Datings as `era-n` pairs (n from 1, as a reader counts them): `dating=sterling-2,dollar-3`.
 * Unknown eras and numbers out of range are dropped; the rest keep their default.
 */
function datingField(counts: DatingChoice): FieldCodec<DatingChoice> {
  return {
    key: 'dating',
    parse: (raw) => {
      const choice = { ...COMPARE_DEFAULTS.datings };
      for (const part of raw.split(',')) {
        const m = /^([a-z]+)-(\d{1,2})$/.exec(part);
        const era = COMPARED_ERAS.find((e) => e === m?.[1]);
        const n = Number(m?.[2]);
        if (era && n >= 1 && n <= counts[era]) choice[era] = n - 1;
      }
      return choice;
    },
    format: (v) =>
      COMPARED_ERAS.filter((e) => v[e] !== 0)
        .map((e) => `${e}-${v[e] + 1}`)
        .join(','),
    equals: (a, b) => COMPARED_ERAS.every((e) => a[e] === b[e]),
  };
}

const claimField: FieldCodec<string> = {
  key: 'claim',
  parse: (raw) => PATTERN_CLAIMS.find((c) => c.claim === raw)?.claim,
  format: (v) => v,
  equals: (a, b) => a === b,
};

/** A position on the axis: a plain decimal within any axis's reach, kept to two decimals. */
const atField: FieldCodec<number | null> = {
  key: 'at',
  parse: (raw) => {
    if (!/^-?\d{1,4}(\.\d{1,6})?$/.test(raw)) return undefined;
    const n = Math.round(Number(raw) * 100) / 100 + 0;
    return n >= -1000 && n <= 3000 ? n : undefined;
  },
  format: (v) => (v === null ? '' : String(v)),
  equals: (a, b) => a === b,
};

/**
 * The comparative chart's URL codec. `counts` is how many datings each era
 * has in `data/eras.yml`. Parse never throws: unknown keys are ignored and bad
 * values fall back to the defaults.
 */
export function compareCodec(counts: DatingChoice): StateCodec<CompareState> {
  return defineCodec<CompareState>(
    COMPARE_DEFAULTS,
    {
      align: alignField,
      datings: datingField(counts),
      show: setField('show', INDICATORS),
      claim: claimField,
      at: atField,
    },
    [upgrade],
  );
}
