import { describe, expect, it } from 'vitest';
import { axeViolations, builtPages, openPage } from '../support/browser';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();
const url = built.url;

describe('the built site', () => {
  const pages = builtPages();
  // Event pages share one template: axe checks every other page at every size and
  // scheme, and a fixed sample of event pages (every eighth, plus the first and last).
  const events = pages.filter((p) => /^\/timeline\/[^/]+\/$/.test(p));
  const sample = events.filter((_, i) => i % 8 === 0 || i === events.length - 1);
  const axePages = [...pages.filter((p) => !events.includes(p)), ...sample];

  it('builds the home page, the essay and the data page', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/essay/', '/essay/money-as-a-social-contract/', '/data/']));
  });

  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`every page has 0 axe violations at ${width} px in the ${scheme} scheme`, async () => {
        const failures: string[] = [];
        const context = await built.browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          bypassCSP: true,
        });
        const page = await context.newPage();
        for (const p of scheme === 'light'
          ? axePages
          : axePages.filter((p) => !events.includes(p) || p === sample[0])) {
          await page.goto(url(p), { waitUntil: 'load' });
          failures.push(...(await axeViolations(page)).map((v) => `${p} ${v}`));
        }
        await context.close();
        expect(failures).toEqual([]);
      }, 600_000);
    }
  }

  it('the first chapter shows its chart and the chart title with JavaScript off', async () => {
    const page = await openPage(built.browser, url('/essay/money-as-a-social-contract/'), { javaScriptEnabled: false });
    const svg = page.locator('#dollar-share .chart-wide > svg');
    await expect.poll(() => svg.isVisible()).toBe(true);
    expect(await svg.locator('path.line').count()).toBeGreaterThan(0);
    expect(await page.locator('#dollar-share .chart-title').textContent()).toContain(
      'US dollar share of world foreign-exchange reserves',
    );
    expect(await page.locator('#dollar-share .sources li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the chart shows the narrow drawing at 390 px with JavaScript off', async () => {
    const page = await openPage(built.browser, url('/essay/money-as-a-social-contract/'), {
      javaScriptEnabled: false,
      viewport: { width: 390, height: 800 },
    });
    expect(await page.locator('#dollar-share .chart-narrow > svg').isVisible()).toBe(true);
    expect(await page.locator('#dollar-share .chart-wide > svg').isVisible()).toBe(false);
    await page.context().close();
  });

  it('the chart island shows a tooltip on hover and reads values with the arrow keys', async () => {
    const page = await openPage(built.browser, url('/essay/money-as-a-social-contract/'));
    const figure = page.locator('#dollar-share');
    await expect.poll(() => figure.getAttribute('data-mounted')).toBe('true');
    const frame = figure.locator('.chart-frame');
    await frame.scrollIntoViewIfNeeded();
    const box = (await frame.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    const tooltip = figure.locator('.chart-tooltip');
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(/US dollar.*\d+(\.\d)? %/);

    await frame.focus();
    await page.keyboard.press('End');
    const last = await figure.locator('[data-chart-live]').textContent();
    await page.keyboard.press('ArrowLeft');
    const previous = await figure.locator('[data-chart-live]').textContent();
    expect(last).toMatch(/^\d{4} Q\d\./);
    expect(previous).not.toBe(last);
    await page.context().close();
  });

  it('the chart island re-renders without a line when its toggle is unchecked', async () => {
    const page = await openPage(built.browser, url('/essay/money-as-a-social-contract/'));
    const figure = page.locator('#dollar-share');
    await expect.poll(() => figure.getAttribute('data-mounted')).toBe('true');
    const before = await figure.locator('.chart-wide g.series').count();
    await figure.locator('input[data-series-toggle]').last().uncheck();
    expect(await figure.locator('.chart-wide g.series').count()).toBe(before - 1);
    await page.context().close();
  });

  it('no page requests anything from another origin', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(built.origin.replace(/\/$/, '')) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    for (const p of pages) await page.goto(url(p), { waitUntil: 'load' });
    await context.close();
    expect(foreign).toEqual([]);
  }, 600_000);
});
