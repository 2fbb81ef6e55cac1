import { describe, expect, it } from 'vitest';
import { PHONE, DESKTOP } from '../support/browser';
import { useBuiltSite } from '../support/site';
import {
  WIDTHS,
  EVENT,
  poll,
  openTimeline,
  view,
  markerCentre,
  plotPoint,
  openedEvent,
  headingOnScreen,
  ringOn,
  smallestText,
  spanOf,
  expectInPlace,
} from '../support/timelineView';

// A reader's first gestures on a freshly loaded timeline, on a phone (touch) and a desktop.
const built = useBuiltSite();

describe('the timeline at the first touch', () => {
  for (const { name, options, touch } of WIDTHS) {
    it(`a first ${touch ? 'tap' : 'click'} on a marker opens that event and leaves every marker in place, at ${name}`, async () => {
      const page = await openTimeline(built, '/timeline/', options);
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
      const page = await openTimeline(built, '/timeline/', options);
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
      const page = await openTimeline(built, '/timeline/?from=1850&to=1950', options);
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
      const page = await openTimeline(built, '/timeline/', options);
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
      const page = await openTimeline(built, '/timeline/?from=1900&to=1912', options);
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
    const page = await openTimeline(built, '/timeline/', PHONE);
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
    const page = await openTimeline(built, '/timeline/', DESKTOP);
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
