import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser';
import { choose, mounted, query, SOON } from '../support/compare';
import { useBuiltSite } from '../support/site';

/**
 * Apostrophes and quotation marks as a book prints them, wherever a reader looks: the text the build writes (a
 * chapter's standfirst, a figure's title, an event's sources) and the text a page's script writes later (the
 * timeline's event panel, a chart redrawn, the comparative chart's axis). Code, citations to paste and form fields
 * keep the typewriter's.
 */

const built = useBuiltSite();

/** Visible text with a typewriter quote, and the readable attributes of visible elements that have one. */
function typewriterQuotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const verbatim = 'pre, code, kbd, samp, textarea, script, style';
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const parent = n.parentElement;
      if (!/['"]/.test(text) || !parent || parent.closest(verbatim)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const at = text.search(/['"]/);
      found.push(`"${text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ')}"`);
    }
    for (const el of document.querySelectorAll('[aria-label], [alt], [title]')) {
      if (el.closest(verbatim) || !el.checkVisibility()) continue;
      for (const name of ['aria-label', 'alt', 'title'])
        if (/['"]/.test(el.getAttribute(name) ?? '')) found.push(`${name}="${el.getAttribute(name)}"`);
    }
    return found;
  });
}

/**
 * Numbers whose sign the line broke away from them (a line that starts with "%"), as `8.9 | %`: in the text, where
 * the browser wraps, and in the charts' labels, wrapped by the build.
 */
function strandedSigns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const top = (n: Node, at: number) => {
      range.setStart(n, at);
      range.setEnd(n, at + 1);
      return range.getBoundingClientRect().top;
    };
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!n.parentElement?.checkVisibility({ visibilityProperty: true })) continue;
      for (const m of text.matchAll(/\d\s+[%‰†]/g))
        if (top(n, m.index + m[0].length - 1) > top(n, m.index) + 2)
          found.push(`"${text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 10)}"`);
    }
    for (const label of document.querySelectorAll('svg text')) {
      const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
      lines.forEach((line, i) => {
        if (i > 0 && /^[%‰†]/.test(line) && /\d$/.test(lines[i - 1]!)) found.push(`chart label "${lines.join(' | ')}"`);
      });
    }
    return found;
  });
}

let page: Page;
/** Signs `strandedSigns` found on the pages the first test visits, and how many pages it read. */
const stranded: string[] = [];
let visited = 0;

beforeAll(async () => {
  page = await (await built.browser.newContext(PHONE)).newPage();
});

afterAll(async () => {
  await page.context().close();
});

describe('quotation marks and apostrophes at 390 px', () => {
  it('are typographic on the pages as built: chapters, explorers, ledger, data, about, home', async () => {
    const seen: string[] = [];
    for (const path of [
      '/',
      '/essay/the-dollar-era/',
      '/essay/the-sterling-era/',
      '/triffin/',
      '/compare/',
      '/claims/',
      '/data/',
      '/about/',
      '/timeline/battle-of-waterloo/',
      '/essay/what-the-argument-leaves-out/',
      '/claims/us-same-path/',
    ]) {
      await page.goto(built.url(path), { waitUntil: 'networkidle' });
      seen.push(...(await typewriterQuotes(page)).map((q) => `${path} ${q}`));
      stranded.push(...(await strandedSigns(page)).map((q) => `${path} ${q}`));
      visited++;
    }
    expect(seen).toEqual([]);
    // The standfirst the build writes from a chapter's front matter, typeset.
    await page.goto(built.url('/essay/the-dollar-era/'), { waitUntil: 'load' });
    expect(await page.locator('.standfirst').textContent()).toContain('the world’s reserve currency');
  });

  it('leave no percent or estimate sign at the start of a line, away from its number (the same pages)', () => {
    expect(visited).toBeGreaterThan(0);
    expect(stranded).toEqual([]);
  });

  it('are typographic in what scripts write: the event panel, the comparative chart redrawn', async () => {
    await page.goto(built.url('/timeline/?event=battle-of-waterloo'), { waitUntil: 'networkidle' });
    const panel = page.locator('[data-event-panel] article');
    await expect.poll(() => panel.getAttribute('data-event-id'), SOON).toBe('battle-of-waterloo');
    expect(await panel.innerText()).toContain('the world’s financial centre');
    expect(await typewriterQuotes(page)).toEqual([]);
    // Searching finds the same events whether the keyboard types the apostrophe straight or curls it (a phone's).
    const count = page.locator('[data-timeline-count]');
    const found: string[] = [];
    for (const typed of ["Amsterdam's", 'Amsterdam’s']) {
      await page.getByLabel('Search events').fill(typed);
      await expect.poll(() => count.textContent(), SOON).not.toMatch(/Showing 243 of 243/);
      found.push((await count.textContent())!.trim());
    }
    expect(found[0]).toMatch(/^Showing [1-9]\d* of 243 events$/);
    expect(found[1]).toBe(found[0]);

    await page.goto(built.url('/compare/'), { waitUntil: 'networkidle' });
    await mounted(page);
    await choose(page, /Life cycle/, true);
    await expect.poll(() => query(page), SOON).toBe('?align=lifecycle');
    await expect
      .poll(() => page.locator('[data-compare-frame]').innerText(), SOON)
      .toContain('Share of each era’s life');
    expect(await typewriterQuotes(page)).toEqual([]);
  });
});
