import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, PHONE } from '../support/browser';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();
const url = built.url;

const mounted = async (page: Page, selector: string) => {
  await expect
    .poll(() => page.locator(selector).first().getAttribute('data-mounted'), { timeout: 10_000 })
    .toBe('true');
};

describe('the timeline explorer', () => {
  it('is one tab stop: arrow keys, Home and End move between events and Enter opens one', async () => {
    const page = await openPage(built.browser, url('/timeline/'));
    await mounted(page, '[data-timeline]');
    const frame = page.locator('[data-timeline-frame]');
    await frame.focus();
    await page.keyboard.press('Home');
    const first = await frame.getAttribute('aria-activedescendant');
    await page.keyboard.press('ArrowRight');
    const second = await frame.getAttribute('aria-activedescendant');
    await page.keyboard.press('End');
    const last = await frame.getAttribute('aria-activedescendant');
    expect(first).toMatch(/^ev-/);
    expect(new Set([first, second, last]).size).toBe(3);
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const id = first!.replace(/^ev-/, '');
    await expect.poll(() => page.locator('[data-event-panel] article').getAttribute('data-event-id')).toBe(id);
    expect(page.url()).toContain(`event=${id}`);
    await page.keyboard.press('Tab');
    expect(await frame.evaluate((el) => el === document.activeElement)).toBe(false);
    await page.context().close();
  });

  it('filters and search hide events and are kept in the URL', async () => {
    const page = await openPage(built.browser, url('/timeline/'));
    await mounted(page, '[data-timeline]');
    const visible = () => page.locator('.timeline-variant g.event:not(.is-filtered)').count();
    const all = await visible();
    await page.locator('input[data-timeline-filter="eras"][value="bitcoin"]').uncheck();
    const withoutBitcoin = await visible();
    expect(withoutBitcoin).toBeLessThan(all);
    await page.locator('[data-timeline-search]').fill('gold');
    await expect.poll(visible).toBeLessThan(withoutBitcoin);
    await expect.poll(() => page.url()).toMatch(/era=guilder%2Csterling%2Cdollar.*q=gold|q=gold.*era=/);
    expect(await page.locator('[data-timeline-count]').textContent()).toMatch(/^Showing \d+ of \d+ events$/);
    await page.context().close();
  });

  it('on a phone the era and kind filters fold under a line that says what they let through; a tap opens them', async () => {
    const page = await openPage(built.browser, url('/timeline/'), PHONE);
    await mounted(page, '[data-timeline]');
    const visible = () => page.locator('.timeline-variant g.event:not(.is-filtered)').count();
    const all = await visible();
    const line = page.locator('[data-timeline-filter-line]');
    const bitcoin = page.locator('input[data-timeline-filter="eras"][value="bitcoin"]');
    expect(await line.textContent()).toBe('all eras, all kinds');
    expect(await bitcoin.isVisible()).toBe(false);
    // The search and the zoom buttons stay in view above the timeline.
    expect(await page.locator('[data-timeline-search]').isVisible()).toBe(true);
    expect(await page.locator('button[data-zoom="in"]').isVisible()).toBe(true);
    await page.locator('[data-timeline-filters] > summary').tap();
    await bitcoin.tap();
    await expect.poll(visible).toBeLessThan(all);
    expect(await line.textContent()).toBe('3 of 4 eras, all kinds');
    await page.locator('input[data-timeline-filter="cats"][value="war"]').tap();
    await expect.poll(() => line.textContent()).toBe('3 of 4 eras, 6 of 7 kinds');
    await expect.poll(() => page.url()).toMatch(/era=guilder%2Csterling%2Cdollar/);
    // The link opened afresh says the same before anyone unfolds the filters.
    const other = await openPage(built.browser, page.url(), PHONE);
    await mounted(other, '[data-timeline]');
    await expect
      .poll(() => other.locator('[data-timeline-filter-line]').textContent())
      .toBe('3 of 4 eras, 6 of 7 kinds');
    await other.context().close();
    await page.context().close();
  });

  it('zoom buttons and the keyboard change the visible years, and Back restores the selection', async () => {
    const page = await openPage(built.browser, url('/timeline/?event=nixon-closes-gold-window'));
    await mounted(page, '[data-timeline]');
    await expect.poll(() => page.locator('[data-event-panel] h2').textContent()).toBe('Nixon closes the gold window');
    for (let i = 0; i < 3; i++) await page.locator('button[data-zoom="in"]').click();
    await expect.poll(() => page.url()).toMatch(/from=19\d\d&to=(19|20)\d\d/);
    // Zooming centres on the selected event, so a neighbour a few months later is in view.
    await page.locator('.timeline-variant g.event[data-id="smithsonian-agreement"] circle').click();
    await expect
      .poll(() => page.locator('[data-event-panel] article').getAttribute('data-event-id'))
      .toBe('smithsonian-agreement');
    await page.goBack();
    await expect
      .poll(() => page.locator('[data-event-panel] article').getAttribute('data-event-id'))
      .toBe('nixon-closes-gold-window');
    await page.context().close();
  });

  it('an event page and the explorer show the same panel for the same event', async () => {
    const own = await openPage(built.browser, url('/timeline/battle-of-waterloo/'), { javaScriptEnabled: false });
    const ownText = await own.locator('[data-event-panel] article').innerText();
    await own.context().close();
    const explorer = await openPage(built.browser, url('/timeline/?event=battle-of-waterloo'));
    await expect
      .poll(() => explorer.locator('[data-event-panel] article').getAttribute('data-event-id'), { timeout: 10_000 })
      .toBe('battle-of-waterloo');
    expect(await explorer.locator('[data-event-panel] article').innerText()).toBe(ownText);
    await explorer.context().close();
  });

  it('an event page reads with JavaScript off: title, summary, sources, timeline drawing, preview tags', async () => {
    const page = await openPage(built.browser, url('/timeline/nixon-closes-gold-window/'), {
      javaScriptEnabled: false,
    });
    expect(await page.locator('h1').textContent()).toBe('Nixon closes the gold window');
    // Search, filters and zoom need the script: without it they are not shown.
    expect(await page.locator('[data-timeline-controls]').isVisible()).toBe(false);
    expect(await page.locator('.panel-sources li').count()).toBeGreaterThan(0);
    // The drawing holds the years around the event, not the whole timeline.
    const drawn = await page.locator('.timeline-variant > svg g.event').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(120);
    expect(await page.locator('.timeline-variant > svg').getAttribute('data-drawn')).toBe('window');
    expect(await page.locator('.timeline-variant circle[aria-selected="true"]').getAttribute('id')).toBe(
      'ev-nixon-closes-gold-window',
    );
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(
      'Nixon closes the gold window',
    );
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
    await page.context().close();
  });
  it("the timeline page with JavaScript off draws every one of the site's events (a sample is only for thousands)", async () => {
    const page = await openPage(built.browser, url('/timeline/'), { javaScriptEnabled: false });
    const listed = await page.locator('#event-list [data-event-item]').count();
    expect(listed).toBeGreaterThan(200);
    expect(await page.locator('.timeline-variant > svg g.event').count()).toBe(listed);
    expect(await page.locator('.timeline-variant > svg').getAttribute('data-drawn')).toBe('all');
    expect(await page.locator('.timeline-variant > svg > desc').textContent()).toMatch(new RegExp(`^${listed} events`));
    await page.context().close();
  });
  it('an event page draws its years, and every event once the reader steps through the timeline', async () => {
    const page = await openPage(built.browser, url('/timeline/nixon-closes-gold-window/'));
    await mounted(page, '[data-timeline]');
    const drawn = await page.locator('.timeline-variant g.event').count();
    const frame = page.locator('[data-timeline-frame]');
    await frame.focus();
    await expect.poll(() => page.locator('.timeline-variant > svg').getAttribute('data-drawn')).toBe('all');
    const all = await page.locator('.timeline-variant g.event').count();
    expect(all).toBeGreaterThan(drawn);
    // Home goes to the first event of the whole timeline, which the page did not draw at first.
    await page.keyboard.press('Home');
    const first = await frame.getAttribute('aria-activedescendant');
    const firstListed = await page.evaluate(async () => {
      // The explorer may have moved the address to /timeline/?… by now: ask where the page got its model.
      const modelUrl = document.querySelector<HTMLElement>('[data-timeline]')!.dataset['modelUrl']!;
      // The model is packed in columns (lib/timelinePacked.ts): one array of ids, in date order.
      const model = (await (await fetch(modelUrl)).json()) as { id: string[] };
      return { id: model.id[0]!, count: model.id.length };
    });
    expect(first).toBe(`ev-${firstListed.id}`);
    expect(all).toBe(firstListed.count);
    expect(await page.locator(`#${first}`).count()).toBe(1);
    await page.context().close();
  });

  it('while the view moves, a canvas shows the markers; when it stops they are back in the SVG, moved', async () => {
    const page = await openPage(built.browser, url('/timeline/'));
    await mounted(page, '[data-timeline]');
    const svg = page.locator('.timeline-variant > svg');
    const cx = () => page.locator('#ev-nixon-closes-gold-window').getAttribute('cx');
    const before = await cx();
    const box = (await page.locator('[data-timeline-frame]').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 3);
    // The first wheel already zooms: no gesture code is left to load.
    await page.mouse.wheel(0, -100);
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
    // Within a movement (it ends 150 ms after the last wheel), look at the canvas.
    const seen = { canvas: false, moving: false, inked: false };
    for (let i = 0; i < 6 && !seen.inked; i++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(50);
      Object.assign(
        seen,
        await page.evaluate(() => {
          const c = document.querySelector<HTMLCanvasElement>('.timeline-variant canvas.timeline-motion');
          return {
            canvas: !!c,
            moving: !!document.querySelector('.timeline-variant > svg.is-moving'),
            // Markers are painted on it: some pixels are not transparent.
            inked:
              !!c &&
              c
                .getContext('2d')!
                .getImageData(0, 0, c.width, c.height)
                .data.some((v, i) => i % 4 === 3 && v > 0),
          };
        }),
      );
    }
    expect(seen).toEqual({ canvas: true, moving: true, inked: true });
    await expect.poll(() => page.locator('canvas.timeline-motion').count()).toBe(0);
    expect(await svg.getAttribute('class')).not.toContain('is-moving');
    expect(await cx()).not.toBe(before);
    await page.context().close();
  });

  it('taken out of the page, the explorer answers nothing: keys, buttons, Back and a resize change no view and no URL', async () => {
    const page = await openPage(built.browser, url('/timeline/'));
    await mounted(page, '[data-timeline]');
    const frame = page.locator('[data-timeline-frame]');
    // Mounted, the same key zooms and writes the view into the address.
    await frame.focus();
    await page.keyboard.press('+');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
    await page.waitForTimeout(400);
    const address = page.url();
    const after = await page.evaluate(async () => {
      const el = document.querySelector('timeline-explorer')!;
      const root = el.querySelector<HTMLElement>('[data-timeline]')!;
      const svg = el.querySelector<SVGSVGElement>('.timeline-variant > svg')!;
      const renders = () => performance.getEntriesByName('timeline-render').length;
      const count = () => el.querySelector('[data-timeline-count]')!.textContent;
      const before = {
        renders: renders(),
        viewBox: svg.getAttribute('viewBox'),
        axis: svg.querySelector('.axis-x')!.innerHTML,
        count: count(),
      };
      el.remove();
      el.querySelector<HTMLElement>('[data-timeline-frame]')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: '+', bubbles: true }),
      );
      el.querySelector<HTMLButtonElement>('[data-zoom="out"]')!.click();
      const search = el.querySelector<HTMLInputElement>('[data-timeline-search]')!;
      search.value = 'gold';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      window.dispatchEvent(new PopStateEvent('popstate'));
      await new Promise((done) => setTimeout(done, 600));
      return {
        mounted: root.dataset['mounted'] ?? null,
        renders: renders() - before.renders,
        sameAxis: svg.querySelector('.axis-x')!.innerHTML === before.axis,
        sameViewBox: svg.getAttribute('viewBox') === before.viewBox,
        sameCount: count() === before.count,
      };
    });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.waitForTimeout(400);
    expect(after).toEqual({ mounted: null, renders: 0, sameAxis: true, sameViewBox: true, sameCount: true });
    expect(page.url()).toBe(address);
    await page.context().close();
  });
});

describe('the scrollytelling essay', () => {
  it("scrolling to a step shows that step's figure in the sticky stage and announces it", async () => {
    const page = await openPage(built.browser, url('/essay/the-sterling-era/'), {
      viewport: { width: 1280, height: 900 },
    });
    const scrolly = page.locator('[data-scrolly]').first();
    await expect.poll(() => scrolly.getAttribute('class')).toContain('is-mounted');
    const steps = scrolly.locator('[data-step]');
    expect(await steps.count()).toBeGreaterThan(2);
    const captions: string[] = [];
    for (const i of [0, 2]) {
      await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect.poll(() => scrolly.getAttribute('data-active-step')).toBe(String(i));
      captions.push((await scrolly.locator('[data-scrolly-stage] [data-step-caption]').textContent()) ?? '');
      expect(await scrolly.locator('[data-scrolly-live]').textContent()).toBe(`Figure: ${captions.at(-1)}`);
    }
    expect(captions[0]).not.toBe(captions[1]);
    await page.context().close();
  });

  it('with JavaScript off every step shows its own figure in the flow', async () => {
    const page = await openPage(built.browser, url('/essay/the-sterling-era/'), { javaScriptEnabled: false });
    const steps = page.locator('[data-step]');
    const n = await steps.count();
    for (let i = 0; i < n; i++) expect(await steps.nth(i).locator('.chart-drawing > svg').isVisible()).toBe(true);
    await page.context().close();
  });

  it('keyboard focus on a step activates it', async () => {
    const page = await openPage(built.browser, url('/essay/the-sterling-era/'));
    const scrolly = page.locator('[data-scrolly]').first();
    await expect.poll(() => scrolly.getAttribute('class')).toContain('is-mounted');
    await scrolly.locator('[data-step]').nth(1).focus();
    await expect.poll(() => scrolly.getAttribute('data-active-step')).toBe('1');
    await page.context().close();
  });
});
