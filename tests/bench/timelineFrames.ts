import type { Browser, Page } from 'playwright-core';
import type { TimelineModel } from '../../src/charts/timeline/series';

/** Median, 95th percentile and maximum of a list of durations (ms). */
function summarise(values: number[]): { frames: number; median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { frames: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

/** Repeats every event `factor` times (ids suffixed), spread a few months apart, in the model and in the drawing. */
async function multiplyEvents(page: Page, modelUrl: string, factor: number): Promise<void> {
  await page.route(modelUrl, async (route) => {
    const response = await route.fetch();
    const model = (await response.json()) as TimelineModel;
    const items = model.items.flatMap((item) =>
      Array.from({ length: factor }, (_, k) =>
        k === 0 ? item : { ...item, id: `${item.id}-x${k}`, x: item.x + k * 0.07 },
      ),
    );
    await route.fulfill({ response, json: { ...model, items } });
  });
  await page.addInitScript((n: number) => {
    document.addEventListener('DOMContentLoaded', () => {
      for (const g of [...document.querySelectorAll('.timeline-variant g.event')]) {
        for (let k = 1; k < n; k++) {
          const copy = g.cloneNode(true) as Element;
          copy.setAttribute('data-id', `${g.getAttribute('data-id')}-x${k}`);
          copy.querySelector('circle')?.removeAttribute('id');
          g.parentNode?.append(copy);
        }
      }
    });
  }, factor);
}

/**
 * Zooms and pans the timeline explorer with the keyboard and reads the
 * `timeline-render` user-timing measures the explorer records for each frame:
 * the script time spent re-positioning the timeline.
 */
export async function timelineFrameTimes(browser: Browser, siteUrl: string, factor = 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (factor > 1) await multiplyEvents(page, `${siteUrl}timeline/model.json`, factor);
  await page.goto(`${siteUrl}timeline/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-timeline][data-mounted="true"]');
  const events = await page.locator('.chart-wide g.event').count();
  await page.evaluate(() => performance.clearMeasures('timeline-render'));
  const frame = page.locator('[data-timeline-frame]');
  await frame.focus();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('+');
    await page.waitForTimeout(40);
  }
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(20);
  }
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('-');
    await page.waitForTimeout(40);
  }
  const durations = await page.evaluate(() => performance.getEntriesByName('timeline-render').map((e) => e.duration));
  await context.close();
  return { events, ...summarise(durations) };
}
