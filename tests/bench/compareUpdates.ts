import type { Browser } from 'playwright-core';

/** Median, 95th percentile and maximum of a list of durations (ms). */
function summarise(values: number[]): { updates: number; median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { updates: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

/**
 * Clicks through the alignments and the datings of `/compare/` at 1280 px,
 * after a first click has loaded Plot, and reads the explorer's user timing:
 * for each redraw, its script time plus that of the change that caused it
 * (state, view, controls, address). That sum is the script a switch costs.
 */
export async function compareUpdateTimes(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}compare/`, { waitUntil: 'networkidle' });
    const click = (label: string) => page.getByLabel(label, { exact: true }).click();
    // A first switch loads Plot; the timed ones that follow are what a reader feels.
    await click('Calendar years');
    await page.waitForFunction(() => performance.getEntriesByName('compare:draw').length > 0, null, {
      timeout: 20_000,
    });
    await page.evaluate(() => performance.clearMeasures());
    const sequence = [
      'Years since each era began',
      'Life cycle (0 = start, 1 = end)',
      'J.P. Morgan reserve-currency chart (1815–1920)',
      'The article (1865–today)',
      'J.P. Morgan reserve-currency chart (1640–1720)',
      'Calendar years',
      'Eichengreen (with Cairncross; 2003, 2011) (1850–1924)',
      'Years since each era began',
      'J.P. Morgan reserve-currency chart (1921–today)',
      'Dalio 2021 (1581–1795)',
      'Life cycle (0 = start, 1 = end)',
      'Eichengreen 2011 (1913–today)',
    ];
    for (let round = 0; round < 3; round++)
      for (const label of sequence) {
        await click(label);
        await page.waitForTimeout(150);
      }
    await page.waitForTimeout(300);
    const updates = await page.evaluate(() => {
      const entries = performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('compare:'))
        .sort((a, b) => a.startTime - b.startTime);
      const out: number[] = [];
      let pending = 0;
      for (const e of entries) {
        if (e.name === 'compare:change') pending += e.duration;
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
