import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, builtPages, openPage } from '../support/browser';
import { sampleTemplates } from '../support/pages';
import { inPool } from '../support/pool';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();
const url = built.url;

const pages = builtPages();
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;
// Event, claim and figure-table pages are each one template with one set of colours: the light
// scheme is checked at 390 px on every other page of a template (each one's own text and figure) and
// at 1280 px on every fourth; every other page at both widths; the dark scheme on every other page
// and the first page of each template.
const checked = {
  light: sampleTemplates(pages, 2),
  dark: sampleTemplates(pages, Number.POSITIVE_INFINITY),
};
const sampled = new Set(sampleTemplates(pages));
const widthsFor = (p: string) => (sampled.has(p) ? WIDTHS : WIDTHS.slice(0, 1));
/** axe's violations by `<scheme> <width>`, each prefixed with its page. */
const violations = new Map<string, string[]>();
/** Pages whose title stands closer than this under the site's header, in CSS px, with the gap. */
const TITLE_CLEARANCE_PX = 12;
const crowded: string[] = [];
/** The pages a section of the menu opens: each starts with its title, nothing above it. */
const SECTION_PAGES = [
  '/about/',
  '/claims/',
  '/classroom/',
  '/compare/',
  '/corrections/',
  '/data/',
  '/essay/',
  '/glossary/',
  '/search/',
  '/sources/',
  '/timeline/',
  '/triffin/',
];
/** How far below the site's header each of those pages sets its title at 390 px, in CSS px. */
const sectionTitleGap = new Map<string, number>();
/** The narrowest screen a page must fit without scrolling sideways: a small phone, or 1280 px zoomed to 400 %. */
const NARROWEST = 320;
/** Pages wider than that screen, with what reaches past its edge. */
const scrollsSideways: string[] = [];
/** Requests any page made to another origin, with the page. */
const foreign: string[] = [];

beforeAll(async () => {
  for (const scheme of SCHEMES) {
    const context = await built.browser.newContext({
      viewport: { width: WIDTHS[0]!, height: 900 },
      colorScheme: scheme,
      bypassCSP: true,
    });
    // Two tabs: while one waits for its page, the other runs axe. Each page is loaded
    // once and checked at both widths: the viewport changes, the document stays.
    const tabs = await Promise.all([context.newPage(), context.newPage()]);
    for (const tab of tabs)
      tab.on('request', (r) => {
        if (!r.url().startsWith(built.origin) && !r.url().startsWith('data:')) foreign.push(`${tab.url()}: ${r.url()}`);
      });
    await inPool(checked[scheme], tabs.length, async (p, worker) => {
      const page = tabs[worker]!;
      await page.goto(url(p), { waitUntil: 'load' });
      if (scheme === 'light') {
        await page.setViewportSize({ width: NARROWEST, height: 900 });
        const wider = await page.evaluate((narrowest) => {
          if (document.documentElement.scrollWidth <= narrowest) return null;
          // The innermost element that reaches past the screen's edge names the culprit.
          const past = [...document.querySelectorAll('body *')].filter(
            (el) => el.getBoundingClientRect().right > narrowest + 1 && el.checkVisibility(),
          );
          const inner = past.find((el) => !past.some((other) => other !== el && el.contains(other)));
          return `${document.documentElement.scrollWidth} px wide, e.g. <${inner?.tagName.toLowerCase()}> "${inner?.textContent?.trim().slice(0, 40)}"`;
        }, NARROWEST);
        if (wider) scrollsSideways.push(`${p}: ${wider}`);
      }
      const now = page.viewportSize()!.width;
      for (const width of widthsFor(p).sort((a, b) => Number(b === now) - Number(a === now))) {
        if (width !== page.viewportSize()!.width) await page.setViewportSize({ width, height: 900 });
        const key = `${scheme} ${width}`;
        violations.set(key, [...(violations.get(key) ?? []), ...(await axeViolations(page)).map((v) => `${p} ${v}`)]);
        if (scheme === 'light') {
          const gap = await page.evaluate(() => {
            const header = document.querySelector('body > header');
            const title = document.querySelector('main h1');
            return header && title ? title.getBoundingClientRect().top - header.getBoundingClientRect().bottom : null;
          });
          if (gap !== null && gap < TITLE_CLEARANCE_PX) crowded.push(`${p} at ${width} px: ${gap.toFixed(0)} px`);
          if (gap !== null && width === WIDTHS[0] && SECTION_PAGES.includes(p)) sectionTitleGap.set(p, Math.round(gap));
        }
      }
    });
    await context.close();
  }
}, 1_200_000);

describe('the built site', () => {
  it('builds the home page, the essay and the data page', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/essay/', '/essay/money-as-a-social-contract/', '/data/']));
  });

  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      const which =
        scheme === 'light'
          ? `every page (of the event, claim and table pages, every ${width === WIDTHS[0] ? 'other' : 'fourth'})`
          : 'every page (of the event, claim and table pages, the first)';
      it(`${which} has 0 axe violations at ${width} px in the ${scheme} scheme`, () => {
        // The pass ran (a key exists once any page was checked), then found nothing.
        expect(violations.has(`${scheme} ${width}`)).toBe(true);
        expect((violations.get(`${scheme} ${width}`) ?? []).sort()).toEqual([]);
      });
    }
  }

  it('the first chapter shows its chart and the chart title with JavaScript off', async () => {
    const page = await openPage(built.browser, url('/essay/money-as-a-social-contract/'), { javaScriptEnabled: false });
    const svg = page.locator('#dollar-share .chart-drawing > svg');
    await expect.poll(() => svg.isVisible()).toBe(true);
    expect(await svg.locator('.lines .series path').count()).toBeGreaterThan(0);
    expect(await page.locator('#dollar-share .chart-title').textContent()).toContain(
      'dollar’s share of world foreign-exchange reserves',
    );
    expect(await page.locator('#dollar-share .sources li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the chart shows its one drawing, inside the screen, at 390 px with JavaScript off', async () => {
    const page = await openPage(built.browser, url('/essay/money-as-a-social-contract/'), {
      javaScriptEnabled: false,
      viewport: { width: 390, height: 800 },
    });
    const svg = page.locator('#dollar-share .chart-drawing > svg');
    expect(await page.locator('#dollar-share svg.chart').count()).toBe(1);
    expect(await svg.isVisible()).toBe(true);
    const box = (await svg.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('the chart island shows a tooltip on hover and reads values with the arrow keys', async () => {
    const page = await openPage(built.browser, url('/essay/money-as-a-social-contract/'));
    const figure = page.locator('#dollar-share');
    await expect.poll(() => figure.getAttribute('data-mounted')).toBe('true');
    const frame = figure.locator('.chart-frame');
    await frame.scrollIntoViewIfNeeded();
    const box = (await frame.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    const tooltip = figure.locator('.chart-tooltip');
    // A long table is fetched from its own page on the first point; the tooltip answers when it is in.
    await expect.poll(() => tooltip.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await tooltip.textContent()).toMatch(/US dollar.*\d+(\.\d)?\s%/);

    await frame.focus();
    await page.keyboard.press('End');
    const last = await figure.locator('[data-chart-live]').textContent();
    await page.keyboard.press('ArrowLeft');
    const previous = await figure.locator('[data-chart-live]').textContent();
    expect(last).toMatch(/^\d{4} Q\d\./);
    expect(previous).not.toBe(last);
    await page.context().close();
  });

  it('the chart island re-renders without a line when its toggle is unchecked', async () => {
    const page = await openPage(built.browser, url('/essay/money-as-a-social-contract/'));
    const figure = page.locator('#dollar-share');
    await expect.poll(() => figure.getAttribute('data-mounted')).toBe('true');
    const last = await figure.locator('input[data-series-toggle]').last().getAttribute('value');
    const line = figure.locator(`.chart-drawing .lines .series[data-series="${last}"]`);
    expect(await line.count()).toBeGreaterThan(0);
    await figure.locator('input[data-series-toggle]').last().uncheck();
    await expect.poll(() => line.count(), { timeout: 10_000 }).toBe(0);
    expect(await figure.locator('.chart-drawing .lines .series').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it(`every page's title stands ${TITLE_CLEARANCE_PX} px or more below the site's header`, () => {
    expect(crowded).toEqual([]);
  });

  it(`no page scrolls sideways on a ${NARROWEST} px screen (each page axe reads in the light scheme)`, () => {
    expect(scrollsSideways).toEqual([]);
  });

  it('every section of the menu sets its title at the same height, so moving between them the page does not jump', () => {
    expect([...sectionTitleGap.keys()].sort()).toEqual(SECTION_PAGES);
    const common = sectionTitleGap.get('/about/');
    expect(common).toBeGreaterThanOrEqual(TITLE_CLEARANCE_PX);
    expect(Object.fromEntries([...sectionTitleGap].filter(([, gap]) => gap !== common))).toEqual({});
  });

  it('no page requests anything from another origin (each page axe reads, loaded with scripts, at both widths)', () => {
    // Every page but the templated ones was loaded, and of those a spread.
    expect(checked.light).toEqual(expect.arrayContaining(sampleTemplates(pages, Number.POSITIVE_INFINITY)));
    expect(checked.light.length).toBeGreaterThan(pages.length / 2);
    expect(foreign).toEqual([]);
  });
});
