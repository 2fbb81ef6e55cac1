import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/charts/figure/textWidth';

describe('textWidth', () => {
  it('textWidth scales with the font size and grows for bold text', () => {
    expect(textWidth('Sterling', 20)).toBeCloseTo(2 * textWidth('Sterling', 10));
    expect(textWidth('Sterling', 12, true)).toBeGreaterThan(textWidth('Sterling', 12));
  });

  it('textWidth counts narrow and wide letters differently', () => {
    expect(textWidth('iiii', 12)).toBeLessThan(textWidth('mmmm', 12));
  });

  it('textWidth errs wide of Inter at 12 px for a typical label (about 6.4 px a character)', () => {
    const label = 'Volcker switches the Fed to fighting inflation';
    expect(textWidth(label, 12) / label.length).toBeGreaterThan(6);
  });
});
