import { TRIFFIN_RANGES } from '../lib/triffin';
import { PRESET_IDS, type PresetId, type TriffinSliders } from '../lib/triffinPresets';
import { defineCodec, type FieldCodec, type StateCodec, type Versioning, toParams } from './codec';

/** What the Triffin explainer shows; every field lives in the URL. */
export interface TriffinState extends TriffinSliders {
  /** The preset the sliders start from; its values are the defaults of the sliders. */
  preset: PresetId;
  /** Whether the actual US series are laid over the model. */
  history: boolean;
}

/** The slider values of each preset (computed from data at build time and handed to the browser). */
export type PresetSliders = Record<PresetId, TriffinSliders>;

export const DEFAULT_PRESET: PresetId = 'us-1950';

/** The URL format's version; a link without `v` is version 1. */
export const TRIFFIN_URL_VERSION = 1;

/**
 * Upgrades by the version they upgrade from: `UPGRADES[n]` turns a version-n
 * link into version n + 1. None yet; the first change to a key or a unit adds one.
 */
const VERSIONING: Versioning = { current: TRIFFIN_URL_VERSION, upgrades: {} };

/** Decimals of a step (0.05 → 2). */
const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step)));

/** A slider's value: any plain decimal number, clamped to the slider's range and rounded to its step. */
function sliderField(key: string, name: keyof TriffinSliders): FieldCodec<number> {
  const { min, max, step } = TRIFFIN_RANGES[name];
  const snap = (v: number) =>
    Number(Math.min(max, Math.max(min, Math.round(v / step) * step)).toFixed(decimalsOf(step))) + 0;
  return {
    key,
    parse: (raw) => (/^-?\d{1,6}(\.\d{1,8})?$/.test(raw.trim()) ? snap(Number(raw)) : undefined),
    format: (v) => String(snap(v)),
    equals: (a, b) => snap(a) === snap(b),
  };
}

const presetField: FieldCodec<PresetId> = {
  key: 'preset',
  parse: (raw) => PRESET_IDS.find((id) => id === raw),
  format: (v) => v,
  equals: (a, b) => a === b,
};

const historyField: FieldCodec<boolean> = {
  key: 'history',
  parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  format: (v) => (v ? '1' : '0'),
  equals: (a, b) => a === b,
};

/**
 * The explainer's URL codec. A slider is written only when it differs from its
 * preset's value, so `?preset=uk-1948` alone is Britain as the data set it.
 * Parse never throws: unknown keys are ignored, bad values fall back, numbers
 * out of range are clamped.
 */
export function triffinCodec(presets: PresetSliders): StateCodec<TriffinState> {
  const codecs = Object.fromEntries(
    PRESET_IDS.map((id) => [
      id,
      defineCodec<TriffinState>(
        { preset: id, history: false, ...presets[id] },
        {
          preset: presetField,
          demandGrowth: sliderField('demand', 'demandGrowth'),
          backingGrowth: sliderField('backing', 'backingGrowth'),
          shareMet: sliderField('share', 'shareMet'),
          startCover: sliderField('cover', 'startCover'),
          threshold: sliderField('threshold', 'threshold'),
          history: historyField,
        },
        [],
        VERSIONING,
      ),
    ]),
  ) as Record<PresetId, StateCodec<TriffinState>>;
  const base = codecs[DEFAULT_PRESET];
  return {
    defaults: base.defaults,
    version: base.version,
    parse(search) {
      const params = toParams(search);
      const preset = presetField.parse(params.get('preset') ?? '') ?? DEFAULT_PRESET;
      return codecs[preset].parse(params);
    },
    format(state) {
      const text = codecs[state.preset].format(state);
      // The default preset's codec does not write `preset`; the others' do, by comparing with their own id.
      if (state.preset === DEFAULT_PRESET) return text;
      return text.includes('preset=') ? text : `?preset=${state.preset}${text ? '&' + text.slice(1) : ''}`;
    },
  };
}
