import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, PHONE, DESKTOP } from '../support/browser';
import { choose, datings, mounted, panels, query, SOON } from '../support/compare';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();
const url = built.url;

describe('the comparative chart read another way: without scripts, as a table and CSV, from chapter 6', () => {
  it('reads without JavaScript: the default chart, the claims placed on it as links, and the data table on a page of its own', async () => {
    for (const options of [DESKTOP, PHONE]) {
      const page = await openPage(built.browser, url('/compare/'), { ...options, javaScriptEnabled: false });
      const layout = page.locator('[data-compare-frame] .compare-layout').filter({ visible: true });
      expect(await layout.count()).toBe(1);
      const charts = layout.locator('svg[aria-label]');
      expect(await charts.count()).toBe(3);
      for (const chart of await charts.all()) {
        const b = (await chart.boundingBox())!;
        expect(b.width).toBeLessThanOrEqual(options.viewport!.width);
        expect(await chart.locator('path').count()).toBeGreaterThan(2);
      }
      // Every pattern claim placed in the eras it reaches, each a link to its page.
      const links = layout.locator('.compare-lane a.compare-claim');
      expect(await links.count()).toBe(11);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
        expect(href).toMatch(
          /\/claims\/(rise-after-victory|wealth-seeds-decline|war-debt-devaluation|every-currency-ends)\/$/,
        );
      expect(await layout.locator('.compare-today').isVisible()).toBe(true);
      expect(await page.locator('[data-compare-controls]').isVisible()).toBe(false);
      await expect
        .poll(() => page.getByRole('heading', { name: 'How long does the dollar have?' }).isVisible())
        .toBe(true);
      expect(await page.getByText(/not a forecast/).count()).toBeGreaterThan(0);
      // The page carries no row of the table: opening it leads to its page, which holds every value drawn.
      expect(await page.locator('[data-compare-table] table').count()).toBe(0);
      const summary = page.locator('[data-compare-table] summary');
      const said = Number((await summary.textContent())!.match(/the (\d+) values/)![1]);
      await summary.click();
      await Promise.all([
        page.waitForURL(/\/compare\/compare-table\/$/),
        page.getByRole('link', { name: /values of this view on a page of their own/ }).click(),
      ]);
      expect(await page.locator('h1').textContent()).toBe('Data table: Three eras side by side');
      const rows = await page.locator('main table tbody tr').count();
      expect(rows).toBeGreaterThan(500);
      expect(rows).toBe(said);
      expect(await page.locator('main .sources li').count()).toBeGreaterThan(5);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: shot(`compare-table-page-${options.viewport!.width}.png`) });
      await page.getByRole('link', { name: /^Back to the figure/ }).click();
      await page.waitForURL(/\/compare\/#compare-data$/);
      await page.context().close();
    }
  });

  it('at 390 px, touch: the data table opens in place for the view shown, and the view’s CSV holds the same rows', async () => {
    const page = await openPage(built.browser, url('/compare/'), { ...PHONE, acceptDownloads: true });
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await mounted(page);
    await choose(page, /Life cycle/, true);
    await expect.poll(() => query(page)).toBe('?align=lifecycle');
    const summary = page.locator('[data-compare-table] summary');
    await summary.scrollIntoViewIfNeeded();
    const s = (await summary.boundingBox())!;
    await page.touchscreen.tap(s.x + 20, s.y + s.height / 2);
    const rows = page.locator('[data-compare-table] tbody tr');
    await expect.poll(() => rows.count(), SOON).toBeGreaterThan(100);
    expect(await summary.textContent()).toContain(String(await rows.count()));
    // The life cycle's axis: every era from its start (0) to its end (1), the dollar on past it.
    const onAxis = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[3]?.textContent)))).filter(
      Number.isFinite,
    );
    expect(onAxis.length).toBe(await rows.count());
    expect(Math.max(...onAxis)).toBeLessThan(4);
    expect(Math.min(...onAxis)).toBeLessThan(0);
    // Drawn here from the data the explorer has, not fetched from the default view's page.
    expect(fetched.filter((p) => p.includes('compare-table'))).toEqual([]);
    expect(await page.locator('[data-compare-table] table').isVisible()).toBe(true);
    await page.screenshot({ path: shot('compare-table-inline-390.png') });

    // The CSV of the view: one line per row of the table, under its # lines.
    const share = page.locator('[data-share][data-share-subject="[data-compare]"]');
    const tap = async (name: string) => {
      const b = share.getByRole('button', { name, exact: true });
      await b.scrollIntoViewIfNeeded();
      const box = (await b.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    };
    await tap('Share, embed, download');
    const [file] = await Promise.all([page.waitForEvent('download'), tap('CSV')]);
    const lines = readFileSync(await file.path(), 'utf8')
      .split('\r\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('Indicator,Series,Date,On the axis,Value');
    expect(lines.length - 1).toBe(await rows.count());
    expect(lines.slice(1).every((l) => Math.abs(Number(l.split(',').at(-2))) < 4)).toBe(true);
    await page.context().close();
  });

  it('chapter 6: each step links to exactly its view in the explorer', async () => {
    const page = await openPage(built.browser, url('/essay/the-pattern-side-by-side/'), DESKTOP);
    // The link a reader sees in the last step's card (the scrolly has taken the figure into its stage).
    const link = page.locator('[data-step] .step-link a', { hasText: 'Open this view in the explorer' }).last();
    expect(await link.isVisible()).toBe(true);
    const href = await link.getAttribute('href');
    expect(href).toBe('/compare/?dating=sterling-2%2Cdollar-2&show=gdp');
    await page.goto(new URL(href!, page.url()).href, { waitUntil: 'networkidle' });
    await mounted(page);
    await expect.poll(() => panels(page), SOON).toEqual(['Share of world GDP']);
    expect(await datings(page)).toMatch(/Sterling: J\.P\. Morgan .*1815–1920; Dollar: The article, 1865–today/);
    expect(await page.getByLabel(/The article \(1865–today\)/).isChecked()).toBe(true);
    await page.context().close();
  });
});
