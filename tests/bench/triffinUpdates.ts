import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

/** Median, 95th percentile and maximum of a list of durations (ms). */
function summarise(values: number[]): { updates: number; median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { updates: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

/**
 * Drags the demand-growth slider of `/triffin/` across its track and back with
 * the mouse at 1280 px, after a first touch has loaded Plot, and reads the
 * explainer's user timing: for each redraw, its script time plus that of the
 * slider input events handled since the previous one (model, sentence,
 * controls). That sum is the script one update costs.
 */
export async function triffinUpdateTimes(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}triffin/`, { waitUntil: 'networkidle' });
    const slider = page.locator('#triffin-demand');
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    const at = (f: number) => box.x + 8 + f * (box.width - 16);
    // A first drag loads Plot; the timed drags that follow are what a reader feels.
    await page.mouse.move(at(0.5), y);
    await page.mouse.down();
    await page.mouse.move(at(0.45), y, { steps: 3 });
    await page.mouse.up();
    await page.waitForFunction(() => performance.getEntriesByName('triffin:draw').length > 0, null, {
      timeout: 20_000,
    });
    await page.evaluate(() => performance.clearMeasures());
    for (const [from, to] of [
      [0.45, 0.05],
      [0.05, 0.95],
      [0.95, 0.5],
    ]) {
      await page.mouse.move(at(from), y);
      await page.mouse.down();
      await page.mouse.move(at(to), y, { steps: 40 });
      await page.mouse.up();
    }
    await page.waitForTimeout(300);
    const updates = await page.evaluate(() => {
      const entries = performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('triffin:'))
        .sort((a, b) => a.startTime - b.startTime);
      const out: number[] = [];
      let pending = 0;
      for (const e of entries) {
        if (e.name === 'triffin:input') pending += e.duration;
        else {
          out.push(pending + e.duration);
          pending = 0;
        }
      }
      return out;
    });
    return summarise(updates);
  } finally {
    await context.close();
  }
}

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

/** Prints the explainer's script per slider update (median, p95, max) for the site served at `origin`. */
export async function printTriffinUpdates(origin: string): Promise<void> {
  if (!existsSync(path.join('dist', 'triffin', 'index.html'))) {
    console.log('\ntriffin: not built');
    return;
  }
  console.log('\nTriffin explainer at 1280 px, a scripted mouse drag over a slider (script budget ≤ 8 ms per update)');
  const browser = await launchBrowser();
  try {
    const t = await triffinUpdateTimes(browser, origin);
    console.log(
      `  ${t.updates} updates: script per update median ${ms(t.median)}, p95 ${ms(t.p95)}, max ${ms(t.max)}` +
        ' (model, sentence and controls for the inputs since the last redraw, plus the Plot redraw)',
    );
  } catch (error) {
    console.log(`  Triffin update times failed: ${String(error)}`);
  } finally {
    await browser.close();
  }
}
