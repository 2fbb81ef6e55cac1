import { describe, expect, it } from 'vitest';
import { roundTicks, yearTicks } from '../../src/charts/timeline/axis';
import { hitTest } from '../../src/charts/timeline/hitTest';
import { itemY, timelineLayout, timelineScale } from '../../src/charts/timeline/layout';
import { timelineItems } from '../../src/lib/timelineModel';
import { clampDomain, gestureDomain, keyTarget, yearAt, zoomAround } from '../../src/charts/timeline/view';
import type { EventRow } from '../../src/schemas/event';

const event = (id: string, date: string, importance: 1 | 2 | 3, end_date: string | null = null): EventRow => ({
  id,
  date,
  precision: date.length === 4 ? 'year' : 'day',
  end_date,
  era: 'dollar',
  category: 'monetary',
  title: `Title of ${id}`,
  summary: `Summary of ${id}.`,
  importance,
  source: ['s'],
  claims: [],
  datasets: [],
});

const items = timelineItems([
  event('bretton-woods', '1944-07-22', 1),
  event('nixon', '1971-08-15', 1),
  event('smithsonian', '1971-12-18', 3),
  event('float', '1973-03-01', 2, '1976-01-08'),
]);
const layout = timelineLayout(400);
const domain: [number, number] = [1940, 1980];
const x = timelineScale(layout, domain);
const at = (id: string, dx = 0, dy = 0) => {
  const item = items.find((i) => i.id === id)!;
  return { x: x(item.x) + dx, y: itemY(layout, item) + dy };
};

describe('timeline view maths', () => {
  it('clampDomain(domain) keeps the view inside 1560–2030 and at least two years wide', () => {
    expect(clampDomain([1500, 1600])).toEqual([1560, 1660]);
    expect(clampDomain([2000, 2100])).toEqual([1930, 2030]);
    expect(clampDomain([1900, 1900.5])).toEqual([1900, 1902]);
  });

  it('zoomAround(domain, centre, factor) keeps the centre where it is on screen', () => {
    const next = zoomAround([1900, 2000], 1980, 0.5);
    expect(next).toEqual([1940, 1990]);
    expect((1980 - next[0]) / (next[1] - next[0])).toBeCloseTo(0.8);
  });

  it('zoomAround at the closest view changes nothing, and zooming in to it keeps the centre where it is', () => {
    expect(zoomAround([1907, 1909], 1907.9, 0.5)).toEqual([1907, 1909]);
    const next = zoomAround([1906, 1910], 1907, 0.25);
    expect(next[1] - next[0]).toBe(2);
    expect((1907 - next[0]) / (next[1] - next[0])).toBeCloseTo(0.25);
  });

  it('keyTarget(key, active, count) steps with arrows, jumps with Home and End, stays in range', () => {
    expect(keyTarget('ArrowRight', -1, 5)).toBe(0);
    expect(keyTarget('ArrowLeft', 0, 5)).toBe(0);
    expect(keyTarget('ArrowDown', 4, 5)).toBe(4);
    expect(keyTarget('End', 1, 5)).toBe(4);
    expect(keyTarget('Home', 3, 5)).toBe(0);
    expect(keyTarget('a', 3, 5)).toBeNull();
  });
});

describe('hitTest', () => {
  it('hitTest(…, point) takes a tap within 12 px of a marker, in a square, and nothing further', () => {
    expect(hitTest(layout, items, domain, at('bretton-woods', 11, 11))?.id).toBe('bretton-woods');
    expect(hitTest(layout, items, domain, at('bretton-woods', -11, -11))?.id).toBe('bretton-woods');
    expect(hitTest(layout, items, domain, at('bretton-woods', 13, 0))).toBeNull();
    expect(hitTest(layout, items, domain, at('bretton-woods', 0, -13))).toBeNull();
  });

  it('hitTest(…, point) picks the nearest of crowded markers, not the one drawn last', () => {
    // Nixon and the Smithsonian Agreement are four months apart: a few pixels at this width.
    expect(hitTest(layout, items, domain, at('nixon'))?.id).toBe('nixon');
    expect(hitTest(layout, items, domain, at('smithsonian'))?.id).toBe('smithsonian');
  });

  it('hitTest(…, point) takes a tap along a span, and none outside the plot', () => {
    const float = items.find((i) => i.id === 'float')!;
    const middle = { x: (x(float.x) + x(float.x2!)) / 2, y: itemY(layout, float) };
    expect(hitTest(layout, items, domain, middle)?.id).toBe('float');
    expect(hitTest(layout, items, domain, { x: layout.left - 2, y: middle.y })).toBeNull();
  });

  it('hitTest(…, half) scales the area to drawing units', () => {
    expect(hitTest(layout, items, domain, at('bretton-woods', 20, 0), 24)?.id).toBe('bretton-woods');
  });
});

describe('gestureDomain', () => {
  const layout = timelineLayout(600);
  const start: [number, number] = [1800, 1900];
  const xOf = (year: number) => layout.left + ((year - 1800) / 100) * (layout.right - layout.left);

  it('gestureDomain(layout, start, a, b) pans: the year under a drag stays under the pointer', () => {
    const [from, to] = gestureDomain(layout, start, xOf(1850), xOf(1840));
    expect(from).toBeCloseTo(1810, 6);
    expect(to).toBeCloseTo(1910, 6);
  });

  it('gestureDomain with a second finger zooms: both fingers keep their years', () => {
    const [from, to] = gestureDomain(layout, start, xOf(1840), xOf(1820), { a2: xOf(1860), b2: xOf(1880) });
    expect(yearAt(layout, [from, to], xOf(1820))).toBeCloseTo(1840, 6);
    expect(yearAt(layout, [from, to], xOf(1880))).toBeCloseTo(1860, 6);
  });

  it('gestureDomain keeps the view inside the timeline, and ignores crossed fingers', () => {
    expect(gestureDomain(layout, [1560, 1600], xOf(1850), xOf(1900))[0]).toBe(1560);
    expect(gestureDomain(layout, start, xOf(1840), xOf(1880), { a2: xOf(1860), b2: xOf(1820) })).toEqual(start);
  });
});

describe('roundTicks', () => {
  it('roundTicks(from, to, count) gives the round values d3-array gives, inside the range', () => {
    expect(roundTicks(1560, 2030, 11)).toEqual([1600, 1650, 1700, 1750, 1800, 1850, 1900, 1950, 2000]);
    expect(roundTicks(1850.3, 1950.7, 4)).toEqual([1860, 1880, 1900, 1920, 1940]);
    expect(roundTicks(1971, 1973, 12)).toEqual([
      1971, 1971.2, 1971.4, 1971.6, 1971.8, 1972, 1972.2, 1972.4, 1972.6, 1972.8, 1973,
    ]);
  });

  it('yearTicks labels whole years only, and none whose label would be cut at the edge of a phone', () => {
    const wide = timelineLayout(1200);
    expect(yearTicks(wide, [1971, 1973], timelineScale(wide, [1971, 1973]))).toEqual([1971, 1972, 1973]);
    const phone = timelineLayout(350);
    // At 390 px the plot starts 8 units in: 1900 at the left edge would read ".900".
    expect(yearTicks(phone, [1900, 2000], timelineScale(phone, [1900, 2000]))).toEqual([1950, 2000]);
    expect(yearTicks(phone, [1895, 2000], timelineScale(phone, [1895, 2000]))).toEqual([1900, 1950, 2000]);
  });
});
