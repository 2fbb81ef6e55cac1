import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';
import { PHONE } from '../support/browser';

const built = useBuiltSite();

describe('the data page, /data/', () => {
  it('opens with a list of every dataset; a tap on one on a phone brings its section to the top of the screen', async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(built.url('/data/'), { waitUntil: 'load' });
    const sections = await page.$$eval('section.dataset', (els) =>
      els.map((s) => ({ id: s.id, title: s.querySelector('h2')!.textContent!.trim() })),
    );
    expect(sections.length).toBeGreaterThan(15);
    const list = page.getByRole('navigation', { name: /datasets/ });
    // Above the first dataset, in the first screen: one link per dataset, in the page's order, named by its title.
    const links = await list
      .locator('a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent!.trim() })));
    expect(links).toEqual(sections.map((s) => ({ href: `#${s.id}`, text: s.title })));
    expect((await list.boundingBox())!.y).toBeLessThan(844);
    for (const n of [links.length - 1, Math.floor(links.length / 2)]) {
      await page.evaluate(() => scrollTo(0, 0));
      const link = list.locator('a').nth(n);
      await link.scrollIntoViewIfNeeded();
      const box = (await link.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction((id) => location.hash === `#${id}`, sections[n]!.id);
      await page.waitForTimeout(400);
      // Where the reader lands, and still there once the sections around it have been drawn.
      const top = await page.locator(`#${sections[n]!.id} h2`).evaluate((h) => h.getBoundingClientRect().top);
      expect(top, sections[n]!.id).toBeGreaterThanOrEqual(0);
      expect(top, sections[n]!.id).toBeLessThan(120);
    }
    // A dataset's notes and columns set column names and values in code type, as the README writes them, with
    // no backtick showing.
    const notes = page.locator('section.dataset details').first();
    await notes.locator('summary').tap();
    const shown = await notes.evaluate((d) => ({
      text: (d as HTMLElement).innerText,
      code: [...d.querySelectorAll('.notes code')].map((c) => c.textContent),
    }));
    expect(shown.code).toEqual(expect.arrayContaining(['vintage', 'basis']));
    expect(shown.text).not.toContain('`');
    expect(
      await page
        .locator('section.dataset details')
        .evaluateAll((ds) => ds.filter((d) => d.textContent!.includes('`')).length),
    ).toBe(0);
    await context.close();
  });
});
