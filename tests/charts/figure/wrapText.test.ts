import { describe, expect, it } from 'vitest';
import { fitText, wrapText } from '../../../src/charts/figure/wrapText';

/** One unit per character, so widths are easy to read. */
const chars = (s: string) => s.length;

describe('wrapText', () => {
  it('wrapText breaks at spaces and never inside a word', () => {
    const lines = wrapText('Plaza Accord to bring the dollar down', 14, chars);
    expect(lines).toEqual(['Plaza Accord', 'to bring the', 'dollar down']);
    expect(lines.join(' ')).toBe('Plaza Accord to bring the dollar down');
  });

  it('wrapText never ends a line between a number and its percent sign', () => {
    const lines = wrapText('peaks at 19.1 % in June', 13, chars);
    expect(lines).toEqual(['peaks at', '19.1\u00a0% in', 'June']);
    expect(lines.some((l) => l.startsWith('%'))).toBe(false);
  });

  it('wrapText puts a word longer than the line on a line of its own, whole', () => {
    expect(wrapText('a Wisselbankgulden b', 5, chars)).toEqual(['a', 'Wisselbankgulden', 'b']);
  });
});

describe('fitText', () => {
  it('fitText takes the full label when it fits in the lines allowed', () => {
    expect(fitText(['Lehman Brothers fails', 'Lehman'], 16, 2, chars)).toEqual(['Lehman Brothers', 'fails']);
  });

  it('fitText falls back to the short label, and wraps the shortest candidate rather than cutting it', () => {
    expect(fitText(['Volcker switches the Fed to fighting inflation', 'Volcker shock'], 14, 2, chars)).toEqual([
      'Volcker shock',
    ]);
    expect(fitText(['one two three four'], 5, 2, chars)).toEqual(['one', 'two', 'three', 'four']);
  });
});
