import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveStatic } from './server';

/**
 * Serves dist/ on a free loopback port and launches Chromium for the tests of
 * one file, closing both afterwards. Call at the top level of a test file.
 */
export function useBuiltSite(): { readonly browser: Browser; readonly origin: string; url: (path: string) => string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    site = await serveStatic('dist');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return site!.url;
    },
    url: (path) => site!.url + path.replace(/^\//, ''),
  };
}
