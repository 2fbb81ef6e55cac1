import { describe, expect, it } from 'vitest';
import { stepInView, type Box } from '../../src/lib/stepInView';

const box = (top: number, bottom: number, left = 0, right = 390): Box => ({ top, bottom, left, right });

describe('stepInView', () => {
  // A phone 844 px tall with the stage pinned above the steps: the reading area is 400–844, its middle 622.
  const stage = box(0, 400);

  it('stepInView(stage, steps, h) picks the step across the middle of the area below a stage above the steps', () => {
    expect(stepInView(stage, [box(-900, -500), box(500, 800), box(1200, 1500)], 844)).toBe(1);
  });

  it('stepInView(stage, steps, h) picks the nearer step when the middle falls between two', () => {
    expect(stepInView(stage, [box(-200, 580), box(700, 1000)], 844)).toBe(0);
    expect(stepInView(stage, [box(-200, 500), box(640, 1000)], 844)).toBe(1);
  });

  it('stepInView(stage, steps, h) reads the whole screen when the stage stands beside the steps', () => {
    const beside = box(0, 900, 24, 800);
    const steps = [box(-400, 100, 840, 1256), box(600, 900, 840, 1256)];
    // The middle of a 900 px screen is 450: the second step is nearer (150 px against 350).
    expect(stepInView(beside, steps, 900)).toBe(1);
  });

  it('stepInView(stage, steps, h) gives the first step before any is near, and the last after all have passed', () => {
    expect(stepInView(stage, [box(2000, 2300), box(3000, 3300)], 844)).toBe(0);
    expect(stepInView(stage, [box(-3000, -2700), box(-2000, -1700)], 844)).toBe(1);
  });
});
