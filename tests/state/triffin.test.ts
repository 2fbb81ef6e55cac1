import { describe, expect, it } from 'vitest';
import { TRIFFIN_PRESETS, triffin, US_SLIDERS } from './fixtures';

// The properties every codec keeps (round trip, canonical, hostile input) run in hostile.test.ts.

describe('triffinCodec', () => {
  it('format(defaults) writes nothing', () => {
    expect(triffin.format(triffin.defaults)).toBe('');
    expect(triffin.defaults).toEqual({ preset: 'us-1950', history: false, ...US_SLIDERS });
  });

  it('format writes only what differs from the preset’s own values', () => {
    expect(triffin.format({ ...triffin.defaults, demandGrowth: 5 })).toBe('?demand=5');
    expect(triffin.format({ preset: 'uk-1948', history: false, ...TRIFFIN_PRESETS['uk-1948'] })).toBe(
      '?preset=uk-1948',
    );
    expect(
      triffin.format({ preset: 'no-deficits', history: true, ...TRIFFIN_PRESETS['no-deficits'], threshold: 0.5 }),
    ).toBe('?preset=no-deficits&threshold=0.5&history=1');
  });

  it('parse takes a preset’s values for the sliders a link leaves out', () => {
    expect(triffin.parse('?preset=uk-1948&share=40')).toEqual({
      preset: 'uk-1948',
      history: false,
      ...TRIFFIN_PRESETS['uk-1948'],
      shareMet: 40,
    });
  });

  it('parse clamps numbers out of range and rounds them to the slider’s step', () => {
    const s = triffin.parse('?demand=99&backing=-40&cover=2.6549&threshold=0.01&share=33.4');
    expect(s).toMatchObject({ demandGrowth: 15, backingGrowth: -15, startCover: 2.65, threshold: 0.1, shareMet: 33 });
  });

  it('parse falls back on junk and unknown presets', () => {
    expect(triffin.parse('?demand=abc&preset=mars&history=yes&cover=1e5&share=NaN')).toEqual(triffin.defaults);
  });

  it('parse reads version 1 links (with or without v) the same way', () => {
    expect(triffin.parse('?v=1&demand=5')).toEqual(triffin.parse('?demand=5'));
  });
});
