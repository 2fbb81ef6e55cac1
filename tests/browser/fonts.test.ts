import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

/**
 * The web fonts as a reader meets them: a first page reads in the fallbacks
 * and asks for no font file, not even later unless the reader scrolls; once
 * they scroll, the files are fetched for later pages; the next page sets the
 * text in Source Serif 4 and Inter without moving it (the fallbacks are
 * matched, so the chapter takes the same room in either).
 */

const built = useBuiltSite();
const CHAPTER = '/essay/the-sterling-era/';

/** Opens `path` in a new tab of the context, and reports fonts requested, the `wf` class, layout shift and text height. */
async function visit(page: Page, path: string, scroll: boolean) {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
  });
  await page.addInitScript(() => {
    type Source = { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    type Shift = { value: number; hadRecentInput: boolean; startTime: number; sources: Source[] };
    const w = window as unknown as { shift: number; moved: string[] };
    w.shift = 0;
    w.moved = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Shift[]) {
        if (e.hadRecentInput) continue;
        w.shift += e.value;
        // What moved, for the failure message: the element, its first words, and where it went.
        for (const { node, previousRect: a, currentRect: b } of e.sources) {
          const el = node instanceof Element ? node : node?.parentElement;
          const name = el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : '?';
          const words = (node?.textContent ?? '').trim().slice(0, 30);
          w.moved.push(
            `${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${name} "${words}" y ${a.y}→${b.y}, h ${a.height}→${b.height}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(built.url(path), { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const { shift, moved } = await page.evaluate(() => {
    const w = window as unknown as { shift: number; moved: string[] };
    return { shift: w.shift, moved: w.moved };
  });
  if (scroll) {
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, 600);
  }
  await page.waitForTimeout(1_000);
  return {
    fonts,
    shift,
    moved: moved.join('\n'),
    wf: await page.evaluate(() => document.documentElement.classList.contains('wf')),
    used: await page.evaluate(() => {
      const prose = [...document.querySelectorAll('main p')].find((p) => (p.textContent ?? '').length > 200)!;
      return getComputedStyle(prose).fontFamily.split(',')[0]!;
    }),
    loaded: await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')),
    ),
    prose: await page.evaluate(() =>
      [...document.querySelectorAll('main p')].slice(0, 20).reduce((h, p) => h + p.getBoundingClientRect().height, 0),
    ),
  };
}

describe('web fonts', () => {
  it('a reader who leaves at once never downloads a font', async () => {
    const context = await built.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const first = await visit(await context.newPage(), '/', false);
      expect(first.fonts).toEqual([]);
      expect(first.used).toContain('fallback');
    } finally {
      await context.close();
    }
  });

  it('a reader who scrolls gets the web fonts on their next page, and the text does not move', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const first = await visit(await context.newPage(), CHAPTER, true);
      // Nothing before the first paint; the files arrive after the reader scrolled.
      expect(first.wf).toBe(false);
      expect(first.used).toBe('"Source Serif 4 fallback"');
      expect(first.fonts.some((f) => f.includes('source-serif-4'))).toBe(true);

      const second = await visit(await context.newPage(), CHAPTER, false);
      expect(second.wf).toBe(true);
      expect(second.used).toBe('"Source Serif 4"');
      expect(second.loaded).toEqual(expect.arrayContaining(['Source Serif 4', 'Inter Variable']));
      expect(second.shift, second.moved).toBeLessThanOrEqual(0.01);
      // Metric-matched: the chapter's paragraphs take within 2 % of the same height in either face.
      expect(Math.abs(second.prose - first.prose) / first.prose).toBeLessThan(0.02);
    } finally {
      await context.close();
    }
  });

  it('a reader whose cache has lost the font files keeps the fallbacks on that page: nothing moves when they arrive', async () => {
    const context = await built.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      // The mark of an earlier visit, but no font file in the cache, and a slow network for them.
      await context.addInitScript(() => localStorage.setItem('rc-web-fonts', '1'));
      await context.route('**/*.woff2', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.continue();
      });
      for (const path of ['/triffin/', CHAPTER]) {
        const late = await visit(await context.newPage(), path, false);
        expect(late.wf).toBe(true);
        expect(late.shift, `${path}\n${late.moved}`).toBeLessThanOrEqual(0.01);
      }
    } finally {
      await context.close();
    }
  });
});
