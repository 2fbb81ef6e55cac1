import { describe, expect, it } from 'vitest';
import { openPage, PHONE, DESKTOP } from '../support/browser';
import { useBuiltSite } from '../support/site';
import {
  WIDTHS,
  EVENT,
  poll,
  openTimeline,
  view,
  markerCentre,
  openedEvent,
  headingOnScreen,
  ringOn,
  smallestText,
} from '../support/timelineView';

// The timeline opened from a link to a range of years, read without scripts, and an event's own page.
const built = useBuiltSite();

describe('a range link on a phone', () => {
  it('/timeline/?from=1755&to=1832 at 390 px shows those years, and each marker takes taps within 24 × 24 px', async () => {
    // With less motion asked for, the panel a tap opens comes into view at once.
    const page = await openTimeline(built, '/timeline/?from=1755&to=1832', { ...PHONE, reducedMotion: 'reduce' });
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
    const withScripts = await openTimeline(built, '/timeline/', DESKTOP);
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
      const page = await openTimeline(built, '/timeline/bretton-woods-conference/', options);
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
