import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, PHONE } from '../support/browser';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';

/**
 * Presenter mode as a teacher uses it: open a chapter with `?present=1`, move
 * through the slides by keyboard alone, read everything from the back of the
 * room, show the speaker notes, and give a student the slide's address to
 * open on a phone.
 */

const built = useBuiltSite();
const CHAPTER = '/essay/the-dollar-era/';

/** What the slide on screen shows, and where the address points. */
async function slide(page: Page): Promise<{ caption: string; count: string; hash: string; present: string | null }> {
  return page.evaluate(() => ({
    caption: (document.querySelector('.presenter-caption')?.textContent ?? '').trim(),
    count: (document.querySelector('.presenter-count')?.textContent ?? '').trim(),
    hash: decodeURIComponent(location.hash.slice(1)),
    present: new URLSearchParams(location.search).get('present'),
  }));
}

/** The rendered size of the live explorer's chart labels, once its charts have redrawn for the slide. */
async function liveLabelSizes(page: Page): Promise<number[]> {
  await page.locator('.presenter-live-view svg text').first().waitFor();
  await page.waitForFunction(() =>
    document.querySelector('.presenter-live-view [data-drawn], .presenter-live-view svg'),
  );
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('.presenter-live-view svg')]
      .filter((svg) => svg.viewBox.baseVal?.width)
      .flatMap((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')]
          .filter((t) => t.getBoundingClientRect().width > 0 && (t.textContent ?? '').trim())
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      }),
  );
}

describe('presenter mode', () => {
  it('moves by keyboard alone, one step per slide, each slide its own address; notes on N; projector-sized type', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(built.url(`${CHAPTER}?present=1`), { waitUntil: 'load' });
    await page.locator('.presenter').waitFor();
    const steps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-step]')].map((s) => ({
        id: s.id,
        caption: (s.querySelector('[data-step-caption]')?.textContent ?? '').trim(),
        notes: s.dataset['notes'] ?? '',
      })),
    );
    expect(steps.length).toBeGreaterThanOrEqual(5);
    const n = steps.length;
    const expectSlide = async (i: number) =>
      expect(await slide(page)).toEqual({
        caption: steps[i]!.caption,
        count: `Slide ${i + 1} of ${n}`,
        hash: steps[i]!.id,
        present: '1',
      });

    await expectSlide(0);
    // Only the essay shows nothing else: the chapter's own text is hidden behind the slide.
    expect(await page.locator('main').isVisible()).toBe(false);
    const entries = await page.evaluate(() => history.length);
    const moves: [string, number][] = [
      ['ArrowRight', 1],
      ['Space', 2],
      ['PageDown', 3],
      ['ArrowLeft', 2],
      ['PageUp', 1],
      ['End', n - 1],
      ['ArrowRight', n - 1],
      ['Home', 0],
      ['ArrowLeft', 0],
    ];
    for (const [key, expected] of moves) {
      await page.keyboard.press(key);
      await expectSlide(expected);
    }
    // The address follows without filling the history: Back leaves presenter mode, not one slide.
    expect(await page.evaluate(() => history.length)).toBe(entries);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSlide(2);

    // Chart labels and text read from the back of the room: 24 px or more.
    const sizes = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.presenter-drawing svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const labels = [...svg.querySelectorAll('text')]
        .filter((t) => t.getBoundingClientRect().width > 0 && (t.textContent ?? '').trim())
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      const text = [...document.querySelectorAll('.presenter-text p, .presenter-caption')].map((p) =>
        parseFloat(getComputedStyle(p).fontSize),
      );
      return { labels, text };
    });
    expect(sizes.labels.length).toBeGreaterThan(4);
    expect(Math.min(...sizes.labels)).toBeGreaterThanOrEqual(23.9);
    expect(sizes.text.length).toBeGreaterThan(1);
    expect(Math.min(...sizes.text)).toBeGreaterThanOrEqual(24);

    // Speaker notes: hidden until N, then the step's own notes; the button hides them again.
    const notes = page.locator('.presenter-notes');
    expect(await notes.isVisible()).toBe(false);
    await page.keyboard.press('n');
    expect(await notes.isVisible()).toBe(true);
    expect((await notes.textContent())?.trim()).toBe(steps[2]!.notes);
    expect(steps[2]!.notes.length).toBeGreaterThan(20);
    await page.screenshot({ path: shot('present-notes-1280.png') });
    await page.getByRole('button', { name: 'Notes' }).click();
    expect(await notes.isVisible()).toBe(false);
    await page.screenshot({ path: shot('present-1280.png') });

    // The presenter's code is fetched only in presenter mode: a plain visit of the chapter loads none of it.
    const presenterChunks = loaded.filter((u) => /\/_astro\/present[^/]*\.js$/.test(u));
    expect(presenterChunks.length).toBeGreaterThan(0);
    const plain: string[] = [];
    page.on('request', (r) => plain.push(r.url()));
    await page.goto(built.url(CHAPTER), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(plain.filter((u) => presenterChunks.includes(u))).toEqual([]);
    expect(await page.locator('.presenter').count()).toBe(0);

    // A student opens the slide's address on a phone: the same slide, and a tap on Next moves on.
    const address = built.url(`${CHAPTER}?present=1#${steps[2]!.id}`);
    const phone = await built.browser.newContext(PHONE);
    const student = await phone.newPage();
    await student.goto(address, { waitUntil: 'load' });
    await student.locator('.presenter').waitFor();
    expect(await slide(student)).toEqual({
      caption: steps[2]!.caption,
      count: `Slide 3 of ${n}`,
      hash: steps[2]!.id,
      present: '1',
    });
    // The drawing takes its own height, no empty band around it, and a swipe up the slide brings the
    // step's last line into view above the controls.
    const boxes = () =>
      student.evaluate(() => {
        const box = (s: string) => document.querySelector(`.presenter ${s}`)!.getBoundingClientRect();
        const text = document.querySelector('.presenter-text')!;
        const last = document.createRange();
        last.selectNodeContents(text);
        const lines = last.getClientRects();
        return {
          holder: box('.presenter-drawing').height,
          drawing: box('.presenter-drawing svg').height,
          textTop: box('.presenter-text').top,
          lastLine: lines[lines.length - 1]!.bottom,
          controls: box('.presenter-controls').top,
        };
      });
    const before = await boxes();
    expect(before.holder - before.drawing).toBeLessThanOrEqual(2);
    expect(before.textTop).toBeLessThan(before.controls - 100);
    const cdp = await phone.newCDPSession(student);
    const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] });
    await finger('touchStart', before.controls - 20);
    for (let i = 1; i <= 12; i++) await finger('touchMove', before.controls - 20 - 40 * i);
    await finger('touchEnd', 0);
    await expect.poll(async () => (await boxes()).lastLine).toBeLessThanOrEqual(before.controls);
    await student.screenshot({ path: shot('present-390.png') });
    const next = student.getByRole('button', { name: /Next/ });
    const box = (await next.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    await student.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    expect((await slide(student)).hash).toBe(steps[3]!.id);
    await phone.close();
    await context.close();
  });
  it('/compare/?present=1: chapter 6’s views, then the live explorer, by keyboard alone; a slide’s address reopens it; notes; 24 px type', async () => {
    // The deck's first slides are the chapter's steps, as the chapter shows them, each opening the view its link names.
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(built.url('/essay/the-pattern-side-by-side/'), { waitUntil: 'load' });
    const steps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#aligned-gdp [data-step]')].map((s) => ({
        id: s.id,
        // The caption without its link to the explorer, which the explorer's own slide leaves out.
        caption: [...s.querySelector('[data-step-caption]')!.childNodes]
          .filter((c) => c.nodeName !== 'A')
          .map((c) => c.textContent)
          .join('')
          .trim(),
        notes: s.dataset['notes'] ?? '',
        view: new URL(s.querySelector<HTMLAnchorElement>('a[href*="/compare/"]')!.href).searchParams.toString(),
      })),
    );
    expect(steps.length).toBeGreaterThanOrEqual(4);
    const n = steps.length + 1;
    const view = () =>
      page.evaluate(() => {
        const params = new URLSearchParams(location.search);
        params.delete('present');
        return params.toString();
      });

    await page.goto(built.url('/compare/?present=1'), { waitUntil: 'load' });
    await page.locator('.presenter').waitFor();
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
      expect(await slide(page)).toEqual({
        caption: steps[i]!.caption,
        count: `Slide ${i + 1} of ${n}`,
        hash: steps[i]!.id,
        present: '1',
      });
      expect(await view()).toBe(steps[i]!.view);
      // Each view is drawn on its slide, not only named.
      expect(await page.locator('.presenter-drawing svg').isVisible()).toBe(true);
    }

    // Text, caption and chart labels read from the back of the room at 1280×720.
    const sizes = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.presenter-drawing svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const labels = [...svg.querySelectorAll('text')]
        .filter((t) => t.getBoundingClientRect().width > 0 && (t.textContent ?? '').trim())
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      const text = [...document.querySelectorAll('.presenter-text p, .presenter-caption')]
        .filter((p) => p.getClientRects().length > 0)
        .map((p) => parseFloat(getComputedStyle(p).fontSize));
      return { labels, text };
    });
    expect(sizes.labels.length).toBeGreaterThan(4);
    expect(Math.min(...sizes.labels)).toBeGreaterThanOrEqual(23.9);
    expect(sizes.text.length).toBeGreaterThan(1);
    expect(Math.min(...sizes.text)).toBeGreaterThanOrEqual(24);

    // The speaker notes are the chapter's own for this view.
    const notes = page.locator('.presenter-notes');
    await page.keyboard.press('n');
    expect(await notes.isVisible()).toBe(true);
    expect((await notes.textContent())?.trim()).toBe(steps[steps.length - 1]!.notes);
    expect(steps.every((s) => s.notes.length > 20)).toBe(true);
    await page.screenshot({ path: shot('present-compare-notes-1280x720.png') });
    await page.keyboard.press('n');

    // The last slide is the explorer itself, live: its controls in reach, the default view.
    await page.keyboard.press('End');
    expect(await slide(page)).toMatchObject({ count: `Slide ${n} of ${n}`, hash: 'explorer', present: '1' });
    expect(await view()).toBe('');
    const explorer = page.locator('.presenter compare-explorer');
    expect(await explorer.isVisible()).toBe(true);
    expect(await explorer.getByRole('radio', { name: 'Calendar years' }).isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect((await slide(page)).count).toBe(`Slide ${n} of ${n}`);
    // The live chart, redrawn for the slide, reads from the back of the room too.
    await expect
      .poll(async () => Math.min(...(await liveLabelSizes(page))), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(23.9);
    expect((await liveLabelSizes(page)).length).toBeGreaterThan(10);
    await page.screenshot({ path: shot('present-compare-live-1280x720.png') });
    // The deck, its copied drawing and the live explorer inside it stay accessible.
    expect(await axeViolations(page)).toEqual([]);

    // Back two slides, then reload that slide's address: the same slide and view.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const before = await slide(page);
    expect(before.hash).toBe(steps[steps.length - 2]!.id);
    await page.reload({ waitUntil: 'load' });
    await page.locator('.presenter-drawing svg').waitFor();
    expect(await slide(page)).toEqual(before);
    expect(await view()).toBe(steps[steps.length - 2]!.view);

    // A student opens that address on a phone: the same slide, readable, and a tap moves on.
    const address = await page.evaluate(() => location.href);
    const phone = await built.browser.newContext(PHONE);
    const student = await phone.newPage();
    await student.goto(address, { waitUntil: 'load' });
    await student.locator('.presenter-drawing svg').waitFor();
    expect(await slide(student)).toEqual(before);
    const overflow = await student.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await student.screenshot({ path: shot('present-compare-390.png') });
    const next = student.getByRole('button', { name: /Next/ });
    const box = (await next.boundingBox())!;
    await student.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    expect((await slide(student)).hash).toBe(steps[steps.length - 1]!.id);
    await phone.close();
    await context.close();
  });

  it('/triffin/?present=1: chapter 5’s model states, the presets and the live model; each slide’s address holds its state', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // A student's link to the slide that lays the record over the model.
    await page.goto(built.url('/triffin/?history=1&present=1#model-against-history'), { waitUntil: 'load' });
    await page.locator('.presenter-drawing svg').waitFor();
    const opened = await slide(page);
    expect(opened.hash).toBe('model-against-history');
    expect(opened.count).toMatch(/^Slide 3 of \d+$/);
    expect(new URL(page.url()).searchParams.get('history')).toBe('1');
    await page.keyboard.press('n');
    expect((await page.locator('.presenter-notes').textContent())?.trim().length).toBeGreaterThan(20);
    await page.keyboard.press('n');
    await page.screenshot({ path: shot('present-triffin-1280x720.png') });
    expect(await axeViolations(page)).toEqual([]);
    // Forward to Britain's preset, live, then the model as the page opens it.
    const total = Number(/of (\d+)/.exec(opened.count)![1]);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await slide(page)).toMatchObject({ hash: 'preset-uk-1948', count: `Slide ${total - 1} of ${total}` });
    expect(new URL(page.url()).searchParams.get('preset')).toBe('uk-1948');
    const model = page.locator('.presenter triffin-explorer');
    expect(await model.isVisible()).toBe(true);
    expect(await model.getByRole('button', { name: 'Britain, 1948' }).getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(async () => Math.min(...(await liveLabelSizes(page))), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(23.9);
    expect((await liveLabelSizes(page)).length).toBeGreaterThan(4);
    await page.screenshot({ path: shot('present-triffin-live-1280x720.png') });
    await page.keyboard.press('End');
    expect(await slide(page)).toMatchObject({ hash: 'explorer', count: `Slide ${total} of ${total}` });
    expect(new URL(page.url()).searchParams.get('preset')).toBe(null);
    await context.close();
  });
});
