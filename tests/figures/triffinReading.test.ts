import { describe, expect, it } from 'vitest';
import { runTriffin, type TriffinInputs } from '../../src/lib/triffin';
import { triffinReading } from '../../src/figures/triffinReading';

const start: TriffinInputs = {
  demandGrowth: 8,
  backingGrowth: -1.5,
  shareMet: 100,
  startCover: 0.8,
  threshold: 1,
  startYear: 1948,
  years: 30,
  startLiabilities: 3500,
};

describe('triffinReading', () => {
  it('agrees its verb with each currency: sterling owed abroad exceeds, dollar claims exceed', () => {
    expect(triffinReading(runTriffin(start), 'gbp')).toMatch(
      /^From the start in 1948, sterling owed abroad already exceeds the reserves behind it:/,
    );
    expect(triffinReading(runTriffin(start), 'usd')).toMatch(
      /^From the start in 1948, foreign dollar claims already exceed the gold behind them:/,
    );
    const later = runTriffin({ ...start, startCover: 2 });
    expect(triffinReading(later, 'gbp')).toMatch(
      /^At these rates sterling owed abroad exceeds the reserves behind it by/,
    );
    expect(triffinReading(later, 'usd')).toMatch(
      /^At these rates foreign dollar claims exceed the gold behind them by/,
    );
  });
});
