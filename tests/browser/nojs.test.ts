import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, launchBrowser } from '../support/browser';
import { inPool } from '../support/pool';
import { serveStatic } from '../support/server';

/**
 * Fewest words a page's main element shows with JavaScript off. The shortest
 * pages (the essay's table of contents, an event's own page) carry a title, a
 * standfirst and a summary; a page that renders its text with JavaScript has none.
 */
const MIN_WORDS = 40;

/** What a page shows with JavaScript off, read in the page. */
interface NoJsView {
  words: number;
  /** Figures with an SVG of which none is drawn, or one wider than the viewport. */
  blankFigures: string[];
  /** Figure drawings (one per figure, scaled to its box) not shown. */
  hiddenDrawings: string[];
  /** How many figure drawings the page has. */
  drawings: number;
  /** Header navigation links: target, and whether a reader can reach them without a script. */
  nav: { href: string; reachable: boolean }[];
  /** `<data class="value">` numbers outside any paragraph, list item or table cell. */
  strayValues: string[];
  /** Links shown that only work with a script (presenter mode). */
  scriptOnly: string[];
  /** How far the page reaches past the window's right edge (px): a reader would scroll the whole page sideways. */
  overflow: number;
}

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
const pages = builtPages();
const known = new Set(pages);
const WIDTHS = [390, 1280] as const;
const views = new Map<string, NoJsView>();

/** Reads text, figures and navigation; runs in the page (JavaScript off affects the page's scripts only). */
function readView(page: Page): Promise<NoJsView> {
  return page.evaluate(() => {
    const label = (el: Element) =>
      el.id
        ? `#${el.id}`
        : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const drawn = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    };
    // Hidden on purpose: inside a closed <details> or under a `hidden` attribute. Anything else must show.
    const tucked = (el: Element) => !!el.closest('[hidden], details:not([open]) > :not(summary)');
    const main = document.querySelector('main');
    const words = (main?.innerText ?? '').split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
    const width = document.documentElement.clientWidth;
    const blankFigures = [...document.querySelectorAll('figure')]
      .filter((f) => f.querySelector('svg') && !tucked(f))
      .filter((f) => {
        const shown = [...f.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg') && drawn(s));
        return shown.length === 0 || shown.some((s) => s.getBoundingClientRect().right > width + 1);
      })
      .map(label);
    // A number from the data outside any paragraph, list or table: MDX broke the sentence around it.
    const strayValues = [...(main?.querySelectorAll('data.value') ?? [])]
      .filter((d) => !d.closest('p, li, td, th, dd, dt, figcaption, caption, summary, h1, h2, h3, h4, blockquote'))
      .map(label);
    const hiddenDrawings = [...document.querySelectorAll('figure:not(.step-figure) .chart-drawing')]
      .filter((v) => !tucked(v) && !drawn(v))
      .map((v) => label(v.closest('figure')!));
    // A link is reachable if it shows, or sits in a closed <details> whose summary shows (a menu that needs no script).
    const nav = [...document.querySelectorAll<HTMLAnchorElement>('header nav a[href]')].map((a) => {
      const details = a.closest('details');
      const summary = details?.querySelector('summary');
      return { href: a.href, reachable: drawn(a) || (!!details && !details.open && !!summary && drawn(summary)) };
    });
    const drawings = document.querySelectorAll('.chart-drawing').length;
    const scriptOnly = [...document.querySelectorAll<HTMLAnchorElement>('a[href*="present=1"]')]
      .filter(drawn)
      .map(label);
    const overflow = document.documentElement.scrollWidth - width;
    return { words, blankFigures, hiddenDrawings, drawings, nav, strayValues, scriptOnly, overflow };
  });
}

beforeAll(async () => {
  site = await serveStatic('dist');
  browser = await launchBrowser();
  // One load per page, read at both widths: the viewport changes, the document stays.
  const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 }, javaScriptEnabled: false });
  const tabs = await Promise.all([context.newPage(), context.newPage()]);
  await inPool(pages, tabs.length, async (p, worker) => {
    const page = tabs[worker]!;
    await page.goto(site.url + p.replace(/^\//, ''), { waitUntil: 'load' });
    const first = page.viewportSize()!.width;
    for (const width of [first, ...WIDTHS.filter((w) => w !== first)]) {
      if (width !== page.viewportSize()!.width) await page.setViewportSize({ width, height: 900 });
      views.set(`${width} ${p}`, await readView(page));
    }
  });
  await context.close();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every page at every width, with what it showed. */
const each = () => WIDTHS.flatMap((w) => pages.map((p) => ({ key: `${w} ${p}`, view: views.get(`${w} ${p}`)! })));

describe('every built page with JavaScript off', () => {
  it('was read at 390 and 1280 px', () => {
    expect(views.size).toBe(pages.length * WIDTHS.length);
  });

  it(`shows its text: main has more than ${MIN_WORDS} words`, () => {
    const short = each()
      .filter(({ view }) => view.words <= MIN_WORDS)
      .map(({ key, view }) => `${key}: ${view.words} words`);
    expect(short).toEqual([]);
  });

  it('keeps every number from the data inside its sentence (no paragraph broken around a value)', () => {
    const stray = each().flatMap(({ key, view }) => view.strayValues.map((v) => `${key} ${v}`));
    expect(stray).toEqual([]);
  });

  it('offers no link that only works with a script (presenter mode)', () => {
    const shown = each().filter(({ view }) => view.scriptOnly.length > 0);
    expect(shown.map(({ key, view }) => `${key}: ${view.scriptOnly.join(', ')}`)).toEqual([]);
  });

  it('draws every figure that has an SVG, inside the viewport', () => {
    const blank = each().flatMap(({ key, view }) => view.blankFigures.map((f) => `${key} ${f}`));
    expect(blank).toEqual([]);
  });

  it('is no wider than the window: a wide drawing scrolls in its own frame, not the page', () => {
    const wide = each()
      .filter(({ view }) => view.overflow > 0)
      .map(({ key, view }) => `${key}: ${view.overflow} px too wide`);
    expect(wide).toEqual([]);
  });

  it("shows each figure's one drawing at 390 px and at 1280 px", () => {
    const hidden = each().flatMap(({ key, view }) => view.hiddenDrawings.map((f) => `${key} ${f}`));
    expect(hidden).toEqual([]);
    expect(each().some(({ view }) => view.drawings > 0)).toBe(true);
  });

  it('has header navigation whose links show and lead to built pages', () => {
    const site0 = new URL(site.url);
    const problems = each().flatMap(({ key, view }) => {
      if (view.nav.length < 2) return [`${key}: ${view.nav.length} header nav links`];
      return view.nav.flatMap(({ href, reachable }) => {
        const target = new URL(href);
        const path = '/' + target.pathname.slice(site0.pathname.length);
        return [
          ...(reachable ? [] : [`${key}: ${href} is hidden`]),
          ...(target.origin === site0.origin && known.has(path) ? [] : [`${key}: ${href} is not a built page`]),
        ];
      });
    });
    expect(problems).toEqual([]);
  });

  it('follows every header link from the home page at 390 px', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    const links = await page
      .locator('header nav a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const href of links) {
      await page.goto(site.url, { waitUntil: 'load' });
      const link = page.locator(`header nav a[href="${new URL(href).pathname}"]`).first();
      // A menu that needs no script opens with its <summary>.
      if (!(await link.isVisible())) await page.locator('header nav details > summary').first().click();
      const [response] = await Promise.all([
        page.waitForEvent('response', (r) => r.url() === href && r.request().isNavigationRequest()),
        link.click(),
      ]);
      await page.waitForURL(href);
      expect(response?.status(), href).toBe(200);
      expect(page.url()).toBe(href);
      expect((await page.locator('main').innerText()).length, href).toBeGreaterThan(0);
    }
    await context.close();
  });
});
