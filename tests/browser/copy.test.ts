import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, openPage } from '../support/browser';
import { isClaimPage, isEventPage } from '../support/pages';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();

/**
 * Every page but the event and claim pages (each kind shares one template), and one of each.
 * Whitespace that Astro drops between text and a link on the next source line
 * glues words together ("on thedata page"), so each page is read as shown.
 */
const PAGES = [
  ...builtPages().filter((p) => !isEventPage(p) && !isClaimPage(p)),
  '/timeline/nixon-closes-gold-window/',
  '/claims/nixon-1971/',
];

/** Inline elements whose text runs straight into the words around them, as a reader sees them. */
function gluedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const word = /[\p{L}\p{N}]/u;
    const out: string[] = [];
    const main = document.querySelector('main');
    for (const el of main?.querySelectorAll<HTMLElement>('a, code, strong, em, cite, q, abbr, time, data') ?? []) {
      if (!el.checkVisibility()) continue;
      // Only words that share a line: inline boxes in a block of text, not flex items or blocks.
      const inline = (n: Node | null) => !(n instanceof Element) || getComputedStyle(n).display.startsWith('inline');
      const parent = el.parentElement;
      if (!parent || /flex|grid/.test(getComputedStyle(parent).display) || !inline(el)) continue;
      const text = el.innerText;
      const before = inline(el.previousSibling) ? (el.previousSibling?.textContent ?? '') : '';
      const after = inline(el.nextSibling) ? (el.nextSibling?.textContent ?? '') : '';
      const prev = before.at(-1) ?? ' ';
      const next = after.at(0) ?? ' ';
      // "the<a>data page</a>", "catalog.json</a>,<a>sources.json": a letter or a comma with no space.
      const gluedBefore = /[\p{L}\p{N},;]/u.test(prev) && word.test(text.at(0) ?? '');
      const gluedAfter = word.test(text.at(-1) ?? '') && word.test(next);
      if (gluedBefore || gluedAfter) out.push(`${before.slice(-20)}[${text.slice(0, 30)}]${after.slice(0, 20)}`);
    }
    return out;
  });
}

describe('copy', () => {
  // One tab without scripts reads every page in turn: what it shows is the built HTML and its styles.
  let reader: { context: BrowserContext; page: Page };
  beforeAll(async () => {
    const context = await built.browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
    });
    reader = { context, page: await context.newPage() };
  });
  afterAll(() => reader?.context.close());

  it.each(PAGES)('%s has a space between every link or code and the words around it', async (path) => {
    const { page } = reader;
    await page.goto(built.url(path), { waitUntil: 'load' });
    expect(page.url()).toBe(built.url(path));
    expect(await gluedWords(page)).toEqual([]);
    // Era names in sentence case everywhere ("Sterling era", never "Sterling Era").
    expect((await page.locator('body').innerText()).match(/\b(Guilder|Sterling|Dollar|Bitcoin) Era\b/g)).toBeNull();
  });

  it.each([
    { width: 390, touch: true },
    { width: 1280, touch: false },
  ])('the home page era chips at $width px are links to a chapter on that era', async ({ width, touch }) => {
    const page = await openPage(built.browser, built.url('/'), {
      viewport: { width, height: 844 },
      ...(touch ? { hasTouch: true, isMobile: true } : {}),
    });
    const chips = page.getByRole('list', { name: 'The eras' }).getByRole('link');
    expect(await chips.allInnerTexts()).toEqual(['Guilder', 'Sterling', 'Dollar', 'After the dollar?']);
    for (const href of await chips.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    const sterling = page.getByRole('link', { name: 'Sterling', exact: true });
    const box = (await sterling.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    if (touch) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    else await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/\/essay\/the-sterling-era\/$/);
    expect(await page.locator('h1').innerText()).toBe('The sterling era');
    await page.context().close();
  });
});
