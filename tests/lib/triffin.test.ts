import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { compoundGrowth, runTriffin, TRIFFIN_RANGES, type TriffinInputs } from '../../src/lib/triffin';
import { triffinPresets } from '../../src/lib/triffinPresets';
import { sterlingBalances } from '../../src/schemas/datasets/sterlingBalances';
import { usGoldVsLiabilities } from '../../src/schemas/datasets/usGoldVsLiabilities';

const base: TriffinInputs = {
  demandGrowth: 8,
  backingGrowth: -1.5,
  shareMet: 100,
  startCover: 2.6,
  threshold: 1,
  startYear: 1950,
  years: 40,
  startLiabilities: 8000,
};

/** Triffin's crossover with constant rates and every unit of demand met: ln(G0 / (θ·L0)) / ln((1+g)/(1+h)). */
const closedForm = (p: TriffinInputs) =>
  Math.log((p.startCover * p.startLiabilities) / (p.threshold * p.startLiabilities)) /
  Math.log((1 + p.demandGrowth / 100) / (1 + p.backingGrowth / 100));

describe('runTriffin', () => {
  it('runTriffin(s = 100 %) crosses at ln(G0 / (θ·L0)) / ln((1+g)/(1+h))', () => {
    for (const p of [
      base,
      { ...base, demandGrowth: 6, backingGrowth: 1, threshold: 0.5 },
      { ...base, startCover: 4.2 },
    ]) {
      const run = runTriffin(p);
      expect(run.crossoverT).toBeCloseTo(closedForm(p), 9);
      expect(run.crossoverYear).toBe(p.startYear + Math.ceil(closedForm(p)));
    }
  });

  it('runTriffin(s = 100 %) has liabilities L0·(1+g)^t and backing G0·(1+h)^t', () => {
    const run = runTriffin(base);
    const y = run.path[7];
    expect(y.liabilities).toBeCloseTo(8000 * 1.08 ** 7, 6);
    expect(y.backing).toBeCloseTo(2.6 * 8000 * 0.985 ** 7, 6);
    expect(y.cover).toBeCloseTo(y.backing / y.liabilities, 12);
    expect(y.shortfall).toBeCloseTo(0, 9);
    expect(run.path).toHaveLength(41);
    expect(run.path[0].year).toBe(1950);
  });

  it('runTriffin with zero growth never crosses', () => {
    const run = runTriffin({ ...base, demandGrowth: 0, backingGrowth: 0 });
    expect(run.crossoverT).toBeNull();
    expect(run.crossoverYear).toBeNull();
    expect(new Set(run.path.map((y) => y.cover))).toEqual(new Set([2.6]));
  });

  it('runTriffin with cover already below the threshold crosses at year 0', () => {
    const run = runTriffin({ ...base, startCover: 0.8 });
    expect(run.crossoverT).toBe(0);
    expect(run.crossoverYear).toBe(1950);
  });

  it('runTriffin meeting 0 % of demand gives a shortfall equal to the growth in demand, and liabilities stay put', () => {
    const run = runTriffin({ ...base, shareMet: 0 });
    for (const y of run.path) {
      expect(y.shortfall).toBeCloseTo(8000 * 1.08 ** y.t - 8000, 6);
      expect(y.liabilities).toBe(8000);
    }
  });

  it('runTriffin with backing growing faster than demand never crosses', () => {
    expect(runTriffin({ ...base, demandGrowth: 2, backingGrowth: 3 }).crossoverT).toBeNull();
  });

  it('runTriffin meeting half of demand crosses later than meeting all of it', () => {
    const all = runTriffin(base).crossoverT!;
    const half = runTriffin({ ...base, shareMet: 50 }).crossoverT!;
    expect(half).toBeGreaterThan(all);
    // at the crossover, cover equals the threshold
    const L = 8000 + 0.5 * (8000 * 1.08 ** half - 8000);
    expect((2.6 * 8000 * 0.985 ** half) / L).toBeCloseTo(1, 9);
  });

  it('runTriffin clamps inputs outside their ranges and lists them', () => {
    const run = runTriffin({ ...base, demandGrowth: 99, backingGrowth: Number.NaN, threshold: -1 });
    expect(run.clamped).toEqual(['demandGrowth', 'backingGrowth', 'threshold']);
    expect(run.inputs.demandGrowth).toBe(TRIFFIN_RANGES.demandGrowth.max);
    expect(run.inputs.backingGrowth).toBe(TRIFFIN_RANGES.backingGrowth.fallback);
    expect(run.inputs.threshold).toBe(TRIFFIN_RANGES.threshold.min);
    expect(runTriffin(base).clamped).toEqual([]);
  });

  it('runTriffin never gives NaN or Infinity, whatever it is handed', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e308, -1e308),
      fc.integer({ min: -1000, max: 1000 }),
    );
    const inputs = fc.record<TriffinInputs>({
      demandGrowth: anyNumber,
      backingGrowth: anyNumber,
      shareMet: anyNumber,
      startCover: anyNumber,
      threshold: anyNumber,
      startYear: anyNumber,
      years: anyNumber,
      startLiabilities: anyNumber,
    });
    fc.assert(
      fc.property(inputs, (p) => {
        const run = runTriffin(p);
        expect(run.path.length).toBeGreaterThan(1);
        for (const y of run.path)
          for (const v of [y.demand, y.liabilities, y.backing, y.cover, y.shortfall])
            expect(Number.isFinite(v)).toBe(true);
        expect(run.crossoverT === null || Number.isFinite(run.crossoverT)).toBe(true);
        expect(Number.isFinite(run.finalShortfall)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compoundGrowth', () => {
  it('compoundGrowth(100, 121, 2) is 10 % a year; bad inputs give 0', () => {
    expect(compoundGrowth(100, 121, 2)).toBeCloseTo(10, 12);
    expect(compoundGrowth(100, 81, 2)).toBeCloseTo(-10, 12);
    expect(compoundGrowth(0, 5, 2)).toBe(0);
    expect(compoundGrowth(5, 5, 0)).toBe(0);
  });
});

describe('triffinPresets', () => {
  const presets = triffinPresets(loadRows(usGoldVsLiabilities), loadRows(sterlingBalances));
  const byId = Object.fromEntries(presets.map((p) => [p.id, p]));

  it('triffinPresets(rows) reads the 1950 US start from Treasury gold and bank-reported liabilities', () => {
    const us = byId['us-1950'];
    expect(us.startLiabilities).toBe(8644.8);
    expect(us.sliders.startCover).toBe(Number((22879 / 8644.8).toFixed(2)));
    expect(us.sliders.demandGrowth).toBe(Number(compoundGrowth(8644.8, 16159.1, 8).toFixed(1)));
    expect(us.sliders.backingGrowth).toBe(Number(compoundGrowth(22879, 20534, 8).toFixed(1)));
    expect(us.inputs.map((i) => i.source[0])).toEqual([
      'nber-m14076',
      'treasury-bulletin-1975-01-ifs-1',
      'treasury-bulletin-1959-10-cm-1-2',
      'treasury-bulletin-1959-10-cm-1-2',
    ]);
  });

  it('triffinPresets(rows) starts Britain in 1948 and says it cannot set demand growth', () => {
    const uk = byId['uk-1948'];
    expect(uk.sliders.startCover).toBe(Number((552 / 1750).toFixed(2)));
    expect(uk.notFromData).toEqual(['demandGrowth']);
    expect(uk.sliders.demandGrowth).toBe(byId['us-1950'].sliders.demandGrowth);
    expect(uk.inputs.some((i) => i.estimate)).toBe(true);
  });

  it('triffinPresets(rows) with the 1950 US start crosses within the 1960s', () => {
    const us = byId['us-1950'];
    const run = runTriffin({ ...us.sliders, startYear: 1950, years: 30, startLiabilities: us.startLiabilities });
    expect(run.crossoverYear).toBeGreaterThanOrEqual(1960);
    expect(run.crossoverYear).toBeLessThan(1970);
  });
});
