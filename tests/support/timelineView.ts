import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP, openPage, PHONE } from './browser';

/** What the timeline's browser tests read of it on screen, and how they open it (`/timeline/`, event pages). */

export const WIDTHS = [
  { name: '390 px, touch', options: PHONE, touch: true },
  { name: '1280 px', options: DESKTOP, touch: false },
] as const;
export const EVENT = 'nixon-closes-gold-window';
/** Waits as a reader would on a slow machine: up to 10 s for what should follow a gesture. */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

/** Opens a timeline page in a fresh context and waits until it is mounted, on screen and painted. */
export async function openTimeline(
  site: { browser: Browser; url: (path: string) => string },
  path: string,
  options: BrowserContextOptions,
): Promise<Page> {
  const page = await openPage(site.browser, site.url(path), options);
  await poll(() => page.locator('[data-timeline]').getAttribute('data-mounted')).toBe('true');
  await page.locator('[data-timeline-frame]').scrollIntoViewIfNeeded();
  // What the reader sees is painted in the next frames.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page;
}

/** What a reader sees of the timeline on screen once it has stopped moving. */
export interface View {
  /** The years at the plot's left and right edges, read off the axis. */
  span: [number, number];
  /** Markers whose date lies in those years. */
  inView: number;
  /** Markers not where the axis says their date is (ids). */
  misplaced: string[];
  /** "Showing N of M": N, and the markers drawn (not filtered out). */
  count: number;
  drawn: number;
  /** The axis's year labels, left to right, and those not wholly inside the drawing's box (cut at its edge). */
  labels: string[];
  cutLabels: string[];
}

export async function view(page: Page): Promise<View> {
  await poll(() => page.locator('canvas.timeline-motion').count()).toBe(0);
  return page.evaluate(() => {
    const variant = [...document.querySelectorAll<HTMLElement>('.timeline-variant')].find(
      (v) => v.offsetParent !== null,
    )!;
    const svg = variant.querySelector<SVGSVGElement>(':scope > svg')!;
    // The plot area's edges on screen (a nested svg's own box is the box of what it holds).
    const area = svg.querySelector('svg.plot')!;
    const m = svg.getScreenCTM()!;
    const left = m.e + m.a * Number(area.getAttribute('x'));
    const plot = { left, right: left + m.a * Number(area.getAttribute('width')) };
    const ticks = [...svg.querySelectorAll('.axis-x .tick')].map((t) => {
      const r = t.querySelector('line')!.getBoundingClientRect();
      return { year: Number(t.textContent), x: r.x + r.width / 2 };
    });
    const [a, b] = [ticks[0]!, ticks.at(-1)!];
    const yearAt = (x: number) => a.year + ((x - a.x) / (b.x - a.x)) * (b.year - a.year);
    const xAt = (year: number) => a.x + ((year - a.year) / (b.year - a.year)) * (b.x - a.x);
    const span: [number, number] = [yearAt(plot.left), yearAt(plot.right)];
    const misplaced: string[] = [];
    let inView = 0;
    const circles = [...svg.querySelectorAll<SVGCircleElement>('g.event:not(.is-filtered) circle')];
    for (const c of circles) {
      const date = c.getAttribute('aria-label')!.split(', ').at(-1)!;
      const year = Number(/\d{4}/.exec(date)![0]);
      const r = c.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const inside = x >= plot.left && x <= plot.right;
      if (year > span[0] + 1 && year < span[1] - 1) {
        inView++;
        // Drawn at its date: within its year on the axis, give or take a pixel of rounding.
        if (!inside || x < xAt(year) - 1.5 || x > xAt(year + 1) + 1.5) misplaced.push(c.id);
      } else if ((year < span[0] - 2 || year > span[1] + 2) && inside && !c.previousElementSibling)
        misplaced.push(c.id);
    }
    const count = Number(/Showing (\d+)/.exec(document.querySelector('[data-timeline-count]')!.textContent!)![1]);
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('.axis-x .tick text')];
    const cutLabels = texts
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 0.5 || r.right > box.right + 0.5;
      })
      .map((t) => t.textContent!);
    return {
      span,
      inView,
      misplaced,
      count,
      drawn: circles.length,
      labels: texts.map((t) => t.textContent!),
      cutLabels,
    };
  });
}

/** The centre of an event's marker on screen. */
export async function markerCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(`.timeline-variant:visible g.event[data-id="${id}"] circle`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point in the plot, away from the markers: between the lanes' rows, at a share of the plot's width. */
export async function plotPoint(page: Page, share: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.timeline-variant:visible > svg').boundingBox())!;
  const axis = (await page.locator('.timeline-variant:visible .axis-x').boundingBox())!;
  return { x: box.x + box.width * share, y: axis.y - 4 };
}

export const openedEvent = (page: Page) => page.locator('[data-event-panel] article').getAttribute('data-event-id');

/** Whether the open event's heading is wholly on screen. */
export const headingOnScreen = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('[data-event-panel] .panel-title')?.getBoundingClientRect();
    return !!r && r.top >= 0 && r.bottom <= innerHeight;
  });

/** The events the keyboard's ring is on: the frame's active option and the markers drawn with the ring. */
export const ringOn = (page: Page) =>
  page.evaluate(() => ({
    active: document.querySelector('[data-timeline-frame]')!.getAttribute('aria-activedescendant'),
    ringed: [...document.querySelectorAll<SVGGElement>('g.event.is-active')].map((g) => g.dataset['id']),
  }));

/** Rendered size (px) of the smallest text in the drawing on screen. */
export const smallestText = (page: Page) =>
  page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('.timeline-variant > svg')].find(
      (s) => s.getBoundingClientRect().width > 0,
    )!;
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent?.trim());
    return Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a));
  });

export const spanOf = (v: View) => v.span[1] - v.span[0];

export function expectInPlace(v: View, total: number): void {
  expect(v.misplaced).toEqual([]);
  // Each year is labelled once, and no label is cut at the drawing's edge (".900" for 1900).
  expect(v.labels).toEqual([...new Set(v.labels)]);
  expect(v.cutLabels).toEqual([]);
  expect(v.inView).toBeGreaterThan(0);
  expect(v.count).toBe(total);
  expect(v.drawn).toBe(v.count);
}
