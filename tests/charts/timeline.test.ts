import { describe, expect, it } from 'vitest';
import { renderEventPanel } from '../../src/charts/timeline/panel';
import { positionTimeline, renderTimeline } from '../../src/charts/timeline/render';
import { timelineItems, type TimelineModel } from '../../src/charts/timeline/series';
import { matches } from '../../src/client/timeline';
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
      colour: 'red',
      points: [
        { x: 1700.5, y: 20 },
        { x: 1800.5, y: 180 },
      ],
    },
  ],
};
const draw = (domain: [number, number] = [1560, 2030]) =>
  renderTimeline(model, { width: 800, document: buildDocument(), domain, selected: 'b', title: 'T', description: 'D' });

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
    const before = Number(svg.querySelector('#ev-b')!.getAttribute('cx'));
    positionTimeline(svg, model, [1960, 1980]);
    const after = Number(svg.querySelector('#ev-b')!.getAttribute('cx'));
    expect(after).not.toBe(before);
    const plot = svg.querySelector('svg.plot')!;
    const [left, width] = [Number(plot.getAttribute('x')), Number(plot.getAttribute('width'))];
    expect(after).toBeGreaterThan(left);
    expect(after).toBeLessThan(left + width);
    expect(Number(svg.querySelector('#ev-a')!.getAttribute('cx'))).toBeLessThan(left);
    expect(plot.getAttribute('overflow')).toBe('hidden');
  });

  it('renderTimeline draws a span for events that last', () => {
    const span = draw().querySelector('g.event[data-id="a"] line.event-span');
    expect(Number(span?.getAttribute('x2'))).toBeGreaterThan(Number(span?.getAttribute('x1')));
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
        importance: 1,
        sources: [],
        claims: [],
        datasets: [],
      },
      { document: doc, base: '/' },
    );
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
