import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
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
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: findChrome() ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  await waitForModulesOnNavigation(browser);
  return browser;
}

/** True once the page's modules have all run, or if it has none to wait for (or its scripts are off). */
const booted = () => document.documentElement.dataset['boot'] !== 'wait';

let patched = false;

/**
 * A page loads its modules once it has loaded and painted (the boot script, src/lib/csp.ts), so the `load` event
 * can come before the page is interactive. A reader waits that moment; so do the tests: every navigation that
 * waits for `load` or a quiet network also waits until `<html data-boot>` says the modules have run.
 */
async function waitForModulesOnNavigation(browser: Browser): Promise<void> {
  if (patched) return;
  patched = true;
  const context = await browser.newContext();
  const proto = Object.getPrototypeOf(await context.newPage()) as Record<string, unknown>;
  await context.close();
  const waitsForLoad = (o: unknown) => {
    const until = (o as { waitUntil?: string } | undefined)?.waitUntil;
    return until === undefined || until === 'load' || until === 'networkidle';
  };
  const wrap = (name: string, optionsAt: number, test: (options: unknown) => boolean = waitsForLoad) => {
    const original = proto[name] as (this: Page, ...args: unknown[]) => Promise<unknown>;
    proto[name] = async function (this: Page, ...args: unknown[]) {
      const result = await original.apply(this, args);
      if (test(args[optionsAt]))
        await this.waitForFunction(booted, undefined, { timeout: 10_000 }).catch(() => undefined);
      return result;
    };
  };
  wrap('goto', 1);
  wrap('reload', 0);
  wrap('goBack', 0);
  wrap('goForward', 0);
  wrap('waitForURL', 1);
  wrap('waitForLoadState', 0, (state) => state === undefined || state === 'load' || state === 'networkidle');
}

/** A phone as the tests hold one: 390 × 844 px, touch, mobile viewport. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
/** A desktop window: 1280 × 900 px, a mouse. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

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
  // What a reader sees once the page is still: a change the last action set off (a resize moves the scrolly to
  // another step on the next frame, and its caption fades in over 0.2 s) is checked when it has ended, not halfway,
  // when a half-faded caption's contrast is neither the old one nor the new.
  // The page's islands mount when its modules have loaded, after the first paint (the boot script marks it done).
  await page.waitForFunction(() => document.documentElement.dataset['boot'] !== 'wait', undefined, { timeout: 10_000 });
  await page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const running = document
      .getAnimations()
      .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
      .map((a) => a.finished.catch(() => undefined));
    await Promise.race([Promise.all(running), new Promise((done) => setTimeout(done, 2000))]);
  });
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

/**
 * The checkboxes, radio buttons and switches shown under `root`, and those drawn out of square (a label that wraps
 * squeezed them narrower than tall), each with its label and size.
 */
export function squashedInputs(root: Locator): Promise<{ shown: number; squashed: string[] }> {
  return root.evaluate((r) => {
    const shown = [...r.querySelectorAll('input[type=checkbox], input[type=radio]')].filter((i) => i.checkVisibility());
    const squashed = shown
      .map((i) => ({ box: i.getBoundingClientRect(), label: i.closest('label')?.textContent?.trim() ?? i.id }))
      .filter(({ box }) => Math.abs(box.width - box.height) > 0.5)
      .map(({ box, label }) => `${label}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
    return { shown: shown.length, squashed };
  });
}
