import { describe, expect, it } from 'vitest';
import { paintMarkers, type MarkerColours, type MarkerContext } from '../../src/charts/timeline/canvas';
import { timelineLayout, timelineScale } from '../../src/charts/timeline/layout';
import { timelineItems } from '../../src/lib/timelineModel';
import type { EventRow } from '../../src/schemas/event';

const event = (id: string, date: string, era: EventRow['era'], end_date: string | null = null): EventRow => ({
  id,
  date,
  precision: 'year',
  end_date,
  era,
  category: 'monetary',
  title: id,
  summary: id,
  importance: 2,
  source: ['s'],
  claims: [],
  datasets: [],
});

const items = timelineItems([
  event('dam', '1609', 'guilder', '1650'),
  event('bw', '1944', 'dollar'),
  event('nixon', '1971', 'dollar'),
  event('genesis', '2009', 'bitcoin'),
]);

const colours: MarkerColours = {
  era: { guilder: 'orange', sterling: 'purple', dollar: 'green', bitcoin: 'teal' },
  outline: 'white',
  selected: 'black',
  active: 'blue',
};

/** A context that writes down what is drawn: each arc with the styles it was filled and stroked with. */
function recorder() {
  const arcs: { x: number; y: number; fill: string; stroke: string; width: number }[] = [];
  const lines: { from: number; to: number; alpha: number; colour: string }[] = [];
  let pending: { x: number; y: number } | null = null;
  let move = 0;
  let cleared = 0;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    setTransform() {},
    clearRect() {
      cleared++;
    },
    beginPath() {
      pending = null;
    },
    arc(x: number, y: number) {
      pending = { x, y };
    },
    moveTo(x: number) {
      move = x;
    },
    lineTo(x: number) {
      lines.push({ from: move, to: x, alpha: ctx.globalAlpha, colour: String(ctx.strokeStyle) });
    },
    fill() {},
    stroke() {
      if (pending)
        arcs.push({
          ...pending,
          fill: String(ctx.fillStyle),
          stroke: String(ctx.strokeStyle),
          width: ctx.lineWidth,
        });
    },
  };
  return { ctx: ctx as unknown as MarkerContext, arcs, lines, cleared: () => cleared };
}

describe('paintMarkers', () => {
  const layout = timelineLayout(1000);

  it('paints each shown marker in its era colour at the scale position, and skips filtered ones', () => {
    const r = recorder();
    const domain: [number, number] = [1560, 2030];
    const n = paintMarkers(
      r.ctx,
      layout,
      items,
      domain,
      { hidden: (id) => id === 'bw', selected: '', active: '' },
      colours,
    );
    expect(n).toBe(3);
    expect(r.cleared()).toBe(1);
    expect(r.arcs.map((a) => a.fill)).toEqual(['orange', 'green', 'teal']);
    const x = timelineScale(layout, domain);
    expect(r.arcs[1]!.x).toBeCloseTo(x(items.find((i) => i.id === 'nixon')!.x), 6);
    expect(r.arcs.every((a) => a.stroke === 'white' && a.width === 1)).toBe(true);
  });

  it('skips markers outside the visible years and draws spans at half strength', () => {
    const r = recorder();
    paintMarkers(r.ctx, layout, items, [1600, 1700], { hidden: () => false, selected: '', active: '' }, colours);
    expect(r.arcs).toHaveLength(1);
    expect(r.lines).toEqual([expect.objectContaining({ alpha: 0.5, colour: 'orange' })]);
    expect(r.lines[0]!.to).toBeGreaterThan(r.lines[0]!.from);
  });

  it('outlines the selected event and, stronger, the one the keyboard is on', () => {
    const r = recorder();
    paintMarkers(r.ctx, layout, items, [1900, 2030], { hidden: () => false, selected: 'bw', active: 'nixon' }, colours);
    expect(r.arcs.map((a) => [a.stroke, a.width])).toEqual([
      ['black', 2.5],
      ['blue', 3],
      ['white', 1],
    ]);
  });

  it('paints one marker per pixel of a row where thousands crowd, and reads only the events near the view', () => {
    // 5,000 events a day apart in one row: about 14 years, a few pixels at the whole timeline's scale.
    const crowd = timelineItems(
      Array.from({ length: 5000 }, (_, k) => event(`e${k}`, `1800-01-01`, 'sterling')).map((e, k) => ({
        ...e,
        date: new Date(Date.UTC(1800, 0, 1 + k)).toISOString().slice(0, 10),
      })),
    );
    const asked = new Set<string>();
    const state = { hidden: (id: string) => (asked.add(id), false), selected: '', active: 'e2500' };
    const r = recorder();
    const n = paintMarkers(r.ctx, layout, crowd, [1560, 2030], state, colours);
    const pixels = new Set(r.arcs.map((a) => Math.round(a.x)));
    expect(n).toBeLessThan(40);
    expect(n).toBeGreaterThanOrEqual(pixels.size);
    // The event the keys are on is painted, outlined, wherever it falls.
    expect(r.arcs.filter((a) => a.stroke === 'blue')).toHaveLength(1);
    // Zoomed in to one year of them: only that year's events are read, each painted.
    asked.clear();
    const year = paintMarkers(recorder().ctx, layout, crowd, [1805, 1806], state, colours);
    expect(year).toBeGreaterThan(300);
    expect(asked.size).toBeLessThan(450);
  });
});
