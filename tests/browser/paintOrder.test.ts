import { describe, expect, it } from 'vitest';
import { PRINT_STYLES } from '../support/firstLoad';
import { useBuiltSite } from '../support/site';
import { PHONE } from '../support/browser';

const built = useBuiltSite();

/** Each page's modules and manifest wait until its text has painted (the boot script, src/lib/csp.ts). */
describe('the order of a first load', () => {
  it("a page's text paints before any script or the manifest is requested; then its scripts run (phone, slow CPU)", async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      for (const at of ['/', '/triffin/', '/essay/the-dollar-era/', '/glossary/']) {
        requested.length = 0;
        await page.goto(built.url(at), { waitUntil: 'load' });
        const seen = await page.evaluate(async () => {
          const lcp = await new Promise<number>((resolve) =>
            new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({
              type: 'largest-contentful-paint',
              buffered: true,
            }),
          );
          const late = performance
            .getEntriesByType('resource')
            .filter((e) => /\.js$|\.webmanifest$/.test(e.name))
            .map((e) => ({ name: new URL(e.name).pathname, start: Math.round(e.startTime) }));
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return {
            lcp: Math.round(lcp),
            loaded: Math.round(nav.loadEventEnd),
            late,
            boot: document.documentElement.dataset['boot'],
            scripts: document.querySelectorAll('script[type="module"][src]').length,
            manifest: document.querySelectorAll('link[rel="manifest"]').length,
          };
        });
        expect(seen.late.length, at).toBeGreaterThan(0);
        // Requested only once the page has loaded, and not before the frame that painted its largest text: that
        // frame's timestamp is when it reached the screen, which on a busy machine can trail the page's own drawing
        // of it by a few frames (LAG). Scripts in the head are requested while the HTML is parsed, far earlier.
        const LAG = 100;
        for (const r of seen.late) {
          expect(r.start, `${at}: ${r.name} requested before the page loaded`).toBeGreaterThanOrEqual(seen.loaded);
          expect(r.start, `${at}: ${r.name} requested before the text painted`).toBeGreaterThanOrEqual(seen.lcp - LAG);
        }
        expect(seen.boot, at).toBe('done');
        // Nothing else is fetched for the first view: not even the icon, which comes in the page; only the print
        // styles, which are for paper and block no paint (media="print").
        const other = requested.filter(
          (p) => p !== new URL(built.url(at)).pathname && !/\.(js|webmanifest)$/.test(p) && !PRINT_STYLES.test(p),
        );
        expect(other, at).toEqual([]);
        expect(seen.scripts, at).toBeGreaterThan(0);
        expect(seen.manifest, at).toBe(1);
      }
      // The scripts that arrived do their work: the Triffin model answers a key press on its slider.
      await page.goto(built.url('/triffin/'), { waitUntil: 'load' });
      const slider = page.locator('input[type="range"]').first();
      const before = await page.locator('main').innerText();
      await slider.focus();
      await page.keyboard.press('End');
      await expect.poll(() => page.locator('main').innerText()).not.toBe(before);
    } finally {
      await context.close();
    }
  });
});
