import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { findChrome } from './chrome.ts';

/** Flags that let Debian's Chromium run headless in a container without talking to Google. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches the system Chromium or Chrome (`CHROME_PATH` overrides; see `findChrome`). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome() ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** The built site's folder. */
export const DIST = path.resolve(process.cwd(), 'dist');

/** Every HTML page of a build, as site paths (`/essay/x/`), sorted. */
export function builtPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html')
        out.push('/' + path.relative(dir, d).split(path.sep).join('/') + (d === dir ? '' : '/'));
    }
  };
  walk(dir);
  return out.map((p) => p.replace(/^\/\/$/, '/')).sort();
}

/** Opens a page in a fresh context and waits until the network is quiet. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  return page;
}

const AXE = readFileSync(path.resolve(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A/AA and best practice) on a page and returns its violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Once per document: a second check of the same page (at another width) reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
