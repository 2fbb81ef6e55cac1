import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scrollThrough } from '../support/firstLoad';
import { motionLongerThan, recordMotion, walkWithTab } from '../support/keyboard';
import { useBuiltSite } from '../support/site';

const CHAPTER = '/essay/money-as-a-social-contract/';

const built = useBuiltSite();
const url = built.url;

/** The chapter in a fresh context, with its islands mounted. */
async function chapter(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await recordMotion(page);
  await page.goto(url(CHAPTER), { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-line-chart]')].every((f) => f.dataset['mounted'] === 'true'),
  );
  return page;
}

describe(`keyboard only, ${CHAPTER}`, () => {
  for (const width of [1280, 390]) {
    it(`Tab reaches every control and focus always shows, at ${width} px`, async () => {
      const page = await chapter({ viewport: { width, height: 900 } });
      const walk = await walkWithTab(page, { expandDetails: true });
      // Each kind of control the chapter shows is keyboard-focusable (so the walk expected it)…
      const notFocusable = await page.evaluate(() =>
        Object.entries({
          'chart frame': '[data-line-chart] .chart-frame',
          'series toggle': 'input[data-series-toggle]',
          'details summary': 'main summary',
          'scrolly step': '[data-step]',
          link: 'main a[href]',
        }).flatMap(([kind, selector]) =>
          [...document.querySelectorAll<HTMLElement>(selector)]
            .filter((el) => el.checkVisibility() && el.dataset['kb'] === undefined)
            .map((el) => `${kind}: ${el.outerHTML.slice(0, 80)}`),
        ),
      );
      expect(notFocusable).toEqual([]);
      expect(walk.stops.length).toBeGreaterThan(10);
      // …and Tab reached every one of them, with a visible focus indicator each time.
      expect(walk.unreached).toEqual([]);
      expect(walk.invisibleFocus).toEqual([]);
      await page.context().close();
    });
  }

  it('the skip link moves focus to the main content', async () => {
    const page = await chapter();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toMatch(/skip-link/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('with prefers-reduced-motion nothing animates for longer than 0.01 s', async () => {
    const page = await chapter({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe('smooth');
    await scrollThrough(page);
    await walkWithTab(page, { expandDetails: true });
    const frame = page.locator('.chart-frame').first();
    if (await frame.count()) {
      const box = (await frame.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 4, box.y + box.height / 2);
    }
    expect(await motionLongerThan(page, 10)).toEqual([]);
    await page.context().close();
  });

  it('the motion recorder sees an animation that ignores reduced motion (the check above can fail)', async () => {
    const page = await chapter({ reducedMotion: 'reduce' });
    await page.evaluate(() => document.querySelector('h1')?.animate([{ opacity: 0 }, { opacity: 1 }], 400));
    expect(await motionLongerThan(page, 10)).toEqual(['h1 script animation: 400 ms']);
    await page.context().close();
  });
});

/** Opens a page at a width and waits for its islands (charts, timeline) to mount. */
async function mountedPage(path: string, width: number): Promise<Page> {
  const context = await built.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(url(path), { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-line-chart], [data-timeline]')].every(
      (f) => f.dataset['mounted'] === 'true',
    ),
  );
  return page;
}

describe('keyboard only, the timeline explorer and the comparative chapter', () => {
  for (const width of [1280, 390]) {
    it(`/timeline/: Tab reaches every control (search, filters, zoom, the timeline, the list) with focus showing, at ${width} px`, async () => {
      const page = await mountedPage('/timeline/', width);
      // On a phone the era and kind filters are folded under a line: the walk opens it with Enter, as a reader does.
      const walk = await walkWithTab(page, { expandDetails: true });
      expect(walk.stops.some((s) => s.label.startsWith('summary "Eras and kinds all eras, all kinds"'))).toBe(
        width < 768,
      );
      // The explorer's controls are among the stops: the timeline itself, search and 11 filters, 3 zoom buttons.
      expect(walk.stops.some((s) => s.label.startsWith('div.timeline-frame'))).toBe(true);
      expect(walk.stops.filter((s) => s.label.startsWith('input')).length).toBeGreaterThanOrEqual(12);
      expect(walk.stops.filter((s) => s.label.startsWith('button')).length).toBeGreaterThanOrEqual(3);
      expect(walk.unreached).toEqual([]);
      expect(walk.invisibleFocus).toEqual([]);
      await page.context().close();
    });

    it(`the comparative chapter: Tab reaches every control with focus showing, at ${width} px`, async () => {
      const page = await mountedPage('/essay/the-pattern-side-by-side/', width);
      const walk = await walkWithTab(page, { expandDetails: true });
      // Each step's link to its view in the explorer is a stop, and so is the figure's below the steps.
      const steps = await page.locator('[data-scrolly] [data-step]').count();
      expect(steps).toBeGreaterThan(3);
      expect(walk.stops.filter((s) => s.label.includes('Open this view')).length).toBe(steps + 1);
      expect(walk.unreached).toEqual([]);
      expect(walk.invisibleFocus).toEqual([]);
      await page.context().close();
    });
  }
});
