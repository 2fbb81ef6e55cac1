import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, PHONE } from '../support/browser';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';

/**
 * Chapter 5's walk through the Triffin model as a reader meets it: scrolling
 * moves the pinned figure from state to state of the explainer's figure (the
 * model, a higher threshold, the record laid over it, the threshold the record
 * reached, no deficits), and each step's link opens /triffin/ in that state.
 */

const built = useBuiltSite();
const CHAPTER = '/essay/the-triffin-dilemma/';
const SIZES = {
  390: PHONE,
  1280: { viewport: { width: 1280, height: 900 } },
} satisfies Record<number, BrowserContextOptions>;

/** What the stage of the model's scrolly shows a reader now. */
interface Shown {
  /** The crossover label ("Cover < 1"), if any, and its left edge on screen. */
  label: string | null;
  labelX: number | null;
  /** Dots of the record (circles and Plot's square symbols) in the drawing. */
  dots: number;
  /** Event labels drawn. */
  events: string[];
  /** The caption under the drawing. */
  caption: string;
}

/** Reads the stage's visible drawing once its cross-fade is over (one frame left in the stage). */
async function shown(page: Page): Promise<Shown> {
  await expect.poll(() => page.locator('#triffin-model [data-scrolly-frames] > *').count(), { timeout: 5_000 }).toBe(1);
  return page.evaluate(() => {
    const stage = document.querySelector('#triffin-model [data-scrolly-stage]')!;
    const svg = [...stage.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const texts = [...svg.querySelectorAll('text')];
    const label = texts.find((t) => /^Cover < /.test(t.textContent ?? ''));
    return {
      label: label?.textContent ?? null,
      labelX: label ? label.getBoundingClientRect().left : null,
      dots: svg.querySelectorAll('circle, path[d*="A"]').length,
      events: texts
        .map((t) => t.textContent ?? '')
        .filter((t) => ['Gold Pool', 'Two-tier market', 'Gold window shut'].includes(t)),
      caption: (stage.querySelector('[data-scrolly-captions] .is-current')?.textContent ?? '').trim(),
    };
  });
}

/** Turns the mouse wheel over the page until the scrolly shows step `index` with its card on screen. */
async function wheelTo(page: Page, index: number): Promise<void> {
  const { width, height } = page.viewportSize()!;
  await page.mouse.move(width / 2, height * 0.8);
  const card = page.locator('#triffin-model [data-step]').nth(index);
  for (let i = 0; i < 80; i++) {
    const active = Number(await page.locator('#triffin-model').getAttribute('data-active-step'));
    const top = (await card.boundingBox())!.y;
    if (active === index && top < height * 0.75) return;
    await page.mouse.wheel(0, active > index ? -120 : 120);
    await page.waitForTimeout(40);
  }
  throw new Error(`step ${index} never became active`);
}

describe("chapter 5's scroll steps through the Triffin model", () => {
  for (const width of [390, 1280] as const) {
    it(`at ${width} px: each step draws its state in the pinned figure, and its link opens the model in that state`, async () => {
      const context = await built.browser.newContext(SIZES[width]);
      const page = await context.newPage();
      await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
      await page.waitForFunction(() => document.getElementById('triffin-model')?.classList.contains('is-mounted'));
      // The reader reaches the section by its heading, then scrolls with the wheel.
      await page.getByRole('heading', { name: 'The squeeze as a model' }).scrollIntoViewIfNeeded();
      const states: Shown[] = [];
      for (let i = 0; i < 5; i++) {
        await wheelTo(page, i);
        states.push(await shown(page));
        await page.screenshot({ path: shot(`triffin-steps-${i + 1}-${width}.png`) });
      }
      const [model, threshold, history, record, noDeficits] = states as [Shown, Shown, Shown, Shown, Shown];

      // The model alone: the run marked where claims pass the gold, nothing of the record.
      expect(model.label).toBe('Cover < 1');
      expect(model.dots).toBe(0);
      expect(model.caption).toMatch(
        /^At these rates foreign dollar claims exceed the gold behind them by the end of 19\d\d/,
      );
      // A higher threshold: the run comes earlier, so its label moves left.
      expect(threshold.label).toBe('Cover < 1.5');
      expect(threshold.labelX!).toBeLessThan(model.labelX! - 10);
      expect(threshold.caption).toMatch(/cover falls below 1\.5 by the end of 19\d\d/);
      // The record over the model: its dots, the events, and the real crossover in the caption.
      expect(history.dots).toBeGreaterThan(20);
      expect(history.events).toEqual(expect.arrayContaining(['Gold Pool', 'Two-tier market', 'Gold window shut']));
      expect(history.caption).toMatch(/first exceed the gold stock at the end of 1960\.$/);
      // The threshold the record reached: the model's run moves far to the right of the real one.
      expect(record.dots).toBeGreaterThan(20);
      expect(record.label).toMatch(/^Cover < 0\.\d+$/);
      expect(record.labelX!).toBeGreaterThan(history.labelX! + 40);
      // No deficits: no run at all, and the unmet demand is what the sentence is about.
      expect(noDeficits.label).toBeNull();
      expect(noDeficits.dots).toBe(0);
      expect(noDeficits.caption).toMatch(
        /no run within \d+ years\. But by \d{4} the world is short of \$[\d.,]+ billion/,
      );
      if (width === 1280) expect(await axeViolations(page)).toEqual([]);

      // The record step's link opens the explainer on the same sliders and the same reading.
      const step = page.locator('#model-against-1971');
      const link = step.getByRole('link', { name: 'Open this state in the model' });
      await link.scrollIntoViewIfNeeded();
      if (width === 390) await link.tap();
      else await link.click();
      await page.waitForURL(/\/triffin\/\?/);
      await expect
        .poll(() => page.locator('triffin-explorer').getAttribute('data-mounted'), { timeout: 10_000 })
        .toBe('true');
      const reading = (await page.locator('[data-triffin-reading]').textContent())!.trim();
      expect(record.caption.startsWith(reading)).toBe(true);
      expect(await page.locator('#triffin-threshold').inputValue()).toBe(record.label!.replace('Cover < ', ''));
      expect(await page.getByRole('switch', { name: /Model against history/ }).isChecked()).toBe(true);
      await expect
        .poll(() =>
          page.locator('[data-triffin-frame] svg text', { hasText: record.label! }).filter({ visible: true }).count(),
        )
        .toBe(1);
      await page.screenshot({ path: shot(`triffin-steps-opened-${width}.png`) });
      await context.close();
    });
  }

  it('without JavaScript every step shows its own drawing, caption and link in the flow of the text', async () => {
    const context = await built.browser.newContext({ ...SIZES[390], javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
    const figures = page.locator('#triffin-model [data-step] [data-step-figure]');
    expect(await figures.count()).toBe(5);
    const captions = new Set<string>();
    for (const figure of await figures.all()) {
      const svg = figure.locator('svg').filter({ visible: true });
      expect(await svg.count()).toBe(1);
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(await svg.locator('path').count()).toBeGreaterThan(3);
      captions.add((await figure.locator('figcaption').textContent())!.trim());
    }
    expect(captions.size).toBe(5);
    const links = page.locator('#triffin-model').getByRole('link', { name: 'Open this state in the model' });
    expect(await links.count()).toBe(5);
    expect(await links.nth(1).getAttribute('href')).toMatch(/\/triffin\/\?threshold=1\.5$/);
    await context.close();
  });
});
