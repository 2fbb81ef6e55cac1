import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/lib/dates';
import { loadRows } from '../../src/lib/data';
import { sterlingAnchors } from '../../src/schemas/datasets/sterlingAnchors';
import { axeViolations, PHONE } from '../support/browser';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();

const rows = loadRows(sterlingAnchors);
const FIGURE = '.guide-map[data-map="sterling-anchors"]';
const LIST = '.map-list[data-map="sterling-anchors"]';

/** What a reader sees of the map: its size, its three fills, the size of its words, and its list. */
function seen(selectors: { figure: string; list: string }) {
  const figure = document.querySelector(selectors.figure)!;
  const svg = figure.querySelector('svg')!;
  const fill = (selector: string) => {
    const path = svg.querySelector(`:scope > ${selector}`);
    return path ? getComputedStyle(path).fill : '';
  };
  const list = document.querySelector<HTMLDetailsElement>(selectors.list)!;
  const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
  return {
    width: svg.getBoundingClientRect().width,
    full: fill('.shaded > path'),
    faint: fill('.shaded-alt > path'),
    // The unshaded land: the mark after the outline of the globe, one merged shape.
    land: fill('g:nth-of-type(2) > path'),
    captionPx: px(figure.querySelector('figcaption')),
    summaryPx: px(list.querySelector('summary')),
    itemPx: px(list.querySelector('li')),
    open: list.open,
    items: [...list.querySelectorAll('li')].map((li) => ({
      text: li.textContent?.trim() ?? '',
      visible: li.checkVisibility(),
    })),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}
const SELECTORS = { figure: FIGURE, list: LIST };

describe('the map of currencies anchored to sterling, as a reader meets it', () => {
  it('on a phone, the chapter’s map fits, full colour and faint tint stand apart from the land, the words are 12 px or more, and the list opened by a tap reads as the CSV', async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(built.url('/essay/the-sterling-era/'), { waitUntil: 'load' });
    const map = page.locator(FIGURE);
    await map.scrollIntoViewIfNeeded();
    const before = await page.evaluate(seen, SELECTORS);
    expect(before.width).toBeGreaterThan(300);
    expect(before.width).toBeLessThanOrEqual(390);
    expect(before.full).not.toBe('');
    expect(before.faint).not.toBe('');
    expect(new Set([before.full, before.faint, before.land]).size).toBe(3);
    for (const px of [before.captionPx, before.summaryPx, before.itemPx]) expect(px).toBeGreaterThanOrEqual(12);
    expect(before.items.filter((i) => i.visible)).toHaveLength(0);
    await map.screenshot({ path: shot('sterling-anchors-chapter-390.png') });

    const summary = page.locator(`${LIST} summary`);
    await summary.scrollIntoViewIfNeeded();
    const box = (await summary.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const after = await page.evaluate(seen, SELECTORS);
    expect(after.open).toBe(true);
    expect(after.items.filter((i) => i.visible)).toHaveLength(rows.length);
    // Each entry gives the country and its run of months as the CSV has them, in its order.
    after.items.forEach((item, i) => {
      const row = rows[i]!;
      expect(item.text.startsWith(`${row.country}, ${formatIsoDate(row.date)} to ${formatIsoDate(row.until)}`)).toBe(
        true,
      );
    });
    // A country that left and came back is listed once per run.
    expect(after.items.filter((i) => i.text.startsWith('India,'))).toHaveLength(
      rows.filter((r) => r.country === 'India').length,
    );
    expect(after.overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: shot('sterling-anchors-chapter-390-list.png') });
    await context.close();
  });

  it('at 1280 px the map is drawn wide, with its source under it, and printed on A4 it keeps its drawing and colours', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/essay/the-sterling-era/'), { waitUntil: 'load' });
    const map = page.locator(FIGURE);
    await map.scrollIntoViewIfNeeded();
    const wide = await page.evaluate(seen, SELECTORS);
    expect(wide.width).toBeGreaterThan(500);
    expect(await page.locator(`${LIST} + .sources`).textContent()).toContain('Ilzetzki');
    expect(await axeViolations(page)).toEqual([]);
    await map.screenshot({ path: shot('sterling-anchors-chapter-1280.png') });

    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(seen, SELECTORS);
    expect(printed.width).toBeGreaterThan(200);
    expect(new Set([printed.full, printed.faint, printed.land]).size).toBe(3);
    expect(printed.captionPx).toBeGreaterThanOrEqual(10);
    await map.screenshot({ path: shot('sterling-anchors-chapter-print.png') });
    await context.close();
  });
});
