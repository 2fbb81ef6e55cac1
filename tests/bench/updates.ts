import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

export interface UpdateTimes {
  updates: number;
  median: number;
  p95: number;
  max: number;
}

/** Median, 95th percentile and maximum of a list of durations (ms). */
export function summarise(values: number[]): UpdateTimes {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { updates: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

/**
 * Reads an explorer's user timing after a scripted interaction: measures named
 * `<prefix>:<cause>` (the script an input or change cost) and `<prefix>:draw`
 * (the redraw). For each redraw, its time plus that of the causes handled since
 * the previous one is the script one update cost.
 */
export async function scriptPerUpdate(page: Page, prefix: string, cause: string): Promise<UpdateTimes> {
  const updates = await page.evaluate(
    ([prefix, cause]) => {
      const entries = performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith(`${prefix}:`))
        .sort((a, b) => a.startTime - b.startTime);
      const out: number[] = [];
      let pending = 0;
      for (const e of entries) {
        if (e.name === `${prefix}:${cause}`) pending += e.duration;
        else {
          out.push(pending + e.duration);
          pending = 0;
        }
      }
      return out;
    },
    [prefix, cause] as const,
  );
  return summarise(updates);
}

/** Opens `route` at 1280 px in a new context and hands its page to `act`, closing the context afterwards. */
export async function atDesktop<T>(browser: Browser, url: string, act: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    return await act(page);
  } finally {
    await context.close();
  }
}

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

/**
 * Prints one explorer's script per update (median, p95, max) for the built page
 * `route`, under `heading`; `what` names the updates (one, several) and what their time holds.
 */
export async function printUpdates(
  route: string,
  heading: string,
  what: { noun: string; plural: string; holds: string },
  time: (browser: Browser) => Promise<UpdateTimes>,
): Promise<void> {
  if (!existsSync(path.join('dist', route, 'index.html'))) {
    console.log(`\n${route}: not built`);
    return;
  }
  console.log(`\n${heading}`);
  const browser = await launchBrowser();
  try {
    const t = await time(browser);
    console.log(
      `  ${t.updates} ${what.plural}: script per ${what.noun} median ${ms(t.median)}, p95 ${ms(t.p95)}, max ${ms(t.max)} (${what.holds})`,
    );
  } catch (error) {
    console.log(`  ${route} ${what.noun} times failed: ${String(error)}`);
  } finally {
    await browser.close();
  }
}
