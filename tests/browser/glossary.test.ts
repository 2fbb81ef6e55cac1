import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { termPatterns } from '../../src/lib/glossaryTerms';
import { useBuiltSite } from '../support/site';
import { PHONE } from '../support/browser';

const CHAPTER = '/essay/the-triffin-dilemma/';

const built = useBuiltSite();

/** What a reader sees of one glossary term: whether its note shows, and where. */
async function termState(page: Page, id: string) {
  return page.evaluate((id) => {
    const button = document.querySelector<HTMLElement>(
      `.gloss-term[aria-controls="gloss-${id}"], a.gloss-term[data-gloss="${id}"]`,
    );
    const note = document.getElementById(`gloss-${id}`)!;
    const rect = note.getBoundingClientRect();
    return {
      role: button?.getAttribute('role'),
      expanded: button?.getAttribute('aria-expanded'),
      visible: note.checkVisibility(),
      text: note.textContent ?? '',
      left: rect.left,
      right: rect.right,
      top: rect.top,
      bottom: rect.bottom,
      height: innerHeight,
      // Nothing covers or clips the note: the point just inside its bottom edge is the note's own.
      seen: note.contains(document.elementFromPoint(rect.left + 8, rect.bottom - 4)),
      viewport: document.documentElement.clientWidth,
    };
  }, id);
}

describe(`glossary terms in a chapter, ${CHAPTER}`, () => {
  it('a mouse reader sees the definition on hover, and it goes when the pointer leaves', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
    const first = page.locator('[role="button"].gloss-term').first();
    await first.scrollIntoViewIfNeeded();
    const id = (await first.getAttribute('aria-controls'))!.replace(/^gloss-/, '');
    expect(await termState(page, id)).toMatchObject({ role: 'button', expanded: 'false', visible: false });
    const box = (await first.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const open = await termState(page, id);
    expect(open).toMatchObject({ expanded: 'true', visible: true });
    expect(open.text).toMatch(/In the glossary$/);
    await page.mouse.move(5, 5);
    expect(await termState(page, id)).toMatchObject({ expanded: 'false', visible: false });
    await context.close();
  });

  it('a keyboard reader opens it by focus, reaches its glossary link, and closes it with Escape', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
    const first = page.locator('[role="button"].gloss-term').first();
    const id = (await first.getAttribute('aria-controls'))!.replace(/^gloss-/, '');
    await first.focus();
    expect(await termState(page, id)).toMatchObject({ expanded: 'true', visible: true });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('In the glossary');
    expect((await termState(page, id)).visible).toBe(true);
    await page.keyboard.press('Escape');
    expect(await termState(page, id)).toMatchObject({ expanded: 'false', visible: false });
    await context.close();
  });

  it('a phone reader taps a term to read it inside the screen, and a tap elsewhere closes it', async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
    const terms = page.locator('[role="button"].gloss-term');
    const count = await terms.count();
    expect(count).toBeGreaterThan(3);
    // The last term sits furthest into the chapter; tap it in the middle of the screen, with room for its note below.
    const last = terms.nth(count - 1);
    await last.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const id = (await last.getAttribute('aria-controls'))!.replace(/^gloss-/, '');
    const box = (await last.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const open = await termState(page, id);
    expect(open).toMatchObject({ expanded: 'true', visible: true, seen: true });
    expect(open.left).toBeGreaterThanOrEqual(0);
    expect(open.right).toBeLessThanOrEqual(open.viewport);
    await page.touchscreen.tap(195, 60);
    expect(await termState(page, id)).toMatchObject({ expanded: 'false', visible: false });
    await context.close();
  });

  it('a term tapped near the foot of a phone screen opens its note above it, whole on the screen', async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
    const terms = page.locator('[role="button"].gloss-term');
    for (const n of [0, (await terms.count()) - 1]) {
      const term = terms.nth(n);
      // The term's line 70 px above the bottom of the screen.
      await term.evaluate((el) => scrollBy(0, el.getBoundingClientRect().bottom - (innerHeight - 70)));
      const id = (await term.getAttribute('aria-controls'))!.replace(/^gloss-/, '');
      const box = (await term.boundingBox())!;
      expect(box.y + box.height).toBeGreaterThan(844 - 80);
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      const open = await termState(page, id);
      expect(open, id).toMatchObject({ expanded: 'true', visible: true, seen: true });
      expect(open.top, id).toBeGreaterThanOrEqual(0);
      expect(open.bottom, id).toBeLessThanOrEqual(open.height);
      expect(open.bottom, id).toBeLessThanOrEqual(box.y);
      // A second tap on the term closes it.
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      expect((await termState(page, id)).visible).toBe(false);
    }
    await context.close();
  });

  it('an estimate’s asterisk tells a phone reader what it means and where the number comes from; without scripts it links to the definition', async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
    const mark = page.getByRole('button', { name: 'estimate' }).first();
    await mark.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    // The number it marks, as the sentence shows it.
    const value = await mark.evaluate((el) => el.closest('data')!.firstChild!.textContent);
    const box = (await mark.boundingBox())!;
    // Room to tap: at least as tall as the line's letters and wider than the asterisk alone.
    expect(box.width).toBeGreaterThanOrEqual(8);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    const note = page.locator(`#${await mark.getAttribute('aria-controls')}`);
    expect(await note.isVisible()).toBe(true);
    // Why the dataset marks the row (its rule) and what the row says (its note), then where it comes from.
    const said = await note.innerText();
    expect(said).toMatch(
      /^Estimate\. Marked an estimate when .+\. This row: .+ From \S+ \(.+\); source: .+\. What an estimate is$/,
    );
    expect(said).toContain('about £1,750 million');
    const inside = await note.evaluate((n) => {
      const r = n.getBoundingClientRect();
      return r.left >= 0 && r.right <= document.documentElement.clientWidth && r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inside).toBe(true);
    // Its links lead to the dataset on /data/ and the source's bibliography entry, both of which exist.
    for (const href of await note.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const html = await (await page.request.get(href)).text();
      expect(html, href).toContain(`id="${new URL(href).hash.slice(1)}"`);
    }
    await page.touchscreen.tap(195, 60);
    expect(await note.isVisible()).toBe(false);
    await context.close();

    const plain = await built.browser.newContext({ javaScriptEnabled: false });
    const still = await plain.newPage();
    await still.goto(built.url(CHAPTER), { waitUntil: 'load' });
    const link = still.getByRole('link', { name: 'estimate' }).first();
    expect(await link.evaluate((el) => el.closest('data')!.firstChild!.textContent)).toBe(value);
    await link.click();
    await still.waitForURL(/\/about\/#terms$/);
    expect(await still.locator('#terms ~ dl dt').first().innerText()).toBe('Estimate');
    await plain.close();
  });

  it('a phone reader taps a number from the data and reads where it comes from, with links that lead there', async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    for (const path of [CHAPTER, '/triffin/']) {
      await page.goto(built.url(path), { waitUntil: 'load' });
      const value = page.locator('data.value.cited').first();
      await value.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const shown = (await value.innerText()).trim();
      // What the hover title says (dataset: row. Source: ids), which the note must say too.
      const [, dataset, row, ids] = (await value.getAttribute('title'))!.match(/^(\S+): (.+)\. Source: (.+)$/)!;
      const note = value.locator('[role="note"]');
      expect(await note.count(), path).toBe(0);
      const box = (await value.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      expect(await note.isVisible(), path).toBe(true);
      const said = await note.innerText();
      expect(said.startsWith(`${shown} is from ${dataset} (${row}); source: `), `${path}: ${said}`).toBe(true);
      expect(said, path).toMatch(/; source: .+\.$/);
      const inside = await note.evaluate((n) => {
        const r = n.getBoundingClientRect();
        return r.left >= 0 && r.right <= document.documentElement.clientWidth && r.top >= 0 && r.bottom <= innerHeight;
      });
      expect(inside, path).toBe(true);
      // One link to the dataset on /data/, one to each source's bibliography entry; each place exists.
      const hrefs = await note.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(
        hrefs.map((h) => new URL(h).hash.slice(1)),
        path,
      ).toEqual([dataset, ...ids!.split(', ')]);
      for (const href of hrefs) {
        const html = await (await page.request.get(href)).text();
        expect(html, href).toContain(`id="${new URL(href).hash.slice(1)}"`);
      }
      // A tap elsewhere closes it; a second tap on the number opens it, a third closes it.
      await page.touchscreen.tap(195, 60);
      expect(await note.isVisible(), path).toBe(false);
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      expect(await note.isVisible(), path).toBe(true);
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      expect(await note.isVisible(), path).toBe(false);
      // Escape closes it too (a reader with a keyboard at hand, or a phone's hardware keyboard).
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.press('Escape');
      expect(await note.isVisible(), path).toBe(false);
      // An estimate's number keeps its asterisk's note instead (it says why the row is an estimate, too).
      expect(await page.locator('data.value.cited:has(.est-mark)').count(), path).toBe(0);
      expect(await page.getByRole('button', { name: 'estimate' }).count(), path).toBeGreaterThan(0);
    }
    await context.close();
  });

  it('a number whose source the page names nowhere gets the source’s title, read once from the numbers page, and after being offline', async () => {
    const { sources } = (await (await fetch(built.url('/data/sources.json'))).json()) as {
      sources: { id: string; title: string }[];
    };
    const titleOf = new Map(sources.map((s) => [s.id, s.title]));
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (r) => r.url().includes('/numbers/') && fetched.push(new URL(r.url()).pathname));
    await page.goto(built.url('/essay/the-dollar-era/'), { waitUntil: 'load' });
    // The numbers whose every source this page names nowhere else: their notes start with the sources' ids.
    const unnamed = await page.$$eval('data.value.cited', (values) =>
      values.flatMap((v, i) => {
        const ids = v.getAttribute('title')!.split('. Source: ')[1]!.split(', ');
        const named = (id: string) => document.querySelector(`a[href$="/sources/#${CSS.escape(id)}"]`);
        return ids.every((id) => !named(id)) ? [{ i, ids }] : [];
      }),
    );
    expect(unnamed.length).toBeGreaterThan(1);
    const tap = async (i: number) => {
      const value = page.locator('data.value.cited').nth(i);
      await value.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const box = (await value.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      return value;
    };
    // Offline (a phone in a tunnel), the note names the sources by id, each still a link to its entry…
    await context.setOffline(true);
    const first = await tap(unnamed[0]!.i);
    await page.waitForTimeout(500);
    expect(await first.locator('[role="note"] a[href*="/sources/#"]').allInnerTexts()).toEqual(unnamed[0]!.ids);
    await page.keyboard.press('Escape');
    await context.setOffline(false);
    // …and back online, the next tap brings the titles.
    for (const { i, ids } of unnamed.slice(0, 2)) {
      const value = await tap(i);
      const links = value.locator('[role="note"] a[href*="/sources/#"]');
      await expect.poll(() => links.allInnerTexts()).toEqual(ids.map((id) => titleOf.get(id)));
      // Still whole on the screen with the longer names.
      const inside = await value.locator('[role="note"]').evaluate((n) => {
        const r = n.getBoundingClientRect();
        return r.left >= 0 && r.right <= document.documentElement.clientWidth && r.top >= 0 && r.bottom <= innerHeight;
      });
      expect(inside).toBe(true);
      await page.keyboard.press('Escape');
    }
    expect(fetched).toEqual(['/essay/the-dollar-era/numbers/']);
    await context.close();
  });

  it('without JavaScript each term is a link to its entry on /glossary/, and the note stays hidden', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
    const links = await page.$$eval('a.gloss-term', (as) =>
      as.map((a) => ({
        href: a.getAttribute('href')!,
        note: document.getElementById(`gloss-${a.dataset['gloss']}`)!.checkVisibility(),
      })),
    );
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((l) => l.note)).toEqual([]);
    await page.goto(new URL(links[0]!.href, built.url('/')).href, { waitUntil: 'load' });
    const target = links[0]!.href.split('#')[1]!;
    expect(
      await page.evaluate((id) => document.getElementById(id)?.querySelector('dfn')?.textContent, target),
    ).toBeTruthy();
    await context.close();
  });
});

describe('the glossary page, /glossary/', () => {
  it('every "In the essay" line names only chapters whose text uses the term or one of its spellings', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/glossary/'), { waitUntil: 'load' });
    // What the reader reads of each entry: the term, its other spellings, and the chapters its line names.
    const entries = await page.$$eval('.term', (terms) =>
      terms.map((t) => ({
        term: t.querySelector('dfn')!.textContent!.trim(),
        aliases: (t.querySelector('.aka')?.textContent ?? '')
          .replace(/^\s*also:\s*/, '')
          .split(', ')
          .filter(Boolean),
        line: t.querySelector('.in')?.textContent ?? '',
        chapters: [...t.querySelectorAll<HTMLAnchorElement>('.in a')].map((a) => new URL(a.href).pathname),
      })),
    );
    expect(entries.length).toBeGreaterThanOrEqual(30);
    for (const e of entries.filter((e) => e.chapters.length > 0)) expect(e.line).toMatch(/^In the essay: /);
    // Each chapter's text as a reader reads it: its title, headings, paragraphs, lists and figure captions,
    // not the claim notes, glossary notes, source lists or navigation around them.
    const texts = new Map<string, string>();
    for (const path of new Set(entries.flatMap((e) => e.chapters))) {
      // Once loaded: on a first visit the blocks below the first screen are laid out just after the first paint,
      // and until then a script's innerText leaves them out (csp.ts).
      await page.goto(built.url(path), { waitUntil: 'load' });
      texts.set(
        path,
        await page.$$eval('main article :is(h1, h2, h3, p, li, figcaption)', (els) =>
          els
            .filter(
              (el) =>
                !el.closest('.claim-note, .gloss-def, .sources, nav, details, .share, .standfirst, .kicker') &&
                (!el.closest('figure') || el.matches('figcaption')),
            )
            // As shown: without the hidden note that follows a term's first use.
            .map((el) => (el as HTMLElement).innerText)
            .join('\n'),
        ),
      );
    }
    const unused = entries.flatMap((e) => {
      const patterns = termPatterns([{ id: e.term, term: e.term, aliases: e.aliases, definition: '' }]);
      return e.chapters
        .filter((path) => !patterns.some(({ pattern }) => pattern.test(texts.get(path)!)))
        .map((path) => `${e.term}: ${path}`);
    });
    expect(unused).toEqual([]);
    await context.close();
  });
});
