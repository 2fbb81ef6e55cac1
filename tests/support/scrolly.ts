import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** Helpers for the browser tests of the essay's scrollies (scrolly.test.ts, scrollyAddress.test.ts). */

export const DOLLAR_ERA = '/essay/the-dollar-era/';

export const SIZES = {
  390: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  768: { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true },
  1280: { viewport: { width: 1280, height: 900 } },
} satisfies Record<number, BrowserContextOptions>;

/** Opens a page in a fresh context at one of the sizes above and waits for the scrollies to mount. */
export async function openAt(
  site: { readonly browser: Browser; url: (path: string) => string },
  path: string,
  width: keyof typeof SIZES,
  extra: BrowserContextOptions = {},
): Promise<Page> {
  const context = await site.browser.newContext({ ...SIZES[width], ...extra });
  const page = await context.newPage();
  await page.goto(site.url(path), { waitUntil: 'load' });
  await mounted(page);
  return page;
}

/** Waits until every scrolly is mounted, or left to read inline where its figure is too tall to pin. */
export async function mounted(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-scrolly]')].every(
      (s) => s.classList.contains('is-mounted') || s.classList.contains('is-inline'),
    ),
  );
}

/**
 * Waits `ms`, then two frames, so a machine busy with other work has painted
 * what the page did in that time (the page's own fades run on its clock).
 */
export async function after(page: Page, ms: number): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** A line of the chapter as a reader sees it: its text and where its top is, with the address and the face set. */
export interface Line {
  text: string;
  top: number;
  hash: string;
  webFonts: boolean;
}

/**
 * The line in the middle of the main column at the bottom of the window (`'bottom'`), or the first one below the
 * pinned figure of a scrolly in view (`'under-stage'`: on a phone the figure covers the top of the window).
 */
export function lineAt(page: Page, where: 'bottom' | 'under-stage'): Promise<Line> {
  return page.evaluate((where) => {
    const main = document.querySelector('main')!.getBoundingClientRect();
    const stages = [...document.querySelectorAll('[data-scrolly-stage]')].map((s) => s.getBoundingClientRect());
    const under = Math.max(0, ...stages.filter((s) => s.top < innerHeight / 2 && s.bottom > 0).map((s) => s.bottom));
    const el = document.elementFromPoint(
      (main.left + main.right) / 2,
      where === 'bottom' ? innerHeight - 60 : under + 12,
    )!;
    return {
      text: (el.textContent ?? '').trim().slice(0, 60),
      top: Math.round(el.getBoundingClientRect().top),
      hash: location.hash,
      webFonts: document.documentElement.classList.contains('wf'),
    };
  }, where);
}
