import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
