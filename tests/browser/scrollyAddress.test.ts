import { describe, expect, it } from 'vitest';
import { DOLLAR_ERA, after, lineAt, mounted, openAt } from '../support/scrolly';
import { useBuiltSite } from '../support/site';

/**
 * The essay's address as a reader meets it: it names the step being read and
 * no other, so a reload, a copied link or a return through the history brings
 * the reader back to the line they were reading; section headings link to themselves.
 */

const built = useBuiltSite();
const open = (path: string, width: 390 | 1280) => openAt(built, path, width);

describe('a reload', () => {
  // Below a scrolly (the address names no step) and half-way through the chapter's last one (it names the step):
  // the browser puts its own offset back into the page before the scrollies mount, when the steps still carry
  // their drawings and the web fonts may not have arrived.
  const PLACES = [
    { name: 'below a scrolly', scrolly: 'gold-window', depth: 'bottom', step: false },
    { name: 'half-way through the chapter’s last scrolly', scrolly: 'federal-debt', depth: 'middle', step: true },
  ] as const;
  for (const width of [390, 1280] as const)
    for (const place of PLACES)
      it(`a reload ${place.name} returns the reader to the same line, at ${width} px`, async () => {
        const page = await open(DOLLAR_ERA, width);
        // How far the reader has come: the scrolly's middle or bottom against the middle of the window, read as
        // they go, as a reader sees it.
        const short = () =>
          page.evaluate(({ scrolly, depth }) => {
            const box = document.getElementById(scrolly)!.getBoundingClientRect();
            return (depth === 'bottom' ? box.bottom : (box.top + box.bottom) / 2) - innerHeight / 2;
          }, place);
        await page.mouse.move(width / 2, 400);
        for (let i = 0; i < 200 && (await short()) > 0; i++) {
          await page.mouse.wheel(0, 400);
          await page.waitForTimeout(30);
        }
        await after(page, 400);
        expect(await short()).toBeLessThanOrEqual(0);
        const line = () => lineAt(page, 'bottom');
        const before = await line();
        expect(before.text).not.toBe('');
        // The address names a step only while the reader is among the scrolly's steps.
        if (place.step) expect(before.hash).not.toBe('');
        else expect(before.hash).toBe('');
        await page.reload({ waitUntil: 'load' });
        await mounted(page);
        await after(page, 300);
        const again = await line();
        expect(again.text).toBe(before.text);
        expect(Math.abs(again.top - before.top)).toBeLessThanOrEqual(2);
        await page.context().close();
      });
});

describe('a return through Back', () => {
  it('after reading another page (the web fonts now set the text) puts the line under the pinned figure where it was, at 390 px', async () => {
    const page = await open('/essay/the-triffin-dilemma/', 390);
    await page.mouse.move(195, 400);
    for (let i = 0; i < 25; i++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(40);
    }
    await after(page, 400);
    // The line a reader reads: the first text in the column below the pinned figure.
    const line = () => lineAt(page, 'under-stage');
    const before = await line();
    expect(before.text).not.toBe('');
    await page.goto(built.url('/glossary/'), { waitUntil: 'load' });
    await page.goBack({ waitUntil: 'load' });
    await mounted(page);
    await after(page, 300);
    const again = await line();
    // The page came back in the other face: what is above the line has changed height.
    expect([before.webFonts, again.webFonts]).toEqual([false, true]);
    expect(again.text).toBe(before.text);
    expect(Math.abs(again.top - before.top)).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});

describe('the address of the essay', () => {
  it('follows the step being read, without adding to the history, and names none above the first step', async () => {
    const page = await open(DOLLAR_ERA, 1280);
    const hash = () => page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
    const length = await page.evaluate(() => history.length);
    expect(await hash()).toBe('');
    await page.mouse.move(640, 450);
    const seen = new Set<string>();
    // Wheel down through the gold scrolly: each step in turn becomes the address.
    for (let i = 0; i < 120; i++) {
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(40);
      const now = await page.evaluate(() => ({
        hash: decodeURIComponent(location.hash.slice(1)),
        active: document.querySelector('#gold-window .step.is-active')?.id ?? '',
        last: [...document.querySelectorAll('#gold-window [data-step]')].at(-1)!.id,
      }));
      if (now.hash) seen.add(now.hash);
      if (now.hash === now.last) break;
    }
    const ids = await page.evaluate(() => [...document.querySelectorAll('#gold-window [data-step]')].map((s) => s.id));
    expect([...seen].filter((h) => ids.includes(h))).toEqual(ids);
    const active = await page.evaluate(() => document.querySelector('#gold-window .step.is-active')?.id);
    expect(await hash()).toBe(active);
    expect(await page.evaluate(() => history.length)).toBe(length);
    // Back above the first step, the address names no step.
    await page.keyboard.press('Home');
    await after(page, 300);
    expect(await hash()).toBe('');
    await page.context().close();
  });

  it('gives each section heading a link to itself, shown on hover and focus at 1280 px and always on touch', async () => {
    const page = await open(DOLLAR_ERA, 1280);
    const headings = await page.locator('.chapter h2[id], .chapter h3[id]').count();
    expect(headings).toBeGreaterThan(1);
    const anchors = page.getByRole('link', { name: 'Link to this section' });
    expect(await anchors.count()).toBe(headings);
    const first = page.locator('.chapter h2[id]').first();
    const anchor = first.locator('.heading-anchor');
    const opacity = () => anchor.evaluate((a) => Number(getComputedStyle(a).opacity));
    expect(await opacity()).toBe(0);
    await first.hover();
    await page.waitForTimeout(250);
    expect(await opacity()).toBe(1);
    await anchor.click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${await first.getAttribute('id')}`);
    await page.context().close();

    const phone = await open(DOLLAR_ERA, 390);
    const shown = phone.locator('.chapter h2[id] .heading-anchor').first();
    expect(await shown.evaluate((a) => Number(getComputedStyle(a).opacity))).toBe(1);
    const box = (await shown.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await phone.context().close();
  });
});
