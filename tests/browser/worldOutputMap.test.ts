import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { worldGdpShares } from '../../src/schemas/datasets/worldGdpShares';
import { axeViolations, PHONE } from '../support/browser';
import { SHOTS } from '../support/shots';
import { useBuiltSite } from '../support/site';

// The map of each issuer's share of world output (chapter 6 and its teacher guide), read against its CSV.
const built = useBuiltSite();

const gdp = loadRows(worldGdpShares);

/** What a reader sees of the map of world output: each year's panel, the key and the table of shares. */
function outputSeen() {
  const figure = document.querySelector('.guide-map[data-map="world-gdp-shares"]');
  const panels = [...(figure?.querySelectorAll<HTMLElement>('.panel') ?? [])].map((panel) => {
    const svg = panel.querySelector('svg')!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const outside = svg.querySelector<SVGGraphicsElement>('.outside path, use.outside');
    return {
      year: panel.dataset['year'] ?? '',
      caption: panel.querySelector('figcaption')?.textContent ?? '',
      width: svg.getBoundingClientRect().width,
      shaded: [...svg.querySelectorAll('.shaded path')].map((p) => getComputedStyle(p).fill),
      outside: outside ? getComputedStyle(outside).fill : '',
      outsideBox: outside?.getBoundingClientRect().width ?? 0,
      issuers: svg.querySelectorAll('.issuer path').length,
      labels: [...svg.querySelectorAll('.issuer-label text')].map((t) => t.textContent ?? ''),
      /** Rendered size of each label's type: its font size in the drawing's units times the drawing's scale. */
      labelPx: [...svg.querySelectorAll('.issuer-label text')].map(
        (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
      ),
    };
  });
  const table = figure?.querySelector('table');
  return {
    panels,
    years: [...(table?.querySelectorAll('thead th') ?? [])].slice(1).map((th) => th.textContent?.trim() ?? ''),
    rows: [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => ({
      name: tr.querySelector('th')?.textContent?.trim() ?? '',
      cells: [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace('(issuer)', '').trim()),
      bold: [...tr.querySelectorAll('td')].map((td) => Boolean(td.querySelector('strong'))),
    })),
    tableVisible: table?.checkVisibility() ?? false,
    caption: figure?.querySelector(':scope > figcaption')?.textContent ?? '',
    legend: figure?.querySelector('.legend')?.textContent ?? '',
    title: figure?.querySelector('.map-title')?.textContent ?? '',
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

/** The rows of the release the map reads, for one year. */
const gdpRows = (year: string) => gdp.filter((r) => r.vintage === 'mpd-2010' && r.date === year);
const NAMES: Record<string, string> = {
  NLD: 'Netherlands',
  GBR: 'United Kingdom',
  USA: 'United States',
  CHN: 'China',
  FRA: 'France',
  DEU: 'Germany',
  ESP: 'Spain',
  JPN: 'Japan',
  IND: 'India',
};
/** A share as a label prints it: one decimal and the unit, an asterisk where the row is an estimate. */
const printed = (r: (typeof gdp)[number]) => `${r.share_pct.toFixed(1)}\u00a0%${r.estimate ? '*' : ''}`;
/** A share as the table prints it, whose caption gives the unit. */
const tabled = (r: (typeof gdp)[number]) => `${r.share_pct.toFixed(1)}${r.estimate ? '*' : ''}`;

describe('the map of world output, as a reader meets it', () => {
  it('with JavaScript off at 1280 px, the chapter shows one map per year, the nine economies of the CSV shaded, the rest unshaded, and a table of the CSV’s shares', async () => {
    const context = await built.browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(built.url('/essay/the-pattern-side-by-side/'), { waitUntil: 'load' });
    const seen = await page.evaluate(outputSeen);
    expect(seen.panels.length).toBeGreaterThanOrEqual(3);
    // One release throughout: every panel's year has rows in mpd-2010 for each economy shaded.
    for (const panel of seen.panels) {
      const rows = gdpRows(panel.year);
      expect(rows.length, panel.year).toBeGreaterThan(0);
      expect(panel.shaded, panel.year).toHaveLength(rows.length);
      expect(panel.width, panel.year).toBeGreaterThan(300);
      // The land outside the dataset is drawn, in a fill no economy of the dataset has: not in the data, not zero.
      expect(panel.outsideBox, panel.year).toBeGreaterThan(200);
      expect(panel.outside, panel.year).not.toBe('');
      expect(panel.shaded, panel.year).not.toContain(panel.outside);
      expect(panel.issuers, panel.year).toBeGreaterThanOrEqual(1);
      // Each issuer's label gives its share as the CSV has it.
      for (const label of panel.labels) {
        const row = rows.find((r) => label.startsWith(NAMES[r.country]!));
        expect(row, label).toBeDefined();
        expect(label).toContain(printed(row!));
      }
      expect(panel.labels, panel.year).toHaveLength(panel.issuers);
      // Years before 1950 are estimates in the CSV, and the panel says so.
      expect(panel.caption.includes('estimate'), panel.year).toBe(rows.every((r) => r.estimate));
    }
    expect(seen.panels.find((p) => p.year === '1700')?.labels.join(' ')).toContain('Netherlands');
    // Larger shares are darker: the panel's fills are not all one colour.
    expect(new Set(seen.panels.flatMap((p) => p.shaded)).size).toBeGreaterThan(2);

    // The table: one row per economy in the CSV, one column per panel, each value the CSV's.
    expect(seen.tableVisible).toBe(true);
    expect(seen.years.map((y) => y.replace('*', ''))).toEqual(seen.panels.map((p) => p.year));
    expect(seen.rows).toHaveLength(new Set(gdp.map((r) => r.country)).size);
    for (const row of seen.rows) {
      seen.panels.forEach((panel, i) => {
        const csv = gdpRows(panel.year).find((r) => NAMES[r.country] === row.name);
        expect(csv, `${row.name} ${panel.year}`).toBeDefined();
        expect(row.cells[i], `${row.name} ${panel.year}`).toBe(tabled(csv!));
      });
    }
    const boldIn1700 = seen.rows.filter((r) => r.bold[0]).map((r) => r.name);
    expect(boldIn1700).toEqual(['Netherlands']);
    expect(seen.title).toBe('Where the world’s output was when each currency led');
    expect(seen.legend).toContain('not in this dataset');
    expect(seen.caption).toContain('world-gdp-shares.csv');
    expect(seen.caption).toMatch(/present-day borders as the compilers adjusted them/);
    expect(seen.overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('.guide-map[data-map="world-gdp-shares"] + .sources').textContent()).toContain(
      'Maddison',
    );
    const map = page.locator('.guide-map[data-map="world-gdp-shares"]');
    await map.scrollIntoViewIfNeeded();
    await map.screenshot({ path: path.join(SHOTS, 'world-gdp-shares-chapter-1280-nojs.png') });

    // Printed on A4 (794 px wide at 96 dpi), the panels keep their drawings and their labels stay readable.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const printedView = await page.evaluate(outputSeen);
    for (const panel of printedView.panels) {
      expect(panel.width, panel.year).toBeGreaterThan(200);
      for (const px of panel.labelPx) expect(px, panel.year).toBeGreaterThanOrEqual(12);
    }
    await map.screenshot({ path: path.join(SHOTS, 'world-gdp-shares-chapter-print.png') });
    await context.close();
  });

  it('on a phone, the guide’s map of world output fits the screen with labels of at least 12 px, and a teacher scrolls to the table of shares and reads it whole', async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(built.url('/classroom/the-pattern-side-by-side/'), { waitUntil: 'load' });
    const seen = await page.evaluate(outputSeen);
    expect(seen.panels.length).toBeGreaterThanOrEqual(3);
    for (const panel of seen.panels) {
      expect(panel.shaded, panel.year).toHaveLength(gdpRows(panel.year).length);
      expect(panel.width, panel.year).toBeGreaterThan(300);
      expect(panel.width, panel.year).toBeLessThanOrEqual(390);
      expect(panel.labelPx.length, panel.year).toBeGreaterThan(0);
      for (const px of panel.labelPx) expect(px, panel.year).toBeGreaterThanOrEqual(12);
    }
    expect(seen.overflow).toBeLessThanOrEqual(0);
    // The teacher swipes up until the table of shares is on screen, and reads it whole.
    const table = page.locator('.guide-map[data-map="world-gdp-shares"] table');
    for (let i = 0; i < 30 && !(await table.evaluate((t) => t.getBoundingClientRect().bottom <= innerHeight)); i++) {
      await page.mouse.wheel(0, 400);
    }
    const box = (await table.boundingBox())!;
    const column = (await page.locator('.guide-map[data-map="world-gdp-shares"]').boundingBox())!;
    // Within the text's column, not only the screen: no value runs into the margin.
    expect(box.x).toBeGreaterThanOrEqual(column.x);
    expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .locator('.guide-map[data-map="world-gdp-shares"]')
      .screenshot({ path: path.join(SHOTS, 'world-gdp-shares-guide-390.png') });
    await page.screenshot({ path: path.join(SHOTS, 'world-gdp-shares-guide-390-table.png') });
    await context.close();
  });

  it('at 1280 px the chapter with the map of world output has no axe violations', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/essay/the-pattern-side-by-side/'), { waitUntil: 'load' });
    await page.locator('.guide-map[data-map="world-gdp-shares"]').scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
