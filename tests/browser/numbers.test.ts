import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseValueTitle } from '../../src/lib/valueCitation';
import { builtPages, DIST } from '../support/browser';
import { misprinted } from '../support/numbers';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();
const CHAPTERS = builtPages().filter((p) => /^\/essay\/[^/]+\/$/.test(p));

/**
 * A reader who cannot hover over a number or tap it (a keyboard, a screen reader, paper, no scripts) follows
 * the chapter's link to "where each number comes from" and finds there every number the chapter shows, in its
 * order, each with the dataset and sources the chapter's own citation names.
 */
describe('where each number in a chapter comes from', () => {
  it('every chapter links to a page that cites each of its numbers, in order, as the chapter does', async () => {
    expect(CHAPTERS.length).toBe(9);
    const context = await built.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const chapter of CHAPTERS) {
      await page.goto(built.url(chapter), { waitUntil: 'load' });
      // The numbers as the chapter shows them (an estimate's asterisk aside) and the citations their titles carry.
      const shown = await page.$$eval('main data.value[title]', (ds) =>
        ds.map((d) => ({ text: d.firstChild!.textContent!.trim(), title: d.getAttribute('title')! })),
      );
      const cited = shown.filter((d) => parseValueTitle(d.title));
      // A paragraph of the text ends a sentence: a blank line in the MDX before a number once split one in two.
      const unfinished = await page.$$eval('article.chapter > p:not(.ui), .step-text > p:not(.ui)', (ps) =>
        ps.map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).filter((t) => t && !/[.!?:)”’]$/.test(t)),
      );
      expect(unfinished, chapter).toEqual([]);
      expect(cited.length, chapter).toBeGreaterThan(5);
      // Each number reads as a reader reads it: "$4,744.46", "−5.9 %".
      expect(
        shown.flatMap((d) => misprinted(d.text)),
        chapter,
      ).toEqual([]);
      const link = page.getByRole('link', { name: 'Where each number in the text comes from' });
      await link.click();
      await page.waitForURL(built.url(`${chapter}numbers/`));
      expect(await page.locator('h1').innerText()).toBe('Where the numbers come from');
      const listed = await page.$$eval('.numbers-from > li', (items) =>
        items.map((li) => ({
          text: li.querySelector('strong')!.textContent!,
          targets: [...li.querySelectorAll('a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash),
        })),
      );
      expect(
        listed.map((n) => n.text),
        chapter,
      ).toEqual(cited.map((d) => d.text));
      for (const [i, n] of listed.entries()) {
        const c = parseValueTitle(cited[i]!.title)!;
        const expected = [`/data/#${c.dataset}`, ...(c.estimate ? ['/about/#terms'] : [])];
        expected.push(...c.sources.map((id) => `/sources/#${id}`));
        expect(n.targets, `${chapter} ${n.text}`).toEqual(expected);
      }
      // Each sentence shows its numbers as the chapter does, in bold.
      const sentences = await page.$$eval('.numbers-said', (ps) => ps.map((p) => p.textContent!));
      for (const s of sentences) expect(s, chapter).toMatch(/[.!?:)”]$/);
      await page.getByRole('link', { name: 'Back to the chapter' }).click();
      await page.waitForURL(built.url(chapter));
    }
    // Where the links lead exists: each dataset on /data/, each source on /sources/, the estimate's definition.
    const targets = new Map<string, Set<string>>();
    await page.goto(built.url('/essay/the-dollar-era/numbers/'), { waitUntil: 'load' });
    for (const href of await page.$$eval('.numbers-from a', (as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      targets.set(url.pathname, (targets.get(url.pathname) ?? new Set()).add(url.hash.slice(1)));
    }
    for (const [pathname, ids] of targets) {
      const html = await (await page.request.get(built.url(pathname))).text();
      for (const id of ids) expect(html, `${pathname}#${id}`).toContain(`id="${id}"`);
    }
    await context.close();
  });

  it('a page with numbers from the data but no numbers page of its own lists every source they cite', () => {
    const others = builtPages().filter((p) => !/^\/essay\//.test(p));
    const pages = others.flatMap((p) => {
      const html = readFileSync(path.join(DIST, p, 'index.html'), 'utf8');
      const titles = [...html.matchAll(/<data class="value"[^>]* title="([^"]+)"/g)].map((m) => parseValueTitle(m[1]!));
      return titles.length ? [{ p, html, cited: titles.flatMap((t) => t?.sources ?? []) }] : [];
    });
    expect(pages.map((x) => x.p)).toContain('/triffin/');
    for (const { p, html, cited } of pages) {
      const listed = new Set([...html.matchAll(/<a class="entry" href="\/sources\/#([^"]+)"/g)].map((m) => m[1]));
      expect(
        [...new Set(cited)].filter((id) => !listed.has(id)),
        p,
      ).toEqual([]);
    }
  });
});
