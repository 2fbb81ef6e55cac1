import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, PHONE, DESKTOP } from '../support/browser';
import { useBuiltSite } from '../support/site';

// A reader's first gestures on a freshly loaded timeline, on a phone (touch) and a desktop.
const built = useBuiltSite();

const WIDTHS = [
  { name: '390 px, touch', options: PHONE, touch: true },
  { name: '1280 px', options: DESKTOP, touch: false },
] as const;
const EVENT = 'nixon-closes-gold-window';
/** Waits as a reader would on a slow machine: up to 10 s for what should follow a gesture. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

async function openTimeline(path: string, options: BrowserContextOptions): Promise<Page> {
  const page = await openPage(built.browser, built.url(path), options);
  await poll(() => page.locator('[data-timeline]').getAttribute('data-mounted')).toBe('true');
  await page.locator('[data-timeline-frame]').scrollIntoViewIfNeeded();
  // What the reader sees is painted in the next frames.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page;
}

/** What a reader sees of the timeline on screen once it has stopped moving. */
interface View {
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

async function view(page: Page): Promise<View> {
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
async function markerCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(`.timeline-variant:visible g.event[data-id="${id}"] circle`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point in the plot, away from the markers: between the lanes' rows, at a share of the plot's width. */
async function plotPoint(page: Page, share: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.timeline-variant:visible > svg').boundingBox())!;
  const axis = (await page.locator('.timeline-variant:visible .axis-x').boundingBox())!;
  return { x: box.x + box.width * share, y: axis.y - 4 };
}

const openedEvent = (page: Page) => page.locator('[data-event-panel] article').getAttribute('data-event-id');

/** Whether the open event's heading is wholly on screen. */
const headingOnScreen = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('[data-event-panel] .panel-title')?.getBoundingClientRect();
    return !!r && r.top >= 0 && r.bottom <= innerHeight;
  });

/** The events the keyboard's ring is on: the frame's active option and the markers drawn with the ring. */
const ringOn = (page: Page) =>
  page.evaluate(() => ({
    active: document.querySelector('[data-timeline-frame]')!.getAttribute('aria-activedescendant'),
    ringed: [...document.querySelectorAll<SVGGElement>('g.event.is-active')].map((g) => g.dataset['id']),
  }));

/** Rendered size (px) of the smallest text in the drawing on screen. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('.timeline-variant > svg')].find(
      (s) => s.getBoundingClientRect().width > 0,
    )!;
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent?.trim());
    return Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a));
  });

const spanOf = (v: View) => v.span[1] - v.span[0];

function expectInPlace(v: View, total: number): void {
  expect(v.misplaced).toEqual([]);
  // Each year is labelled once, and no label is cut at the drawing's edge (".900" for 1900).
  expect(v.labels).toEqual([...new Set(v.labels)]);
  expect(v.cutLabels).toEqual([]);
  expect(v.inView).toBeGreaterThan(0);
  expect(v.count).toBe(total);
  expect(v.drawn).toBe(v.count);
}

describe('the timeline at the first touch', () => {
  for (const { name, options, touch } of WIDTHS) {
    it(`a first ${touch ? 'tap' : 'click'} on a marker opens that event and leaves every marker in place, at ${name}`, async () => {
      const page = await openTimeline('/timeline/', options);
      const before = await view(page);
      expectInPlace(before, before.drawn);
      // Axis, lane and label text reads at 12 px or more.
      expect(await smallestText(page)).toBeGreaterThanOrEqual(11.95);
      const { x, y } = await markerCentre(page, EVENT);
      const scrolled = await page.evaluate(() => scrollY);
      if (touch) await page.touchscreen.tap(x, y);
      else await page.mouse.click(x, y);
      await poll(() => openedEvent(page)).toBe(EVENT);
      expect(page.url()).toContain(`event=${EVENT}`);
      expectInPlace(await view(page), before.drawn);
      // The keys' ring is on the event opened, and on no other.
      expect(await ringOn(page)).toEqual({ active: `ev-${EVENT}`, ringed: [EVENT] });
      // The reader sees what opened: on a phone the panel under the drawing is brought up; beside it, nothing moves.
      await poll(() => headingOnScreen(page)).toBe(true);
      if (!touch) expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      await page.context().close();
    });

    it(`a first wheel over the plot zooms around the pointer and keeps the markers at their dates, at ${name}`, async () => {
      const page = await openTimeline('/timeline/', options);
      const before = await view(page);
      const { x, y } = await plotPoint(page, 0.6);
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, -300);
      await poll(async () => spanOf(await view(page))).toBeLessThan(400);
      const after = await view(page);
      expectInPlace(after, before.drawn);
      await poll(() => page.url()).toMatch(/from=\d{4}&to=\d{4}/);
      await page.context().close();
    });

    it(`a first drag across the plot pans it and keeps the markers at their dates, at ${name}`, async () => {
      // Zoomed in by a link, so that there is room to pan.
      const page = await openTimeline('/timeline/?from=1850&to=1950', options);
      const before = await view(page);
      const from = await plotPoint(page, 0.7);
      if (touch) {
        const cdp = await page.context().newCDPSession(page);
        const touchAt = (type: 'touchStart' | 'touchMove' | 'touchEnd', dx: number) =>
          cdp.send('Input.dispatchTouchEvent', {
            type,
            touchPoints: type === 'touchEnd' ? [] : [{ x: from.x + dx, y: from.y }],
          });
        await touchAt('touchStart', 0);
        for (let i = 1; i <= 10; i++) await touchAt('touchMove', -15 * i);
        await touchAt('touchEnd', 0);
      } else {
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        for (let i = 1; i <= 10; i++) await page.mouse.move(from.x - 15 * i, from.y);
        await page.mouse.up();
      }
      await poll(async () => (await view(page)).span[0]).toBeGreaterThan(before.span[0] + 5);
      expectInPlace(await view(page), before.drawn);
      await page.context().close();
    });

    it(`a first arrow key moves to an event, Enter opens it, and the markers stay, at ${name}`, async () => {
      const page = await openTimeline('/timeline/', options);
      const before = await view(page);
      await page.locator('[data-timeline-frame]').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expectInPlace(await view(page), before.drawn);
      const active = (await page.locator('[data-timeline-frame]').getAttribute('aria-activedescendant'))!;
      await page.keyboard.press('Enter');
      const id = active.replace(/^evn?-/, '');
      await poll(() => openedEvent(page)).toBe(id);
      expect(page.url()).toContain(`event=${id}`);
      expectInPlace(await view(page), before.drawn);
      await page.context().close();
    });
  }

  for (const { name, options } of WIDTHS)
    it(`+ down to the closest view labels each year once, and a further + moves nothing, at ${name}`, async () => {
      const page = await openTimeline('/timeline/?from=1900&to=1912', options);
      const frame = page.locator('[data-timeline-frame]');
      await frame.focus();
      await page.keyboard.press('ArrowRight');
      const active = (await frame.getAttribute('aria-activedescendant'))!;
      const span = () => {
        const q = new URL(page.url()).searchParams;
        return Number(q.get('to')) - Number(q.get('from'));
      };
      for (let i = 0; i < 3; i++) await page.keyboard.press('+');
      await poll(span).toBe(2);
      // Two years across: each labelled once (ticks at fractions of a year had repeated them), none cut at the edge.
      const closest = await view(page);
      expect(closest.misplaced).toEqual([]);
      expect(closest.labels).toEqual([...new Set(closest.labels)]);
      expect(closest.labels.length).toBeGreaterThanOrEqual(2);
      expect(closest.cutLabels).toEqual([]);
      const at = async () => (await page.locator(`#${active}`).boundingBox())!.x;
      const before = await at();
      const address = page.url();
      await page.keyboard.press('+');
      await page.keyboard.press('+');
      await page.waitForTimeout(400);
      await view(page);
      expect(await at()).toBeCloseTo(before, 0);
      expect(page.url()).toBe(address);
      await page.context().close();
    });

  it('a first pinch on a phone zooms and keeps the markers at their dates', async () => {
    const page = await openTimeline('/timeline/', PHONE);
    const before = await view(page);
    const { x, y } = await plotPoint(page, 0.5);
    const cdp = await page.context().newCDPSession(page);
    const fingers = (type: 'touchStart' | 'touchMove' | 'touchEnd', apart: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: x - apart, y, id: 0 },
                { x: x + apart, y, id: 1 },
              ],
      });
    await fingers('touchStart', 20);
    for (let i = 1; i <= 10; i++) await fingers('touchMove', 20 + 12 * i);
    await fingers('touchEnd', 0);
    await poll(async () => spanOf(await view(page))).toBeLessThan(300);
    expectInPlace(await view(page), before.drawn);
    await page.context().close();
  });

  it('search, then a click on an event: the address keeps the event after the search has been written', async () => {
    const page = await openTimeline('/timeline/', DESKTOP);
    await page.locator('[data-timeline-search]').click();
    await page.keyboard.type('gold');
    const { x, y } = await markerCentre(page, EVENT);
    await page.mouse.click(x, y);
    await poll(() => openedEvent(page)).toBe(EVENT);
    await page.waitForTimeout(600);
    expect(page.url()).toContain(`event=${EVENT}`);
    expect(page.url()).toContain('q=gold');
    await page.context().close();
  });
});

describe('a range link on a phone', () => {
  it('/timeline/?from=1755&to=1832 at 390 px shows those years, and each marker takes taps within 24 × 24 px', async () => {
    // With less motion asked for, the panel a tap opens comes into view at once.
    const page = await openTimeline('/timeline/?from=1755&to=1832', { ...PHONE, reducedMotion: 'reduce' });
    const v = await view(page);
    expect(v.span[0]).toBeGreaterThan(1750);
    expect(v.span[0]).toBeLessThan(1760);
    expect(v.span[1]).toBeGreaterThan(1827);
    expect(v.span[1]).toBeLessThan(1837);
    expect(v.misplaced).toEqual([]);
    expect(await smallestText(page)).toBeGreaterThanOrEqual(11.95);
    // Markers with no other within 34 px: a tap near a corner of the 24 px square around one opens it.
    const lonely = await page.evaluate(() => {
      const variant = [...document.querySelectorAll<HTMLElement>('.timeline-variant')].find(
        (v) => v.offsetParent !== null,
      )!;
      const svg = variant.querySelector<SVGSVGElement>(':scope > svg')!;
      const m = svg.getScreenCTM()!;
      const area = svg.querySelector('svg.plot')!;
      const left = m.e + m.a * Number(area.getAttribute('x'));
      const plot = { left, right: left + m.a * Number(area.getAttribute('width')) };
      const marks = [...variant.querySelectorAll<SVGCircleElement>('g.event:not(.is-filtered) circle')].map((c) => {
        const r = c.getBoundingClientRect();
        return { id: c.closest('g')!.dataset['id']!, x: r.x + r.width / 2, y: r.y + r.height / 2, size: r.width };
      });
      return marks
        .filter((m) => m.x > plot.left + 14 && m.x < plot.right - 14)
        .filter((m) => marks.every((o) => o === m || Math.hypot(o.x - m.x, o.y - m.y) > 34))
        .slice(0, 3);
    });
    expect(lonely.length).toBeGreaterThan(0);
    // The plot starts under the lanes' names: they are painted after its markers, so that no marker covers one.
    const namesOnTop = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('.timeline-variant > svg')].find((s) => s.clientWidth)!;
      const plot = svg.querySelector('svg.plot')!;
      const names = [...svg.querySelectorAll('.lane-label')];
      return names.length > 0 && names.every((t) => plot.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(namesOnTop).toBe(true);
    for (const m of lonely) {
      // The drawn marker stays small: the hit area is invisible.
      expect(m.size).toBeLessThan(14);
      for (const [dx, dy] of [
        [-11, -11],
        [11, 11],
      ] as const) {
        await page.locator('[data-event-panel]').evaluate((el) => el.replaceChildren());
        // The last tap brought the panel under the drawing into view: back to the drawing.
        await page.locator('[data-timeline-frame]').scrollIntoViewIfNeeded();
        const at = await markerCentre(page, m.id);
        await page.touchscreen.tap(at.x + dx, at.y + dy);
        await poll(() => openedEvent(page)).toBe(m.id);
        expect(await headingOnScreen(page)).toBe(true);
      }
    }
    await page.context().close();
  });
});

describe('the timeline pages without scripts and the event page', () => {
  it('without JavaScript the intro promises no zooming or filtering, and the wide drawing keeps 12 px text', async () => {
    const page = await openPage(built.browser, built.url('/timeline/'), { ...DESKTOP, javaScriptEnabled: false });
    const lede = await page.locator('.lede').innerText();
    expect(lede).not.toMatch(/zoom|filter|search|select/i);
    expect(lede).toMatch(/page of its own/);
    expect(await smallestText(page)).toBeGreaterThanOrEqual(11.95);
    await page.context().close();
    const withScripts = await openTimeline('/timeline/', DESKTOP);
    expect(await withScripts.locator('.lede').innerText()).toMatch(/Zoom and pan/);
    await withScripts.context().close();
  });

  it("without JavaScript on a 390 px phone, the page keeps the screen's width and a swipe moves the drawing in its frame", async () => {
    for (const path of ['/timeline/', `/timeline/${EVENT}/`]) {
      const page = await openPage(built.browser, built.url(path), { ...PHONE, javaScriptEnabled: false });
      expect(await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth])).toEqual([390, 390]);
      const panel = (await page.locator('[data-event-panel]').boundingBox())!;
      expect(panel.x + panel.width).toBeLessThanOrEqual(390);
      const frame = page.locator('[data-timeline-frame]');
      await frame.scrollIntoViewIfNeeded();
      const box = (await frame.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const cdp = await page.context().newCDPSession(page);
      const [x, y] = [box.x + box.width * 0.8, box.y + box.height / 2];
      const touchAt = (type: 'touchStart' | 'touchMove' | 'touchEnd', dx: number) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: x + dx, y }] });
      await touchAt('touchStart', 0);
      for (let i = 1; i <= 10; i++) await touchAt('touchMove', -20 * i);
      await touchAt('touchEnd', 0);
      await poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
      expect(await page.evaluate(() => [scrollX, document.documentElement.scrollWidth])).toEqual([0, 390]);
      await page.context().close();
    }
  });

  for (const { name, options, touch } of WIDTHS)
    it(`on an event page, a first ${touch ? 'tap' : 'click'} on another event opens it and shows its panel, at ${name}`, async () => {
      // The page drew the years around its event; the first press adds the others.
      const page = await openTimeline('/timeline/bretton-woods-conference/', options);
      expect(await page.locator('.timeline-variant > svg').getAttribute('data-drawn')).toBe('window');
      const { x, y } = await markerCentre(page, 'world-war-ii');
      if (touch) await page.touchscreen.tap(x, y);
      else await page.mouse.click(x, y);
      await poll(() => openedEvent(page)).toBe('world-war-ii');
      expect(await ringOn(page)).toEqual({ active: 'ev-world-war-ii', ringed: ['world-war-ii'] });
      // The panel stands above the drawing: its heading comes back into view.
      await poll(() => headingOnScreen(page)).toBe(true);
      await page.context().close();
    });

  it('an event page reads first, at a reading width, at 390 and 1280 px', async () => {
    for (const { options } of WIDTHS) {
      const page = await openPage(built.browser, built.url(`/timeline/${EVENT}/`), options);
      const width = options.viewport!.width;
      const summary = (await page.locator('.panel-summary').boundingBox())!;
      const timeline = (await page.locator('[data-timeline-frame]').boundingBox())!;
      // The page's width less its margins on a phone; a reading measure, not a side column, on a desktop.
      expect(summary.width).toBeGreaterThanOrEqual(Math.min(width - 90, 560));
      expect(summary.width).toBeLessThanOrEqual(760);
      expect(summary.y).toBeLessThan(timeline.y);
      await page.context().close();
    }
  });
});
