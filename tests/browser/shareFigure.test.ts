import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyLink, download, open, POLL, press, screenshot, SCREENS, SHOT_DIR } from '../support/share';
import { useBuiltSite } from '../support/site';

// Sharing, embedding and downloading an essay figure or a scrolly step's view.
const built = useBuiltSite();

describe("a step's download", () => {
  it('holds the years the step draws, not the whole series of its scrolly', async () => {
    const page = await open(built.browser, built.url('/essay/the-dollar-era/#gold-window-closes'), 'desktop');
    const share = page.locator('#gold-window-closes [data-share]');
    await press(page, share.getByRole('button', { name: 'Share, embed, download' }));
    const csv = (await download(page, share, 'CSV')).bytes.toString('utf8');
    const rows = csv
      .split('\r\n')
      .filter((l) => l && !l.startsWith('#'))
      .slice(1);
    // The step draws 1960–1976 (its figure's x domain); the gold series behind it runs 1792–2026 in ~900 rows.
    // Dated rows are the market's years and months in view; the official price in force then keeps its law's date.
    const years = rows
      .map((l) => /^(?:[A-Z][a-z]{2} )?(\d{4}),/.exec(l)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(years.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(300);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1959);
    expect(Math.max(...years)).toBeLessThanOrEqual(1976);
    expect(csv).toMatch(/^# Source: .+/m);
    await page.context().close();
  });
});

describe('sharing and embedding an essay figure', () => {
  const chapter = '/essay/trust-and-sanctions/';
  const figure = 'gold-since-2014';

  it('copies a link to the figure, which opens at the figure in a fresh browser', async () => {
    const page = await open(built.browser, built.url(chapter), 'phone');
    const share = page.locator(`#${figure} [data-share]`);
    const { link } = await copyLink(page, share);
    expect(new URL(link).hash).toBe(`#${figure}`);
    await screenshot(page, 'share-figure-menu-390.png');
    await press(page, share.getByRole('button', { name: 'Embed', exact: true }));
    await expect.poll(() => share.locator('textarea').inputValue(), POLL).not.toBe('');
    const code = await share.locator('textarea').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+\?embed=1#gold-since-2014" title="[^"]+"/);
    expect(code).toContain('/embed.js');
    await screenshot(page, 'share-figure-embed-code-390.png');
    const csv = (await download(page, share, 'CSV')).bytes.toString('utf8');
    expect(csv).toMatch(/^series,date,value,estimate,transcribed$/m);
    expect(csv).toMatch(/^[^#\n].*,\d{4}.*,-?\d/m);
    expect(csv).toMatch(/^# Source: .+/m);
    await page.context().close();

    const other = await open(built.browser, link, 'desktop');
    // The figure is on screen: its top inside the window.
    await expect
      .poll(async () => (await other.locator(`#${figure}`).boundingBox())?.y, POLL)
      .toBeGreaterThanOrEqual(-1);
    expect((await other.locator(`#${figure}`).boundingBox())!.y).toBeLessThan(300);
    await other.context().close();
  });

  it('?embed=1 shows the figure alone with its source, licence and a link back; a host page fits the iframe to it', async () => {
    for (const screen of ['phone', 'desktop'] as const) {
      const page = await open(built.browser, built.url(`${chapter}?embed=1#${figure}`), screen);
      await expect.poll(() => page.locator('html.is-embed').count(), POLL).toBe(1);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('h1').isVisible()).toBe(false);
      const drawn = await page.locator(`#${figure} .chart-drawing svg`).filter({ visible: true }).first().boundingBox();
      expect(drawn && drawn.y < 200 && drawn.width > 300).toBe(true);
      const foot = page.locator('.embed-footer');
      expect(await page.locator(`#${figure} .sources li`).count()).toBeGreaterThan(0);
      expect(await foot.textContent()).toMatch(/CC BY 4\.0/);
      expect(await foot.getByRole('link').getAttribute('href')).toBe(built.url(`${chapter}#${figure}`));
      await screenshot(page, `share-embed-${screen === 'phone' ? 390 : 1280}.png`);
      await page.context().close();
    }

    const host = await built.browser.newPage({ viewport: { width: 800, height: 900 } });
    const src = built.url(`${chapter}?embed=1#${figure}`);
    await host.setContent(
      `<!doctype html><p>A teacher's page</p><iframe src="${src}" title="Gold" width="100%" height="200" style="border:0"></iframe>` +
        `<script src="${built.url('/embed.js')}"></script>`,
      { waitUntil: 'networkidle' },
    );
    const frame = host.frameLocator('iframe');
    await expect.poll(() => frame.locator('html.is-embed').count(), POLL).toBe(1);
    const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    await expect
      .poll(() => host.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), POLL)
      .toBeCloseTo(inner, -1);
    expect(inner).toBeGreaterThan(300);
    // Shown once it has fitted itself, not before.
    expect(await host.locator('iframe').evaluate((f) => getComputedStyle(f).visibility)).toBe('visible');
    await host.screenshot({ path: path.join(SHOT_DIR, 'share-embed-host-800.png'), fullPage: true });
    await host.close();
  });

  it('an embedded page never paints the page it is cut from, even when its scripts come late', async () => {
    const context = await built.browser.newContext(SCREENS.phone);
    const page = await context.newPage();
    // Hold the page's modules, as a slow network would; the first paint then happens without them.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/*.js', async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts hold DOMContentLoaded back: wait for the parsed page instead.
    await page.goto(built.url(`${chapter}?embed=1#${figure}`), { waitUntil: 'commit' });
    await page.locator('.site-footer').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const shown = () => page.evaluate(() => getComputedStyle(document.body).visibility);
    expect(await shown()).toBe('hidden');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    release();
    await expect.poll(() => page.locator('html.is-embed').count(), POLL).toBe(1);
    expect(await shown()).toBe('visible');
    expect(await page.locator(`#${figure} .chart-drawing svg`).filter({ visible: true }).count()).toBeGreaterThan(0);
    // Without `?embed=1` the same page shows at once, scripts or not.
    const plain = await context.newPage();
    await plain.route('**/_astro/*.js', (route) => route.abort());
    await plain.goto(built.url(chapter), { waitUntil: 'load' });
    expect(await plain.evaluate(() => getComputedStyle(document.body).visibility)).toBe('visible');
    await context.close();
  });
});
