import { describe, expect, it } from 'vitest';
import { chartTextSize, textSizeAt } from '../../../src/charts/figure/textSize';

const rendered = (size: number, renderedWidth: number, viewBox: number) => (size * renderedWidth) / viewBox;

describe('chartTextSize', () => {
  const range = { min: 520, max: 760 };
  const size = chartTextSize(720, range);

  it('chartTextSize(720, 520–760 px) renders 12 px at both ends of the range and no less between', () => {
    for (let w = range.min; w <= range.max; w += 5) {
      expect(rendered(textSizeAt(size, range, w), w, 720)).toBeGreaterThanOrEqual(12 - 1e-9);
      expect(rendered(textSizeAt(size, range, w), w, 720)).toBeLessThan(12.6);
    }
    expect(rendered(textSizeAt(size, range, 520), 520, 720)).toBeCloseTo(12);
    expect(rendered(textSizeAt(size, range, 760), 760, 720)).toBeCloseTo(12);
  });

  it('chartTextSize lays text out at the largest size it can take, the one at the narrowest rendering', () => {
    expect(size.layout).toBeCloseTo((12 * 720) / 520);
    expect(textSizeAt(size, range, 300)).toBe(size.layout);
  });

  it('chartTextSize keeps text at 12 px or more on drawings wider than the range', () => {
    expect(rendered(textSizeAt(size, range, 1200), 1200, 720)).toBeGreaterThan(12);
  });

  it('chartTextSize writes CSS that clamps a container-relative size between the two', () => {
    expect(size.css).toMatch(/^clamp\(11\.368px, calc\([\d.]+px - [\d.]+cqw\), 16\.615px\)$/);
    expect(chartTextSize(360, { min: 360, max: 360 }).css).toBe('12px');
  });
});
