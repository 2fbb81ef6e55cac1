import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from '../support/browser';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();

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
    expect(home).toContain('<link rel="manifest" href="/manifest.webmanifest">');
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
    expect(nixon).toContainEqual(expect.stringMatching(/^\/claims\/#nixon-1971/));
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
    expect(triffin).toContainEqual(expect.stringMatching(/^\/claims\/#triffin-title$/));
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
