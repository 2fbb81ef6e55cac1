import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';
import { PHONE } from '../support/browser';

const built = useBuiltSite();

/** One result as the reader sees it: its kind, title and address, excerpt, and the sections listed under it. */
interface Seen {
  kind: string;
  title: string;
  path: string;
  excerpt: string;
  parts: { label: string; path: string; excerpt: string }[];
}

/** Types a query into the search page's own box and reads the results once they have come in (`more`: all of them). */
async function search(page: Page, query: string, more = false): Promise<{ status: string; results: Seen[] }> {
  const box = page.getByRole('searchbox', { name: /Words to find/ });
  await box.fill('');
  await box.focus();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${q}”`),
    query,
  );
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  if (!status.startsWith('Nothing')) await page.locator('[data-search-results] > li').first().waitFor();
  for (let i = 0; more && i < 20 && (await page.locator('[data-search-more]').isVisible()); i++) {
    const before = await page.locator('[data-search-results] > li').count();
    await page.locator('[data-search-more]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
  }
  const results = await page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((li) => {
      const path = (a: Element | null) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return url.pathname + url.hash;
      };
      return {
        kind: li.querySelector('.kind')!.textContent!,
        title: li.querySelector('h2')!.textContent!,
        path: path(li.querySelector('h2 a')),
        excerpt: li.querySelector(':scope > p')!.textContent!,
        parts: [...li.querySelectorAll('ul > li')].map((sub) => ({
          label: sub.querySelector('a')!.textContent!,
          path: path(sub.querySelector('a')),
          excerpt: sub.querySelector('p')?.textContent ?? '',
        })),
      };
    }),
  );
  return { status, results };
}

const isAnswers = (r: Seen) => /^\/classroom\/[^/]+\/answers\//.test(r.path);
const isReading = (r: Seen) => ['Chapter', 'Glossary', 'Event', 'Claim'].includes(r.kind);

describe('site search, /search/', () => {
  it('"Triffin dilemma" and "guilder" list the chapters, glossary, events and claims before any teacher’s answers', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/search/'), { waitUntil: 'load' });
    for (const [query, chapter] of [
      ['Triffin dilemma', '/essay/the-triffin-dilemma/'],
      ['guilder', '/essay/the-guilder-era/'],
    ] as const) {
      const { results } = await search(page, query);
      const firstAnswers = results.findIndex(isAnswers);
      const lastReading = results.findLastIndex(isReading);
      expect(lastReading, query).toBeGreaterThanOrEqual(0);
      if (firstAnswers >= 0)
        expect(firstAnswers, `${query}: ${results[firstAnswers]!.title}`).toBeGreaterThan(lastReading);
      // The chapter of that name is among the first three results.
      expect(
        results.slice(0, 3).map((r) => r.path),
        query,
      ).toContain(chapter);
    }
    await context.close();
  });

  it('a word the site does not have ("asdf", "trifin") finds nothing, not pages sharing its first letters; a slip at its end ("goldd") still finds', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/search/'), { waitUntil: 'load' });
    for (const query of ['asdf', 'trifin']) {
      const { status, results } = await search(page, query);
      expect(status).toBe(`Nothing found for “${query}”.`);
      expect(results).toEqual([]);
      expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
    }
    const { status, results } = await search(page, 'goldd');
    expect(status).toMatch(/^\d+ pages? found for “goldd”\.$/);
    expect(results[0]!.excerpt).toMatch(/gold/i);
    // The address keeps the query, so a shared search gives the same answer.
    expect(new URL(page.url()).searchParams.get('q')).toBe('goldd');
    await context.close();
  });

  it('a chapter’s sections are listed by their headings’ words alone, without the anchor’s "#"', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/search/'), { waitUntil: 'load' });
    const { results } = await search(page, 'gold', true);
    const sections = results.filter((r) => r.kind === 'Chapter').flatMap((r) => r.parts);
    expect(sections.length).toBeGreaterThan(2);
    expect(sections.filter((s) => /#\s*$/.test(s.label)).map((s) => s.label)).toEqual([]);
    await context.close();
  });

  for (const width of [390, 1280]) {
    it(`at ${width} px, "seigniorage" leads to the term's own entry in the glossary, and no excerpt runs a term into its definition`, async () => {
      const context = await built.browser.newContext({
        viewport: { width, height: width === 390 ? 844 : 900 },
        ...(width === 390 ? { hasTouch: true, isMobile: true } : {}),
      });
      const page = await context.newPage();
      await page.goto(built.url('/search/'), { waitUntil: 'load' });
      const { results } = await search(page, 'seigniorage');
      const glossary = results.find((r) => r.kind === 'Glossary')!;
      expect(glossary).toBeTruthy();
      const links = [glossary, ...glossary.parts].map((l) => ({
        label: 'title' in l ? l.title : l.label,
        path: l.path,
      }));
      expect(links).toContainEqual({ label: 'seigniorage', path: '/glossary/#seigniorage' });
      expect(links.filter((l) => /^\/glossary\/#letter-/.test(l.path))).toEqual([]);
      const excerpts = results.flatMap((r) => [r.excerpt, ...r.parts.map((p) => p.excerpt)]);
      // "seigniorage The gain…", not "seigniorageThe gain…".
      expect(excerpts.filter((e) => /seigniorage\p{L}/iu.test(e))).toEqual([]);
      await page.screenshot({ path: shot(`search-seigniorage-${width}.png`), fullPage: true });
      // The reader follows the glossary link and lands on the term.
      await page.locator('[data-search-results] a[href$="#seigniorage"]').first().click();
      await page.waitForURL(/\/glossary\/#seigniorage$/);
      expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toMatch(/seigniorage/);
      await context.close();
    });
  }

  it('on a phone, the header’s "Search" link opens the search page with the cursor in its box', async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(built.url('/essay/the-dollar-era/'), { waitUntil: 'load' });
    const link = page.locator('header.site-header').getByRole('link', { name: 'Search' });
    const box = (await link.boundingBox())!;
    await Promise.all([
      page.waitForURL(/\/search\/$/),
      page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2),
    ]);
    await page.waitForLoadState('load');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        name: el?.getAttribute('name'),
        label: el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : undefined,
        inMain: el?.closest('main') !== null,
      };
    });
    expect(focused).toMatchObject({ name: 'q', inMain: true });
    expect(focused.label).toMatch(/Words to find/);
    // What the reader types goes into the box and searches.
    await page.keyboard.type('guilder');
    await page.waitForFunction(() =>
      /found for “guilder”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    // The page keeps its skip link, first in the order of the page, and it still leads to the main content.
    expect(await page.locator('body > a.skip-link, body a.skip-link').first().getAttribute('href')).toBe('#main');
    await context.close();
  });
});
