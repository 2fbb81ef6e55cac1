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

  it('renderLineChart wraps a long marker label onto lines, keeping every word', () => {
    const title = 'Volcker switches the Fed to fighting inflation through the money supply';
    const svg = renderLineChart(series, {
      width: 720,
      height: 400,
      document: buildDocument(),
      title: 'Fixture chart',
      description: 'Markers.',
      idPrefix: 'fx',
      markers: [{ id: 'volcker', x: 2002, label: title }],
    });
    const text = svg.querySelector('[data-event="volcker"] text')!;
    expect(text.querySelectorAll('tspan').length).toBeGreaterThan(1);
    expect([...text.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')).toBe(title);
    expect(text.textContent).not.toMatch(/…/);
  });

  it('renderLineChart shows the short label of a marker on a phone when the title needs more than a line', () => {
    const svg = renderLineChart(series, {
      width: 360,
      height: 320,
      document: buildDocument(),
      title: 'Fixture chart',
      description: 'Markers.',
      idPrefix: 'fx',
      markers: [{ id: 'plaza', x: 2002, label: 'Plaza Accord to bring the dollar down', shortLabel: 'Plaza Accord' }],
    });
    expect(svg.querySelector('[data-event="plaza"] text')?.textContent).toBe('Plaza Accord');
  });

  it('renderLineChart sizes its text for the widths it is shown at', () => {
    const svg = renderLineChart(series, {
      width: 360,
      height: 320,
      rendered: { min: 320, max: 520 },
      document: buildDocument(),
      title: 'Fixture chart',
      description: 'Size.',
      idPrefix: 'fx',
    });
    expect(svg.getAttribute('style')).toMatch(/font-size:\s*clamp\(8\.308px, calc\([\d.]+px - [\d.]+cqw\), 13\.5px\)/);
  });

  it('renderLineChart gives each of more than four lines its own symbol and keeps estimates dashed', () => {
    const many: Series[] = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      id,
      label: id.toUpperCase(),
      colour: `var(--c${i})`,
      points: [point(2000.5, i), point(2001.5, i + 1), point(2002.5, i + 2, true)],
    }));
    const svg = render(many);
    const symbols = [...svg.querySelectorAll('.lines .series')].map((g) => g.getAttribute('data-symbol'));
    expect(new Set(symbols).size).toBe(5);
    expect(symbols.every(Boolean)).toBe(true);
    expect(svg.querySelectorAll('.lines path.estimate[stroke-dasharray="6 4"]')).toHaveLength(5);
    expect(svg.querySelectorAll('.labels path.symbol')).toHaveLength(5);
  });
});
