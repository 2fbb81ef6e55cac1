import { describe, expect, it } from 'vitest';
import { renderEventPanel } from '../../src/charts/timeline/panel';
import { matches } from '../../src/charts/timeline/filter';
import { reaches } from '../../src/charts/timeline/layout';
import { completeTimeline, fitTimeline, positionTimeline } from '../../src/charts/timeline/position';
import { renderTimeline } from '../../src/charts/timeline/render';
import { timelineItems, type TimelineModel } from '../../src/lib/timelineModel';
import { buildDocument } from '../../src/lib/document';
import type { EventRow } from '../../src/schemas/event';
import { TIMELINE_DEFAULTS } from '../../src/state/timeline';

const event = (
  id: string,
  date: string,
  era: EventRow['era'],
  importance: 1 | 2 | 3,
  end_date: string | null = null,
): EventRow => ({
  id,
  date,
  precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
  end_date,
  era,
  category: 'monetary',
  title: `Title of ${id}`,
  summary: `Summary of ${id} with enough words.`,
  importance,
  source: ['s'],
  claims: [],
  datasets: [],
});

const events = [
  event('b', '1971-08-15', 'dollar', 1),
  event('a', '1609', 'guilder', 2, '1650'),
  event('c', '2009-01-03', 'bitcoin', 3),
];
const model: TimelineModel = {
  items: timelineItems(events),
  bands: [{ era: 'dollar', name: 'The dollar era', from: 1913, to: null }],
  strips: [
    {
      id: 'uk-debt',
      label: 'UK',
      era: 'sterling',
      points: [
        { x: 1700.5, y: 20 },
        { x: 1800.5, y: 180 },
      ],
    },
  ],
};
const draw = (domain: [number, number] = [1560, 2030], window?: [number, number]) =>
  renderTimeline(model, {
    width: 800,
    document: buildDocument(),
    domain,
    selected: 'b',
    title: 'T',
    description: 'D',
    // An event page draws the events that reach into its years.
    ...(window ? { only: model.items.filter((i) => reaches(i, window)) } : {}),
  });

const cx = (svg: SVGSVGElement, id: string) => Number(svg.querySelector(`#ev-${id}`)!.getAttribute('cx'));

describe('timeline', () => {
  it('timelineItems(events) sorts by date and puts each era in its own lane', () => {
    expect(model.items.map((i) => [i.id, i.lane])).toEqual([
      ['a', 0],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('renderTimeline labels every marker for screen readers and marks the selected one', () => {
    const svg = draw();
    const circles = [...svg.querySelectorAll('circle[role="option"]')];
    expect(circles).toHaveLength(3);
    expect(svg.querySelector('#ev-b')?.getAttribute('aria-label')).toBe('Title of b, 15 Aug 1971');
    expect(svg.querySelector('#ev-b')?.getAttribute('aria-selected')).toBe('true');
    expect(svg.querySelector('#ev-a')?.getAttribute('aria-selected')).toBe('false');
  });

  it('positionTimeline moves markers with the domain; those outside fall outside the clipped plot area', () => {
    const svg = draw([1560, 2030]);
    const before = cx(svg, 'b');
    positionTimeline(svg, model, [1960, 1980]);
    const after = cx(svg, 'b');
    expect(after).not.toBe(before);
    const plot = svg.querySelector('svg.plot')!;
    const [left, width] = [Number(plot.getAttribute('x')), Number(plot.getAttribute('width'))];
    // 15 August 1971 in 1960–1980 sits 58 % of the way across the plot.
    expect(after).toBeCloseTo(left + ((1971 + 226 / 365 - 1960) / 20) * width, 0);
    expect(cx(svg, 'a')).toBeLessThan(left);
    expect(plot.getAttribute('overflow')).toBe('hidden');
  });

  it('positionTimeline with markers: false moves the axis but leaves the markers for the canvas', () => {
    const svg = draw();
    const marks = [...svg.querySelectorAll('g.event')].map((g) => g.outerHTML);
    const axis = svg.querySelector('g.axis-x')!.innerHTML;
    positionTimeline(svg, model, [1700, 1750], { markers: false });
    expect([...svg.querySelectorAll('g.event')].map((g) => g.outerHTML)).toEqual(marks);
    expect(svg.querySelector('g.axis-x')!.innerHTML).not.toBe(axis);
  });

  it('fitTimeline(svg, width) re-lays the drawing out at that width, one unit per pixel, at the same height', () => {
    const svg = draw([1960, 1980]);
    const height = svg.getAttribute('height');
    expect(fitTimeline(svg, 600)).toBe(true);
    expect(fitTimeline(svg, 600)).toBe(false);
    positionTimeline(svg, model, [1960, 1980]);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 600 ${height}`);
    expect(svg.getAttribute('height')).toBe(height);
    const plot = svg.querySelector('svg.plot')!;
    const [left, width] = [Number(plot.getAttribute('x')), Number(plot.getAttribute('width'))];
    expect(left + width).toBeLessThanOrEqual(600);
    expect(cx(svg, 'b')).toBeCloseTo(left + ((1971 + 226 / 365 - 1960) / 20) * width, 0);
    expect(svg.querySelector('svg.strip-plot')!.getAttribute('width')).toBe(String(width));
  });

  it('renderTimeline draws a span for events that last', () => {
    const span = draw().querySelector('g.event[data-id="a"] line.event-span');
    expect(Number(span?.getAttribute('x2'))).toBeGreaterThan(Number(span?.getAttribute('x1')));
    expect(draw().querySelector('g.event[data-id="b"] line.event-span')).toBeNull();
  });

  it('a windowed drawing has only the events that reach into its years, and completeTimeline adds the rest in order', () => {
    const svg = draw([1960, 1980], [1960, 1980]);
    expect([...svg.querySelectorAll('g.event')].map((g) => g.getAttribute('data-id'))).toEqual(['b']);
    expect(svg.getAttribute('data-drawn')).toBe('window');
    // A span that started before the window and reaches into it is drawn.
    expect(
      [...draw([1640, 1660], [1640, 1660]).querySelectorAll('g.event')].map((g) => g.getAttribute('data-id')),
    ).toEqual(['a']);
    svg.querySelector('g.event[data-id="b"]')!.classList.add('is-active');
    expect(completeTimeline(svg, model, [1960, 1980], (id) => id === 'c')).toBe(true);
    expect([...svg.querySelectorAll('g.event')].map((g) => g.getAttribute('data-id'))).toEqual(['a', 'b', 'c']);
    expect(svg.querySelector('g.event[data-id="b"]')!.classList.contains('is-active')).toBe(true);
    expect(svg.querySelector('#ev-b')?.getAttribute('aria-selected')).toBe('true');
    expect(svg.querySelector('g.event[data-id="c"]')!.classList.contains('is-filtered')).toBe(true);
    expect(svg.querySelector('g.event[data-id="a"]')!.classList.contains('is-filtered')).toBe(false);
    expect(svg.getAttribute('data-drawn')).toBe('all');
    expect(completeTimeline(svg, model, [1960, 1980], () => false)).toBe(false);
  });

  it('a full drawing is the same as a windowed one completed', () => {
    const full = draw([1960, 1980]);
    const completed = draw([1960, 1980], [1960, 1980]);
    completeTimeline(completed, model, [1960, 1980], () => false);
    const marks = (svg: SVGSVGElement) => [...svg.querySelectorAll('g.event')].map((g) => g.outerHTML);
    expect(marks(completed)).toEqual(marks(full));
  });

  it('matches(item, state) filters by era, kind and every search word', () => {
    const [a, b] = model.items;
    expect(matches(b!, TIMELINE_DEFAULTS)).toBe(true);
    expect(matches(b!, { ...TIMELINE_DEFAULTS, eras: ['guilder'] })).toBe(false);
    expect(matches(b!, { ...TIMELINE_DEFAULTS, q: 'summary B' })).toBe(true);
    expect(matches(a!, { ...TIMELINE_DEFAULTS, q: 'summary b' })).toBe(false);
    expect(matches(b!, { ...TIMELINE_DEFAULTS, cats: ['war'] })).toBe(false);
  });

  it('renderEventPanel writes data as text, never as markup', () => {
    const doc = buildDocument();
    const panel = renderEventPanel(
      {
        id: 'x',
        era: 'dollar',
        category: 'crisis',
        title: '<img src=x onerror=alert(1)>',
        summary: 's',
        dateLabel: '1971',
        date: '1971-08-15',
        endDate: null,
        importance: 1,
        sources: [],
        claims: [],
        datasets: [],
      },
      { document: doc, base: '/' },
    );
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(panel.querySelector('time')?.getAttribute('datetime')).toBe('1971-08-15');
  });
});
