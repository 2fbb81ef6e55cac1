import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { PHONE } from './browser';
import { SHOTS } from './shots';

/** How the sharing tests act as a reader: open a link fresh, tap or click, copy a link, download a file. */
/** A machine shared with other builds can take many seconds to run a page's scripts. */
export const POLL = { timeout: 30_000 };
export const SHOT_DIR = process.env['SHARE_SHOTS'] ?? SHOTS;
mkdirSync(SHOT_DIR, { recursive: true });

export const SCREENS = {
  phone: PHONE,
  desktop: { viewport: { width: 1280, height: 900 } },
} satisfies Record<string, BrowserContextOptions>;
export type ScreenName = keyof typeof SCREENS;

/** A fresh browser context, as a reader who was sent a link has: clipboard allowed, nothing remembered. */
export async function open(browser: Browser, url: string, screen: ScreenName): Promise<Page> {
  const context = await browser.newContext({
    ...SCREENS[screen],
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  return page;
}

/** Taps on a phone, clicks on a desktop, at the middle of the element as it is shown. */
export async function press(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to press: the element is not shown');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  if (page.viewportSize()!.width < 500) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** Opens a share control's menu and presses "Copy link"; returns what the clipboard then holds and what was said. */
export async function copyLink(page: Page, share: Locator): Promise<{ link: string; said: string }> {
  await press(page, share.getByRole('button', { name: 'Share, embed, download' }));
  await press(page, share.getByRole('button', { name: 'Copy link' }));
  const status = share.locator('[data-share-status]');
  await expect.poll(() => status.textContent(), POLL).toBe('Link copied.');
  return { link: await page.evaluate(() => navigator.clipboard.readText()), said: (await status.textContent()) ?? '' };
}

/** Presses a download button and returns the file's name and bytes. */
export async function download(page: Page, share: Locator, name: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    press(page, share.getByRole('button', { name, exact: true })),
  ]);
  const where = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(where) };
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOT_DIR, name), fullPage: false });
