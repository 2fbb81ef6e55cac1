import { describe, expect, it } from 'vitest';
import { loadCorrections } from '../../src/lib/data';
import { axeViolations } from '../support/browser';
import { SHOTS } from '../support/shots';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();
const entries = loadCorrections();

describe('/corrections/', () => {
  it('at 1280 px a reader opens a shared link to one entry, reads it, and follows it to the corrected event', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(e.effectiveDirective));
    });
    await page.goto(site.url('/corrections/#world-wars-start-dates'), { waitUntil: 'networkidle' });

    // Every entry is on the page, each under its own heading.
    const headings = await page.locator('article.entry h2').allInnerTexts();
    expect(headings).toHaveLength(entries.length);
    expect(headings).toContain('The world wars now start on the day they began, not the day Britain entered');

    // The shared link lands on its entry, which shows its date, why, and before and after.
    const entry = page.locator('#world-wars-start-dates');
    const box = (await entry.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(200);
    const text = await entry.innerText();
    expect(text).toContain('5 Dec 2026');
    expect(text).toMatch(/Before\s+1914-08-04/);
    expect(text).toMatch(/After\s+1914-07-28/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/corrections-1280.png` });
    // The same page at phone width (axe needs scripts, so the no-JavaScript test below cannot run it).
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await entry.scrollIntoViewIfNeeded();

    // Following the entry's event link opens the event with its corrected date.
    await entry.getByRole('link', { name: /^First World War/ }).click();
    await page.waitForURL(/\/timeline\/world-war-i\/$/);
    await expect.poll(() => page.locator('h1').innerText()).toContain('First World War');
    expect(await page.locator('main').innerText()).toMatch(/28 Jul(y)? 1914/);
    await context.close();
  });

  it('at 1280 px the address of a merged event still opens the event it was merged into', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(site.url('/timeline/tripartite-agreement-1936/'), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toContain('Tripartite Agreement on exchange rates');
    await page.screenshot({ path: `${SHOTS}/merged-event-1280.png` });
    await context.close();
  });

  it('at 390 px with JavaScript off a reader reads every entry without sideways scrolling and taps through to a claim', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(site.url('/corrections/'), { waitUntil: 'networkidle' });
    const view = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      entries: document.querySelectorAll('article.entry').length,
      smallest: Math.min(
        ...[...document.querySelectorAll('article.entry p, article.entry li, article.entry dt')].map((el) =>
          parseFloat(getComputedStyle(el).fontSize),
        ),
      ),
    }));
    expect(view.overflow).toBeLessThanOrEqual(0);
    expect(view.entries).toBe(entries.length);
    expect(view.smallest).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: `${SHOTS}/corrections-390.png` });
    await page.screenshot({ path: `${SHOTS}/corrections-390-full.png`, fullPage: true });

    // The verdict entry links to its claim; a tap opens the claim's page with the new verdict and this correction.
    const link = page.locator('#verdict-triffin').getByRole('link', { name: /gold reserves stay the same/ });
    await link.scrollIntoViewIfNeeded();
    const target = (await link.boundingBox())!;
    expect(target.height).toBeGreaterThanOrEqual(16);
    await page.touchscreen.tap(target.x + Math.min(20, target.width / 2), target.y + target.height / 2);
    await page.waitForURL(/\/claims\/triffin\/$/);
    expect(await page.locator('#triffin .verdict-badge').textContent()).toContain('partly supported');
    expect(await page.locator('#triffin a[href^="/corrections/#"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
