import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, PHONE, DESKTOP, squashedInputs } from '../support/browser';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();
const url = built.url;

const mounted = (page: Page) =>
  expect.poll(() => page.locator('triffin-explorer').getAttribute('data-mounted'), { timeout: 10_000 }).toBe('true');
const reading = (page: Page) => page.locator('[data-triffin-reading]').textContent();
/** Where the reader sees the run marked: the left edge of the "Cover < θ" label in the model chart. */
const runMarkX = async (page: Page) => {
  const label = page.locator('[data-triffin-frame] svg text', { hasText: /^Cover < / }).filter({ visible: true });
  return (await label.first().boundingBox())?.x ?? null;
};
const query = (page: Page) => new URL(page.url()).search;

/** Drags a slider's thumb with the mouse from where it is to `fraction` of the track. */
async function dragSlider(page: Page, id: string, fraction: number) {
  const input = page.locator(`#${id}`);
  await input.scrollIntoViewIfNeeded();
  const box = (await input.boundingBox())!;
  const [min, max, value] = await input.evaluate((el: HTMLInputElement) => [
    Number(el.min),
    Number(el.max),
    Number(el.value),
  ]);
  const y = box.y + box.height / 2;
  const from = box.x + 8 + ((value - min) / (max - min)) * (box.width - 16);
  await page.mouse.move(from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 8 + fraction * (box.width - 16), y, { steps: 10 });
  await page.mouse.up();
}

describe('the Triffin explainer', () => {
  for (const [name, options] of [
    ['1280 px', DESKTOP],
    ['390 px, touch', PHONE],
  ] as const) {
    it(`at ${name}: dragging and keys update chart, sentence and URL; the URL opens the same view; Back returns to the previous preset`, async () => {
      const page = await openPage(built.browser, url('/triffin/'), options);
      await mounted(page);
      const sentence0 = await reading(page);
      const mark0 = await runMarkX(page);
      expect(sentence0).toMatch(/by the end of 19\d\d, \d+ years in\./);
      expect(mark0).not.toBeNull();

      // Slower growth of demand: the run comes later, further right.
      await dragSlider(page, 'triffin-demand', 0.25);
      const demand = await page.locator('#triffin-demand').inputValue();
      expect(Number(demand)).toBeLessThan(6);
      // The address follows once the drag has settled.
      await expect.poll(() => query(page)).toBe(`?demand=${demand}`);
      await expect.poll(() => reading(page)).not.toBe(sentence0);
      await expect.poll(() => runMarkX(page)).toBeGreaterThan(mark0!);
      expect(await page.locator('#triffin-demand').getAttribute('aria-valuetext')).toBe(`${demand} % a year`);

      // Keys: ten steps down on the share met leaves demand unmet, and the sentence says so.
      await page.locator('#triffin-share').focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
      await expect.poll(() => query(page)).toBe(`?demand=${demand}&share=90`);
      await expect.poll(() => reading(page)).toMatch(/short of \$[\d.,]+ billion .*\(\d+ % of demand\)/);
      expect(await page.locator('#triffin-share').getAttribute('aria-valuetext')).toBe('90 %');
      const shared = page.url();
      const sharedSentence = await reading(page);
      const sharedMark = await runMarkX(page);

      // Opening the link in a fresh browser context restores the same view.
      const other = await openPage(built.browser, shared, options);
      await mounted(other);
      expect(await reading(other)).toBe(sharedSentence);
      expect(await other.locator('#triffin-share').inputValue()).toBe('90');
      expect(await other.locator('#triffin-demand').inputValue()).toBe(demand);
      await expect.poll(() => runMarkX(other)).toBeCloseTo(sharedMark!, 0);
      await other.context().close();

      // Presets push history entries: Back returns to the previous one.
      const britain = page.locator('button[data-preset="uk-1948"]');
      if (options.hasTouch) await britain.tap();
      else await britain.click();
      await expect.poll(() => query(page)).toBe('?preset=uk-1948');
      const britainSentence = await reading(page);
      expect(britainSentence).toMatch(/sterling owed abroad already exceed/);
      await page.locator('button[data-preset="no-deficits"]').click();
      await expect.poll(() => query(page)).toBe('?preset=no-deficits');
      await expect.poll(() => reading(page)).toMatch(/short of/);
      expect(await page.title()).toMatch(/^No deficits · /);
      await page.goBack();
      await expect.poll(() => query(page)).toBe('?preset=uk-1948');
      await expect.poll(() => reading(page)).toBe(britainSentence);
      expect(await britain.getAttribute('aria-pressed')).toBe('true');
      expect(await page.title()).toMatch(/^Britain, 1948 · /);
      await page.context().close();
    });
  }

  it('the history switch lays the Treasury figures and the events over the model, and is kept in the URL', async () => {
    const page = await openPage(built.browser, url('/triffin/'));
    await mounted(page);
    const dots = () => page.locator('[data-triffin-frame] svg circle, [data-triffin-frame] svg path[d*="A"]').count();
    await page.getByRole('switch', { name: /Model against history/ }).check();
    await expect.poll(() => query(page)).toBe('?history=1');
    // The switch keeps its shape beside its label, which wraps in the controls' column.
    expect(await squashedInputs(page.locator('[data-triffin-controls]'))).toEqual({ shown: 1, squashed: [] });
    await expect.poll(() => page.locator('[data-triffin-frame] svg text', { hasText: 'Gold Pool' }).count()).toBe(1);
    expect(await page.locator('[data-triffin-frame] svg text', { hasText: 'Gold window shut' }).count()).toBe(1);
    expect(await dots()).toBeGreaterThan(20);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('reads without JavaScript: the default chart, the history chart and all the text', async () => {
    for (const options of [DESKTOP, PHONE]) {
      const page = await openPage(built.browser, url('/triffin/'), { ...options, javaScriptEnabled: false });
      const charts = page.locator('svg[aria-label]').filter({ visible: true });
      expect(await charts.count()).toBe(2);
      for (const chart of await charts.all()) {
        const box = (await chart.boundingBox())!;
        expect(box.width).toBeGreaterThan(300);
        expect(box.width).toBeLessThanOrEqual(options.viewport!.width);
        expect(await chart.locator('path').count()).toBeGreaterThan(3);
      }
      expect(await reading(page)).toMatch(
        /^At these rates foreign dollar claims exceed the gold behind them by the end of 19\d\d/,
      );
      for (const heading of [
        'How the model works',
        'Where the presets come from',
        'The model against history',
        'The sterling analogue',
        'After 1971',
        'The article’s claims',
      ])
        await expect.poll(() => page.getByRole('heading', { name: heading }).isVisible()).toBe(true);
      expect(await page.locator('[data-triffin-controls]').isVisible()).toBe(false);
      // No word asks for the sliders the page cannot show; the equations read with their spaces.
      expect(await page.locator('.lede').innerText()).toMatch(/the presets start from the project’s own data\.$/i);
      expect(await page.locator('.lede').innerText()).not.toMatch(/slider/);
      expect(await page.locator('.equations').innerText()).toMatch(/grows at g a year: D\(t\) = L/);
      expect(await page.locator('.equations').innerText()).toMatch(/running deficits: L\(t\)/);
      expect(await page.locator('a[href$="/claims/triffin/"]').count()).toBe(1);
      await page.context().close();
    }
  });

  it('hostile query strings give no page error, no dialog and no injected element', async () => {
    const hostile = [
      '?demand=<img src=x onerror=alert(1)>',
      '?preset=%3Cscript%3Ealert(1)%3C/script%3E&cover=1e999',
      '?demand=NaN&backing=-Infinity&share=__proto__&threshold=%E0%A4%A',
      '?__proto__[x]=1&constructor=1&history=<svg/onload=alert(1)>',
      `?demand=${'9'.repeat(5000)}&v=999`,
      '?demand=99&backing=-99&cover=0&threshold=5',
    ];
    const context = await built.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    for (const q of hostile) {
      await page.goto(url(`/triffin/${q}`), { waitUntil: 'networkidle' });
      await mounted(page);
      expect(await page.locator('triffin-explorer img, triffin-explorer script, svg[onload]').count()).toBe(0);
      expect(await reading(page)).toMatch(/\.$/);
      expect(await page.locator('[data-triffin-frame] svg').filter({ visible: true }).count()).toBe(1);
    }
    // The last link is out of range on every slider: brought inside, and the page says so.
    expect(await page.locator('#triffin-demand').inputValue()).toBe('15');
    await expect.poll(() => page.locator('[data-triffin-note]').textContent()).toMatch(/outside the model’s ranges/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
