import { describe, expect, it } from 'vitest';
import { drawFigure } from '../../../src/charts/figure/draw';
import type { FigureDrawing } from '../../../src/charts/figure/marks';
import type { Point, Series } from '../../../src/charts/types';
import { buildDocument } from '../../../src/lib/document';

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

const draw = (overrides: Partial<FigureDrawing> = {}) =>
  drawFigure(
    { series, markers: [{ id: 'ev', x: 2002, label: 'Event' }], formatY: String, ...overrides },
    { title: 'Fixture chart', description: 'Two lines, one with a gap and an estimate.', document: buildDocument() },
  );

/** Line paths of one series, solid or estimate. */
const paths = (svg: SVGSVGElement, id: string, estimate: boolean) =>
  [...svg.querySelectorAll(`g[data-series="${id}"][data-estimate="${estimate}"] path`)].map((p) =>
    p.getAttribute('d')!,
  );

describe('drawFigure', () => {
  it('drawFigure(drawing, labels) leaves a gap where a value is null instead of bridging it', () => {
    const [solid] = paths(draw(), 'a', false);
    expect(solid!.match(/M/g)).toHaveLength(2);
  });

  it('drawFigure draws estimates as a separate dashed run and older vintages dotted', () => {
    const svg = draw();
    expect(paths(svg, 'a', true)).toHaveLength(1);
    const dash = (id: string, estimate: boolean) =>
      svg.querySelector(`g[data-series="${id}"][data-estimate="${estimate}"]`)?.getAttribute('stroke-dasharray');
    expect(dash('a', true)).toBe('6 4');
    expect(dash('a', false)).toBeNull();
    expect(dash('b', false)).toBe('2 3');
  });

  it('drawFigure clips lines to the x domain and keeps one point beyond each edge', () => {
    const svg = draw({ xDomain: [2001, 2003] });
    const area = svg.querySelector('svg.lines')!;
    expect(area.getAttribute('overflow')).toBe('hidden');
    expect(area.querySelector('g[data-series="a"]')).not.toBeNull();
    expect(svg.querySelector('[id]')).toBeNull();
    // 2000.5 (just before the domain) and 2003.5 (just after) are kept; 2004.5 is not drawn at all.
    expect(svg.querySelector('g[data-series="a"][data-estimate="true"]')).toBeNull();
  });

  it('drawFigure names itself for assistive technology with a title and a description', () => {
    const svg = draw();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe('Fixture chart');
    expect(svg.querySelector('desc')?.textContent).toMatch(/^Two lines/);
  });

  it('drawFigure keeps end labels at least a line apart', () => {
    const close: Series[] = [
      { id: 'x', label: 'X', colour: 'red', points: [point(2000.5, 1), point(2001.5, 10)] },
      { id: 'y', label: 'Y', colour: 'blue', points: [point(2000.5, 1), point(2001.5, 10.1)] },
    ];
    const ys = [...draw({ series: close, markers: [] }).querySelectorAll('g.labels text')]
      .map((t) =>
        Number(/translate\([\d.]+,([\d.]+)\)/.exec(t.getAttribute('transform') ?? '')?.[1] ?? t.getAttribute('y')),
      )
      .sort((a, b) => a - b);
    expect(ys).toHaveLength(2);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(18);
  });

  it('drawFigure wraps a long marker label onto lines, keeping every word', () => {
    const title = 'Volcker switches the Fed to fighting inflation through the money supply';
    const text = draw({ markers: [{ id: 'volcker', x: 2002, label: title }] }).querySelector('g.markers text')!;
    const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
  });

  it('drawFigure sizes its text so it renders at 12 px or more from a 320 px phone column to a 760 px one', () => {
    expect(draw().getAttribute('style')).toMatch(/font-size:\s*clamp\(7\.579px, calc\([\d.]+px - [\d.]+cqw\), 18px\)/);
  });

  it('drawFigure gives each of more than four lines its own symbol and keeps estimates dashed', () => {
    const many: Series[] = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      id,
      label: id.toUpperCase(),
      colour: `var(--c${i})`,
      points: [point(2000.5, i), point(2001.5, i + 1), point(2002.5, i + 2, true)],
    }));
    const svg = draw({ series: many, markers: [] });
    const symbols = ['a', 'b', 'c', 'd', 'e'].map((id) =>
      svg.querySelector(`g.series[data-series="${id}"]`)?.getAttribute('data-symbol'),
    );
    expect(new Set(symbols).size).toBe(5);
    expect(symbols.every(Boolean)).toBe(true);
    expect(svg.querySelectorAll('g.series[data-estimate="true"][stroke-dasharray="6 4"]')).toHaveLength(5);
  });
});
