import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Locator, Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chapterSlug } from '../../src/lib/chapters';
import { loadSources } from '../../src/lib/data';
import { DIST } from '../support/browser';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();

const SCREENS = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'desktop', width: 1280, height: 900, touch: false },
] as const;
type Screen = (typeof SCREENS)[number];

const contextFor = (screen: Screen, options: BrowserContextOptions = {}): BrowserContextOptions => ({
  viewport: { width: screen.width, height: screen.height },
  ...(screen.touch ? { hasTouch: true, isMobile: true } : {}),
  ...options,
});

/** Taps on a phone, clicks on a desktop, at the middle of the element as the reader sees it. */
async function press(page: Page, screen: Screen, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to press: the element is not shown');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  if (screen.touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** A busy machine can be slow to open a page; a reader's press that opens nothing fails within this. */
const WAIT = { timeout: 15_000 };

/** Presses a link as a reader would and waits for the page it opens; returns that page's response. */
async function follow(page: Page, screen: Screen, link: Locator): Promise<Response> {
  const before = page.url();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame(), WAIT),
    press(page, screen, link),
  ]);
  await page.waitForURL((url) => url.href !== before, { waitUntil: 'domcontentloaded', ...WAIT });
  return response;
}

/** Chapter slugs, from the chapter files. */
const CHAPTERS = readdirSync('content/chapters').map((f) => chapterSlug(f.replace(/\.mdx$/, '')));

describe('the front door', () => {
  it('a mistyped address answers 404 with a page that leads to every chapter and explorer', async () => {
    const context = await built.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const response = await page.goto(built.url('/essay/no-such-chapter/'), { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    const chapters = readdirSync('content/chapters').length;
    expect(await page.locator('main a[href*="/essay/"]').count()).toBe(chapters);
    await page.locator('main a', { hasText: 'The timeline' }).click();
    await page.waitForURL(/\/timeline\/$/);
    expect(await page.locator('h1').textContent()).toBe('Timeline');
    await context.close();
  });

  it('robots.txt lets every page be indexed, and the web app manifest names an icon that exists', () => {
    expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    const home = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    expect(home).toContain('data-manifest="/manifest.webmanifest"');
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      icons: { src: string }[];
    };
    expect(manifest.name).toMatch(/Reserve currencies/);
    for (const icon of manifest.icons) expect(readFileSync(path.join(DIST, icon.src)).length).toBeGreaterThan(0);
  });

  it('searching "Nixon" and "Triffin" from the header box finds the chapter, the event, the claim and the glossary entry', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/'), { waitUntil: 'load' });
    // Keyboard only: into the header's search box, type, Enter.
    await page.locator('header input[type="search"]').focus();
    await page.keyboard.type('Nixon');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Nixon$/);
    const nixon = await resultLinks(page);
    expect(nixon).toContainEqual(expect.stringMatching(/^\/essay\/the-dollar-era\/$/));
    expect(nixon).toContainEqual(expect.stringMatching(/^\/timeline\/nixon-closes-gold-window\/$/));
    expect(nixon).toContainEqual(expect.stringMatching(/^\/claims\/nixon-1971\/$/));
    expect(nixon).toContainEqual(expect.stringMatching(/^\/glossary\/(#|$)/));
    // A new query typed into the page's own box replaces the results.
    await page.locator('main input[type="search"]').fill('');
    await page.locator('main input[type="search"]').focus();
    await page.keyboard.type('Triffin');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=Triffin$/);
    await page.waitForFunction(() => /Triffin/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const triffin = await resultLinks(page);
    expect(triffin).toContainEqual(expect.stringMatching(/^\/essay\/the-triffin-dilemma\/$/));
    expect(triffin).toContainEqual(expect.stringMatching(/^\/timeline\/[^/]*triffin[^/]*\/$/));
    expect(triffin).toContainEqual(expect.stringMatching(/^\/claims\/triffin\/$/));
    expect(triffin).toContainEqual(expect.stringMatching(/^\/glossary\/(#|$)/));
    expect(await page.locator('main mark').first().textContent()).toMatch(/triffin/i);
    // Tab from the box reaches the first result; Enter opens it.
    await page.locator('main input[type="search"]').focus();
    let focused = '';
    for (let i = 0; i < 4 && !focused.startsWith('result:'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() =>
        document.activeElement?.closest('[data-search-results]')
          ? `result:${document.activeElement.getAttribute('href')}`
          : '',
      );
    }
    expect(focused).toMatch(/^result:\//);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
    await context.close();
  });

  for (const screen of SCREENS) {
    it(`home at ${screen.width} px: one tap or click from the three ways in to the essay, each explorer and the classroom kit`, async () => {
      const context = await built.browser.newContext(contextFor(screen));
      const page = await context.newPage();
      await page.goto(built.url('/'), { waitUntil: 'load' });
      // The argument, the sentence on what the site tests and the three ways in are the front of the page.
      expect(await page.locator('h1').textContent()).toMatch(/Reserve currencies rise and fall/);
      expect(await page.locator('main').textContent()).toMatch(/lets you test that argument/);
      const ways = ['Read the essay', 'Explore', 'Teach with it'];
      expect(await page.locator('.ways h3').allTextContents()).toEqual(ways);
      const destinations = [
        { link: 'Start with chapter 1', path: '/essay/money-as-a-social-contract/' },
        { link: 'The timeline', path: '/timeline/' },
        { link: 'The comparative chart', path: '/compare/' },
        { link: 'The Triffin model', path: '/triffin/' },
        { link: 'The classroom kit', path: '/classroom/' },
      ];
      const reached: { path: string; status: number; h1: string }[] = [];
      for (const { link } of destinations) {
        const response = await follow(page, screen, page.locator('.ways a', { hasText: link }).first());
        reached.push({
          path: new URL(page.url()).pathname,
          status: response.status(),
          h1: (await page.locator('h1').first().textContent()) ?? '',
        });
        await page.goBack({ waitUntil: 'domcontentloaded' });
      }
      expect(reached.map((r) => r.path)).toEqual(destinations.map((d) => d.path));
      // Every destination is a page of its own, not the 404 page.
      expect(reached.filter((r) => r.status !== 200 || r.h1 === 'Page not found')).toEqual([]);
      // The era chips open their chapters; the chapter list gives each chapter's summary and reading time.
      await follow(page, screen, page.locator('.eras a', { hasText: 'Sterling' }));
      expect(new URL(page.url()).pathname).toBe('/essay/the-sterling-era/');
      await page.goBack({ waitUntil: 'load' });
      const toc = page.locator('.chapters li');
      expect(await toc.count()).toBe(CHAPTERS.length);
      for (const text of await toc.allTextContents()) expect(text).toMatch(/\w{4,}.*\d+ min read/s);
      await page.screenshot({ path: shot(`home-${screen.width}.png`), fullPage: true });
      await context.close();
    }, 120_000);
  }

  for (const screen of SCREENS) {
    it(`a chapter at ${screen.width} px: the header is one tidy block whose search a reader reaches by ${screen.touch ? 'tap' : 'click'} and by keyboard, and a source leads to its bibliography entry`, async () => {
      const context = await built.browser.newContext(contextFor(screen));
      const page = await context.newPage();
      await page.goto(built.url('/essay/the-dollar-era/'), { waitUntil: 'load' });
      const header = page.locator('header.site-header');
      const box = (await header.boundingBox())!;
      // No sideways scrolling, nothing of the header outside the screen, and no part of it on top of another.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
      const parts = await header.evaluate((h) =>
        [h.querySelector('.site-name'), ...h.querySelectorAll('nav li'), h.querySelector('[role="search"]')]
          .map((el) => el!.getBoundingClientRect())
          .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
      );
      for (const r of parts) {
        expect(r.left).toBeGreaterThanOrEqual(0);
        expect(r.right).toBeLessThanOrEqual(screen.width);
      }
      for (const [i, a] of parts.entries())
        for (const b of parts.slice(i + 1))
          expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
      // Desktop: one row. Phone: the site's name and search on one row, the sections below, within three rows.
      expect(box.height).toBeLessThanOrEqual(screen.touch ? 130 : 70);
      const search = screen.touch
        ? header.getByRole('link', { name: 'Search' })
        : header.getByRole('searchbox', { name: 'Search the site' });
      expect(await search.isVisible()).toBe(true);
      const name = (await header.locator('.site-name').boundingBox())!;
      const control = (await search.boundingBox())!;
      expect(Math.abs(name.y + name.height / 2 - (control.y + control.height / 2))).toBeLessThan(12);
      expect(control.height).toBeGreaterThanOrEqual(24);
      await page.screenshot({
        path: shot(`header-${screen.width}.png`),
        clip: { x: 0, y: 0, width: screen.width, height: 200 },
      });
      // Keyboard: Tab from the top of the page reaches the search control.
      let reached = false;
      for (let i = 0; i < 14 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await search.evaluate((el) => el === document.activeElement);
      }
      expect(reached).toBe(true);
      if (screen.touch) {
        await follow(page, screen, search);
        expect(new URL(page.url()).pathname).toBe('/search/');
        expect(await page.locator('main input[type="search"]').isVisible()).toBe(true);
        await page.goBack({ waitUntil: 'load' });
        await page.waitForURL(/\/essay\/the-dollar-era\/$/, WAIT);
      } else {
        await press(page, screen, search);
        await page.keyboard.type('Nixon');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/search\/\?q=Nixon$/, WAIT);
        await page.goBack({ waitUntil: 'load' });
        await page.waitForURL(/\/essay\/the-dollar-era\/$/, WAIT);
      }
      // A figure's source list leads to the source's entry in the bibliography, in view, with what cites it.
      const entry = page.locator('.sources a', { hasText: 'bibliography entry' }).first();
      const id = /#(.+)$/.exec((await entry.getAttribute('href')) ?? '')?.[1];
      expect(id).toBeTruthy();
      // (The chapter writes its current step into the address as the reader scrolls: wait for the bibliography.)
      await Promise.all([page.waitForURL(/\/sources\/#/, WAIT), press(page, screen, entry)]);
      expect(new URL(page.url()).pathname).toBe('/sources/');
      const landed = page.locator(`li[id="${id}"]`);
      await expect
        .poll(async () => {
          const r = await landed.boundingBox();
          return r !== null && r.y >= -1 && r.y < screen.height / 2;
        }, WAIT)
        .toBe(true);
      expect(await landed.locator('.cited').count()).toBe(1);
      await context.close();
    }, 120_000);
  }

  it("home's aligned figure of the three eras reads with JavaScript off, at 390 and 1280 px", async () => {
    for (const screen of SCREENS) {
      const context = await built.browser.newContext(contextFor(screen, { javaScriptEnabled: false }));
      const page = await context.newPage();
      await page.goto(built.url('/'), { waitUntil: 'load' });
      const figure = page.locator('section.home-figure figure');
      await figure.scrollIntoViewIfNeeded();
      // The comparative chart's home view: the share-of-GDP panel, drawn across the column.
      const svg = figure.locator('svg[role="img"]').locator('visible=true').first();
      const box = await svg.boundingBox();
      // Across the reading column, up to the wide drawing's own 880 px.
      expect(box?.width).toBeGreaterThan(Math.min(screen.width * 0.8 - 60, 860));
      expect(box?.height).toBeGreaterThan(120);
      expect(await svg.getAttribute('aria-label')).toMatch(/world GDP/);
      // The three eras' lines are drawn, each era named where a reader can see it, and the dollar today marked.
      expect(await svg.locator('path[stroke]:not([stroke="none"])').count()).toBeGreaterThanOrEqual(3);
      for (const era of ['Guilder', 'Sterling', 'Dollar'])
        expect(await figure.getByText(era, { exact: true }).locator('visible=true').count(), era).toBeGreaterThan(0);
      expect(await figure.locator('.compare-today').locator('visible=true').count()).toBeGreaterThan(0);
      expect(await figure.locator('figcaption, .chart-caption').first().textContent()).toMatch(/years since/);
      await page.screenshot({ path: shot(`home-nojs-${screen.width}.png`) });
      await context.close();
    }
  });

  it('/sources/ lists the whole bibliography; a former id leads to its merged entry, and its backlinks to what cites it', async () => {
    const screen = SCREENS[0];
    const context = await built.browser.newContext(contextFor(screen));
    const page = await context.newPage();
    await page.goto(built.url('/sources/#fomc-2024-05-01'), { waitUntil: 'load' });
    expect(await page.locator('main ol > li[id]').count()).toBe(loadSources().size);
    // The old id scrolled the merged entry into view.
    const entry = page.locator('li#fed-pr-20240501');
    const box = await entry.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(screen.height / 2);
    expect(await entry.textContent()).toMatch(/Formerly cited as fomc-2024-05-01/);
    // Its backlink to an event that cites it opens that event, which lists the source.
    const backlink = entry.locator('dd a[href^="/timeline/"]').first();
    const eventTitle = (await backlink.textContent()) ?? '';
    await follow(page, screen, backlink);
    expect(await page.locator('h1').textContent()).toContain(eventTitle);
    expect(await page.locator('main').textContent()).toMatch(/FOMC statement, 1 May 2024/);
    await context.close();
  });

  it("a merged event's old address says so and leads to the surviving event, which lists its correction", async () => {
    const screen = SCREENS[0];
    const context = await built.browser.newContext(contextFor(screen));
    const page = await context.newPage();
    await page.goto(built.url('/timeline/european-currencies-convertible/'), { waitUntil: 'load' });
    const note = page.locator('main [role="note"]');
    expect(await note.textContent()).toMatch(/merged: it is now/);
    await follow(page, screen, note.locator('a'));
    expect(new URL(page.url()).pathname).toBe('/timeline/external-convertibility-1958/');
    const correction = page.locator('main a[href^="/corrections/#"]').first();
    expect(await correction.textContent()).toMatch(/convertibility at the end of 1958/);
    await context.close();
  });
});

/** Every link the search page lists (results and their parts), once the results have come in, as site paths. */
async function resultLinks(page: Page): Promise<string[]> {
  await page.locator('[data-search-results] a').first().waitFor();
  for (let i = 0; i < 6 && (await page.locator('[data-search-more]').isVisible()); i++) {
    const before = await page.locator('[data-search-results] > li').count();
    await page.locator('[data-search-more]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
  }
  return page.locator('[data-search-results] a').evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
}
