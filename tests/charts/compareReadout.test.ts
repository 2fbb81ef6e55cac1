import { describe, expect, it } from 'vitest';
import { formatReading, INDICATOR_DIGITS, readout } from '../../src/figures/compareReadout';
import { compareView } from '../../src/figures/compareView';
import { ALIGNMENTS } from '../../src/lib/compareAlign';
import { loadCompareData } from '../../src/lib/compareData';
import { INDICATORS } from '../../src/lib/compareSeries';
import { COMPARE_DEFAULTS } from '../../src/state/compare';

const data = loadCompareData();
/** Every value in a readout: what follows a date's colon, before "(estimate)" or the end of its clause. */
const VALUE = /: (-?\d+(?:\.\d+)?)(?= \(estimate\)|[;.](?: |$))/g;

describe('the comparative chart’s readout', () => {
  it('reads the Treasury’s quarterly debt ratio with the decimals of every other value', () => {
    const view = compareView(data, COMPARE_DEFAULTS);
    const text = readout(view, 67);
    expect(text).toMatch(/US total public debt \(Treasury, quarters\), 1980-06: 31\.37\.$/);
    expect(text).toContain('US gross federal debt (OMB, fiscal years), 1980: 32.60;');
    expect(text).not.toContain('31.37303');
  });

  it('says every value of every indicator, at every point of every axis, with the indicator’s decimals, as the data’s value rounded', () => {
    let read = 0;
    for (const align of ALIGNMENTS)
      for (const indicator of INDICATORS) {
        const view = compareView(data, { ...COMPARE_DEFAULTS, align, show: [indicator] });
        const ys = view.panels[0]!.points.map((p) => p.y);
        const [lo, hi] = view.domain;
        const step = align === 'lifecycle' ? 0.01 : 1;
        const digits = INDICATOR_DIGITS[indicator];
        const wrong: string[] = [];
        for (let x = lo; x <= hi; x += step)
          for (const [, n] of readout(view, x).matchAll(VALUE)) {
            read++;
            const decimals = n!.split('.')[1]?.length ?? 0;
            const near = ys.some((y) => Math.abs(y - Number(n)) <= 0.5 * 10 ** -digits + 1e-9);
            if (decimals !== digits || !near) wrong.push(`${align} ${indicator} at ${x}: ${n}`);
          }
        expect(wrong.slice(0, 5), `${align} ${indicator}`).toEqual([]);
      }
    expect(read).toBeGreaterThan(5000);
  });

  it('rounds a value that rounds to zero to zero, without a minus sign', () => {
    expect(formatReading('current-account', -0.004)).toBe('0.00');
    expect(formatReading('current-account', -5.91)).toBe('\u22125.91');
    expect(formatReading('value', 1234.567)).toBe('1,234.57');
    expect(formatReading('debt', 31.37303)).toBe('31.37');
    expect(formatReading('debt', 51.6)).toBe('51.60');
  });
});
