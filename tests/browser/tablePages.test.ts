import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { SHOTS } from '../support/shots';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();

/** A chapter with a long table (the gold price, monthly from 1968) and a figure whose table is long too. */
const CHAPTER = '/essay/the-dollar-era/';
const SCROLLY = '#gold-window';
const FIGURE = '#fed-funds-volcker';

describe('a long data table, on a page of its own', () => {
  it('with JavaScript off on a phone, a reader taps the table open, follows its link, reads every row, and goes back', async () => {
    const context = await built.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
    // The chapter itself carries no row of the table.
    expect(await page.locator(`${SCROLLY} table`).count()).toBe(0);
    const summary = page.locator(`${SCROLLY} details.data-table summary`);
    const rows = Number((await summary.textContent())!.match(/\((\d+) rows\)/)![1]);
    expect(rows).toBeGreaterThan(500);
    await summary.scrollIntoViewIfNeeded();
    const box = (await summary.boundingBox())!;
    await page.touchscreen.tap(box.x + 10, box.y + box.height / 2);
    const link = page.getByRole('link', { name: /rows of “Price of gold.*” on a page of their own/ });
    expect(await link.isVisible()).toBe(true);
    const at = (await link.boundingBox())!;
    await page.touchscreen.tap(at.x + 10, at.y + at.height / 2);
    await page.waitForURL(/gold-window-table\/$/);
    expect(await page.locator('h1').textContent()).toMatch(/^Data table: Price of gold/);
    expect(await page.locator('main table tbody tr').count()).toBe(rows);
    expect(await page.locator('main .sources li').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/table-page-390-test.png` });
    const back = page.getByRole('link', { name: /^Back to the figure/ });
    const b = (await back.boundingBox())!;
    await page.touchscreen.tap(b.x + 10, b.y + b.height / 2);
    await page.waitForURL(/the-dollar-era\/#gold-window$/);
    await context.close();
  });

  it('at 1280 px, the chart answers a reader’s pointer and the open table shows its rows in the chapter', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => r.url().includes('-table/') && fetched.push(r.url()));
    await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
    // Nothing is fetched for a table until a reader goes near its figure.
    expect(fetched).toEqual([]);
    const frame = page.locator(`${FIGURE} .chart-frame`);
    await frame.scrollIntoViewIfNeeded();
    const f = (await frame.boundingBox())!;
    await page.mouse.move(f.x + f.width / 2, f.y + f.height / 2);
    const tooltip = page.locator(`${FIGURE} .chart-tooltip`);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(/Federal funds rate: \d/);

    const summary = page.locator(`${SCROLLY} details.data-table summary`);
    const rows = Number((await summary.textContent())!.match(/\((\d+) rows\)/)![1]);
    await summary.scrollIntoViewIfNeeded();
    const s = (await summary.boundingBox())!;
    await page.mouse.click(s.x + 10, s.y + s.height / 2);
    const body = page.locator(`${SCROLLY} table tbody tr`);
    await expect.poll(() => body.count()).toBe(rows);
    expect(await page.locator(`${SCROLLY} table`).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(`${SCROLLY} .scrolly-foot`).screenshot({ path: `${SHOTS}/table-inline-1280-test.png` });
    // The table's own page passes axe too.
    await page.goto(built.url(`${CHAPTER}gold-window-table/`), { waitUntil: 'load' });
    expect(await page.locator('main table tbody tr').count()).toBe(rows);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
