import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../src/lib/csp';
import { builtPages, launchBrowser } from '../support/browser';
import { scrollThrough } from '../support/firstLoad';
import { sampleTemplates } from '../support/pages';
import { inPool } from '../support/pool';
import { serveStatic } from '../support/server';

/** What a page reported about its Content-Security-Policy while it loaded and was scrolled through. */
interface CspReport {
  /** `securitypolicyviolation` events: directive, blocked URL, where. */
  violations: string[];
  /** Console errors that mention the policy. */
  console: string[];
  /** The policy in the response header and in the meta tag. */
  header: string | undefined;
  meta: string | null;
}

/** Runs before the page's own scripts (through CDP, so the policy does not block it). */
const LISTEN = () => {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  });
};

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
// The templated pages (events, claims, figure tables) share their scripts and styles: every fourth is read.
const pages = sampleTemplates(builtPages());
const reports = new Map<string, CspReport>();

/** A tab that collects the console's CSP errors into `sink` and listens for violations. */
async function listeningTab(sink: () => string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(LISTEN);
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Content-Security-Policy/i.test(m.text()))
      sink().push(m.text());
  });
  return page;
}

/** Loads a page, scrolls it (islands mount and react to scrolling), and reads what it reported. */
async function visit(page: Page, path: string, consoleErrors: string[]): Promise<CspReport> {
  const response = await page.goto(site.url + path.replace(/^\//, ''), { waitUntil: 'load' });
  await scrollThrough(page);
  await page.waitForTimeout(50);
  return {
    violations: await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    console: [...consoleErrors],
    header: response?.headers()['content-security-policy'],
    meta: await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
  };
}

beforeAll(async () => {
  site = await serveStatic('dist');
  browser = await launchBrowser();
  const sinks: string[][] = [[], []];
  const tabs = await Promise.all(sinks.map((_, i) => listeningTab(() => sinks[i])));
  await inPool(pages, tabs.length, async (p, worker) => {
    sinks[worker].length = 0;
    reports.set(p, await visit(tabs[worker], p, sinks[worker]));
  });
  await Promise.all(tabs.map((t) => t.context().close()));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('Content-Security-Policy on every built page (of the templated pages, every fourth)', () => {
  it('every page is served with the policy in its header and in a meta tag', () => {
    expect(reports.size).toBe(pages.length);
    const missing = pages.filter((p) => reports.get(p)!.header !== CSP || reports.get(p)!.meta !== CSP);
    expect(missing).toEqual([]);
  });

  it('no page reports a securitypolicyviolation event', () => {
    const found = pages.flatMap((p) => reports.get(p)!.violations.map((v) => `${p}: ${v}`));
    expect(found).toEqual([]);
  });

  it('no page logs a CSP error to the console', () => {
    const found = pages.flatMap((p) => reports.get(p)!.console.map((v) => `${p}: ${v}`));
    expect(found).toEqual([]);
  });

  it('the listeners catch an inline script the policy blocks (the checks above can fail)', async () => {
    const consoleErrors: string[] = [];
    const page = await listeningTab(() => consoleErrors);
    await page.goto(site.url, { waitUntil: 'load' });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.body.append(script);
    });
    // The header and the meta tag are two policies: each reports the script once.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))
      .toEqual([
        expect.stringMatching(/^script-src-elem blocked inline/),
        expect.stringMatching(/^script-src-elem blocked inline/),
      ]);
    expect(consoleErrors.length).toBeGreaterThan(0);
    expect(consoleErrors.every((e) => /Content Security Policy/.test(e))).toBe(true);
    expect(await page.title()).not.toBe('injected');
    await page.context().close();
  });
});
