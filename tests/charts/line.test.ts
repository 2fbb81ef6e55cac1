import { describe, expect, it } from 'vitest';
import { renderLineChart } from '../../src/charts/line/render';
import type { Point, Series } from '../../src/charts/types';
import { buildDocument } from '../../src/lib/document';

const point = (x: number, y: number | null, estimate = false): Point => ({
  x,
  y,
  date: String(Math.floor(x)),
  dateLabel: String(Math.floor(x)),
  estimate,
  transcribed: false,
  source: ['fixture'],
});

const series: Series[] = [
  {
    id: 'a',
    label: 'Alpha',
    colour: 'var(--era-dollar)',
    points: [point(2000.5, 10), point(2001.5, 12), point(2002.5, null), point(2003.5, 15), point(2004.5, 16, true)],
  },
  { id: 'b', label: 'Beta', colour: 'var(--era-sterling)', dashed: true, points: [point(2000.5, 5), point(2004.5, 6)] },
];

const render = (s: Series[] = series, width = 480) =>
  renderLineChart(s, {
    width,
    height: 240,
    document: buildDocument(),
    title: 'Fixture chart',
    description: 'Two lines, one with a gap and an estimate.',
    idPrefix: 'fx',
    markers: [{ id: 'ev', x: 2002, label: 'Event' }],
  });

/** Rounds every decimal in the markup so snapshots do not churn on float noise. */
const normalise = (svg: SVGSVGElement) => svg.outerHTML.replace(/(\d+\.\d{2})\d+/g, '$1');

describe('renderLineChart', () => {
  it('renderLineChart(series, options) matches the committed SVG', async () => {
    await expect(normalise(render())).toMatchFileSnapshot('./__snapshots__/line-basic.svg');
  });

  it('renderLineChart leaves a gap where a value is null instead of bridging it', () => {
    const path = render().querySelector('[data-series="a"] path.line:not(.estimate)')!.getAttribute('d')!;
    expect(path.match(/M/g)).toHaveLength(2);
  });

  it('renderLineChart draws estimates as a separate dashed run', () => {
    const est = render().querySelector('[data-series="a"] path.estimate');
    expect(est?.getAttribute('stroke-dasharray')).toBe('6 4');
  });

  it('renderLineChart names itself for assistive technology with title and description', () => {
    const svg = render();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('fx-title fx-desc');
    expect(svg.querySelector('title')?.textContent).toBe('Fixture chart');
  });

  it('renderLineChart keeps end labels at least 13 px apart', () => {
    const close: Series[] = [
      { id: 'x', label: 'X', colour: 'red', points: [point(2000.5, 1), point(2001.5, 10)] },
      { id: 'y', label: 'Y', colour: 'blue', points: [point(2000.5, 1), point(2001.5, 10.1)] },
    ];
    const ys = [...render(close).querySelectorAll('text.series-label')]
      .map((t) => Number(t.getAttribute('y')))
      .sort((a, b) => a - b);
    expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(13);
  });

  it('renderLineChart uses short labels on narrow charts', () => {
    const short: Series[] = [{ ...series[0], shortLabel: 'A' }];
    expect(render(short, 360).querySelector('text.series-label')?.textContent).toBe('A');
    expect(render(short, 720).querySelector('text.series-label')?.textContent).toBe('Alpha');
  });
});
