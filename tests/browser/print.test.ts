import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';

/**
 * A chapter printed from Chromium, as a teacher would print a handout: every
 * scroll step a numbered figure with its caption, its deep link written out and
 * a QR code that a phone can read back to that link; nothing that only works on
 * a screen. The PDF is read back with poppler-utils (tests/support/tools.ts).
 */

const built = useBuiltSite();
const work = mkdtempSync(path.join(tmpdir(), 'print-'));
afterAll(() => execFileSync('rm', ['-rf', work]));

/** One chapter of each kind of step: line figures (2, 4), the Triffin model's states (5), the comparative chart (6). */
const PAGES = [
  { path: '/essay/the-dollar-era/', chapter: 4 },
  { path: '/essay/the-guilder-era/', chapter: 2 },
  { path: '/essay/the-triffin-dilemma/', chapter: 5 },
  { path: '/essay/the-pattern-side-by-side/', chapter: 6 },
];

/** What the printed PDF holds: its page count, its text and where it lies. */
interface Printed {
  pdf: string;
  pages: number;
  text: string;
  steps: { id: string; caption: string }[];
}

/** Opens a chapter at desktop width (its scrollies mounted, as a reader sees it) and prints it. */
async function print(pagePath: string, format: 'A4' | 'Letter'): Promise<Printed> {
  const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(built.url(pagePath), { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-scrolly]')].every((s) => s.classList.contains('is-mounted')),
  );
  // The reader has scrolled into a scrolly before printing: its stage is pinned, one step active.
  await page.evaluate(() => document.querySelector('[data-step]')!.scrollIntoView());
  const steps = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-step]')].map((s) => ({
      id: s.id,
      caption: (s.querySelector('[data-step-caption]')?.textContent ?? '').trim(),
    })),
  );
  const pdf = path.join(work, `${pagePath.replaceAll('/', '_')}${format}.pdf`);
  writeFileSync(pdf, await page.pdf({ format }));
  await context.close();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
  const text = execFileSync('pdftotext', [pdf, '-']).toString();
  return { pdf, pages, text, steps };
}

/**
 * Text without white space: a link broken over lines in a narrow column reads
 * whole again. pdftotext also drops a hyphen at the end of a line (it takes it
 * for a word break), so links are compared without their hyphens.
 */
const squeeze = (s: string) => s.replace(/\s+/g, '');
const unhyphenated = (s: string) => squeeze(s).replaceAll('-', '');

/** Where a figure's printed number ("Figure 5.3") starts: its page, and its top left corner in points. */
interface NumberAt {
  page: number;
  x: number;
  y: number;
}

/** The printed figure numbers of one chapter, by figure, read from the PDF's word boxes. */
function figureNumbers(pdf: string, chapter: number): Map<number, NumberAt> {
  const found = new Map<number, NumberAt>();
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString();
  html.split('<page ').forEach((page, p) => {
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
    words.forEach(([, x, y, word], i) => {
      const n = new RegExp(`^${chapter}\\.(\\d+)$`).exec(words[i + 1]?.[3] ?? '');
      if (word === 'Figure' && n) found.set(Number(n[1]), { page: p, x: Number(x), y: Number(y) });
    });
  });
  return found;
}

/**
 * Reads the QR code printed just above a figure's number, as a phone held over
 * the paper would: that part of the page at 150 dpi, with white around the code.
 */
async function qrAbove(pdf: string, at: NumberAt): Promise<string | undefined> {
  const px = (pt: number) => String(Math.round((pt * 150) / 72));
  const root = path.join(work, `qr-${path.basename(pdf, '.pdf')}-${at.page}-${Math.round(at.y)}`);
  // The code is 22 mm (62 pt) square, its left edge on the number's, its foot 1 mm above it.
  execFileSync('pdftoppm', [
    ...['-png', '-r', '150', '-singlefile', '-f', String(at.page), '-l', String(at.page)],
    ...['-x', px(at.x - 8), '-y', px(at.y - 72), '-W', px(80), '-H', px(72)],
    ...[pdf, root],
  ]);
  const { data, info } = await sharp(`${root}.png`).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** Each chapter's A4 print, kept for the QR codes' check so a page is not printed twice on the same paper. */
const printedA4 = new Map<string, Printed>();

describe('a chapter printed to PDF', () => {
  for (const { path: pagePath, chapter } of PAGES)
    for (const format of ['A4', 'Letter'] as const) {
      it(`${pagePath} on ${format}: every step a numbered figure with its caption and its link, no screen artefacts`, async () => {
        const printed = await print(pagePath, format);
        const { pdf, pages, text, steps } = printed;
        if (format === 'A4') printedA4.set(pagePath, printed);
        console.log(`${pagePath} on ${format}: ${pages} pages, ${steps.length} step figures`);
        expect(steps.length).toBeGreaterThanOrEqual(3);
        expect(pages).toBeGreaterThanOrEqual(2);
        expect(pages).toBeLessThanOrEqual(14);
        const flat = squeeze(text);
        steps.forEach((step, i) => {
          expect(step.id).toMatch(/^[a-z][a-z0-9-]*$/);
          expect(text).toContain(`Figure ${chapter}.${i + 1}`);
          expect(unhyphenated(text)).toContain(unhyphenated(step.caption));
          expect(unhyphenated(text)).toContain(unhyphenated(`${pagePath}#${step.id}`));
        });
        expect(text).not.toContain(`Figure ${chapter}.${steps.length + 1}`);
        // Nothing made for the screen: the skip link, the data-table disclosures, heading anchors, localhost.
        expect(text).not.toContain('Skip to content');
        expect(text).not.toMatch(/Data table \(\d+ rows\)/);
        expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
        // Links print where they go.
        expect(flat).toMatch(/\(\/(claims|glossary|data)\//);
        // The site's name heads the first page, without its navigation; the last page holds text of the chapter,
        // not a footer alone (six chapters of nine once ended on a sheet holding only the footer's last words).
        const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-']).toString();
        expect(page(1).trim().split('\n')[0]).toBe('Reserve currencies');
        expect(flat).not.toContain(squeeze('Triffin model Eras side by side'));
        expect(squeeze(page(pages)).length).toBeGreaterThan(200);
        if (format === 'A4') {
          execFileSync('pdftoppm', [
            '-png',
            '-r',
            '60',
            '-f',
            '2',
            '-l',
            '2',
            pdf,
            shot(`print${pagePath.replaceAll('/', '-')}a4`),
          ]);
        }
      });
    }

  it('/compare/ printed: the view named in a line, the claims placed on the chart stay apart, the list under it says where each leads', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/compare/'), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 720, height: 1000 });
    // Markers of one era's lane that overlap on paper (their printed addresses used to push them into each other).
    const placed = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('.compare-chart .compare-claim')]
        .map((m) => m.getBoundingClientRect())
        .filter((r) => r.width > 0);
      let overlapping = 0;
      marks.forEach((a, i) =>
        marks.slice(i + 1).forEach((b) => {
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
            overlapping++;
        }),
      );
      return { marks: marks.length, overlapping };
    });
    expect(placed.marks).toBeGreaterThanOrEqual(8);
    expect(placed.overlapping).toBe(0);
    const pdf = path.join(work, 'compare.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    await context.close();
    const flat = squeeze(execFileSync('pdftotext', [pdf, '-']).toString());
    // Each claim's address prints once, after its name in the list, not again beside every marker.
    const claims = [...new Set([...flat.matchAll(/\(\/claims\/([a-z0-9-]+)\/\)/g)].map((m) => m[1]))];
    expect(claims.length).toBeGreaterThanOrEqual(4);
    for (const claim of claims) expect(flat.split(`(/claims/${claim}/)`).length - 1).toBe(1);
    expect(flat).not.toContain('Pick out');
    // The controls print as one line naming the view, not as a form of radio buttons.
    expect(flat).toContain(squeeze('View: Years since each era began · GDP, reserves, debt'));
    expect(flat).not.toContain(squeeze('Align the eras by'));
  });

  it('/triffin/ printed after choosing a start: the settings read as text, the start chosen alone, the key in colour', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/triffin/'), { waitUntil: 'load' });
    await page.locator('button[data-preset="uk-1948"]').click();
    await expect.poll(() => page.title()).toMatch(/^Britain, 1948 · /);
    const values = await page.locator('.triffin-slider output').allTextContents();
    await page.emulateMedia({ media: 'print' });
    const paper = await page.evaluate(() => ({
      sliders: [...document.querySelectorAll('.triffin-slider input')].filter((i) => i.checkVisibility()).length,
      starts: [...document.querySelectorAll('.triffin-presets button')].filter((b) => b.checkVisibility()).length,
      keys: [...document.querySelectorAll('.triffin-legend .key')]
        .filter((k) => k.checkVisibility())
        .map((k) => getComputedStyle(k, '::before').printColorAdjust),
    }));
    expect([paper.sliders, paper.starts]).toEqual([0, 1]);
    expect(paper.keys.length).toBeGreaterThan(0);
    expect(new Set(paper.keys)).toEqual(new Set(['exact']));
    const pdf = path.join(work, 'triffin.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    await context.close();
    const flat = squeeze(execFileSync('pdftotext', [pdf, '-']).toString());
    const settings = flat.slice(flat.indexOf(squeeze('Start from')), flat.indexOf(squeeze('How the model works')));
    expect(settings).toContain(squeeze('Britain, 1948'));
    expect(settings).not.toContain(squeeze('United States, 1950'));
    expect(settings).not.toContain(squeeze('No deficits'));
    expect(values.length).toBe(5);
    for (const value of values) expect(settings).toContain(squeeze(value));
  });

  it('/timeline/ printed from a desktop: the drawing shrinks to the column, every year of it on the paper', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/timeline/'), { waitUntil: 'load' });
    await expect.poll(() => page.locator('[data-timeline]').getAttribute('data-mounted')).toBe('true');
    const pdf = path.join(work, 'timeline.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    await context.close();
    // Words on the first page with their boxes, in points; the page is 595 pt wide with 14 mm (40 pt) margins.
    const words = [
      ...execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'])
        .toString()
        .matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]+)<\/word>/g),
    ].map((m) => ({ left: Number(m[1]), right: Number(m[2]), text: m[3]! }));
    const years = words.filter((w) => /^(1[5-9]|20)\d0$/.test(w.text));
    expect(years.map((y) => y.text)).toEqual(expect.arrayContaining(['1600', '1800', '2000']));
    for (const year of years) expect(year.right, `${year.text} on the paper`).toBeLessThanOrEqual(595 - 39);
  });

  it('the claim ledger and the data page on paper: no fold that opens nothing, every dataset’s notes and columns', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(built.url('/claims/'), { waitUntil: 'load' });
    const folds = page.locator('.claim-body summary');
    expect(await folds.count()).toBeGreaterThan(20);
    expect(await folds.evaluateAll((s) => s.filter((e) => e.checkVisibility()).length)).toBe(0);
    // Each claim's own page, where its evidence is, prints its address.
    expect(await page.locator('.claim-own-link, a[href*="/claims/"]').count()).toBeGreaterThan(20);
    await page.goto(built.url('/data/'), { waitUntil: 'load' });
    const notes = await page
      .locator('section.dataset details')
      .evaluateAll((ds) =>
        ds.map((d) => [...d.querySelectorAll('.notes p, tbody tr')].every((e) => e.checkVisibility())),
      );
    expect(notes.length).toBeGreaterThan(15);
    expect(notes.every(Boolean)).toBe(true);
    await context.close();
  });

  it('printed from a dark screen, a chapter gets the light scheme’s ink: its text, charts and map as printed from a light one', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(built.url('/essay/the-dollar-era/'), { waitUntil: 'load' });
    /** The colours the reader's eye meets: the page, its text, a chart's line and label halo, a map's land. */
    const ink = () =>
      page.evaluate(() => {
        const colour = (el: Element | null | undefined, property: string) =>
          el ? getComputedStyle(el).getPropertyValue(property) : 'missing';
        const labels = [...document.querySelectorAll('.chart-drawing text')];
        const haloed = labels.find((t) => getComputedStyle(t).paintOrder.startsWith('stroke'));
        const land = [...document.querySelectorAll('.map path')].map((p) => getComputedStyle(p).fill);
        return {
          text: colour(document.querySelector('main p'), 'color'),
          line: colour(document.querySelector('.chart-drawing .lines .series'), 'stroke'),
          halo: colour(haloed, 'stroke'),
          land: land.length > 0 ? [...new Set(land)].sort().join(' ') : 'missing',
        };
      });
    const darkScreen = await ink();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printedFromDark = await ink();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const printedFromLight = await ink();
    await context.close();
    expect(Object.values(printedFromLight)).not.toContain('missing');
    // The dark screen's colours differ (the check can fail); paper does not care which screen it came from.
    expect(darkScreen.text).not.toBe(printedFromLight.text);
    expect(printedFromDark).toEqual(printedFromLight);
  });

  it('a teacher guide printed: its source lists in type of 8 pt or more, a short list in one column, no closed map list', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/classroom/the-dollar-era/'), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 720, height: 1000 });
    const printed = await page.evaluate(() => ({
      lists: [...document.querySelectorAll('.sources ol')].map((ol) => ({
        entries: ol.children.length,
        columns: getComputedStyle(ol).columnCount,
        // CSS px to points: 96 px an inch, 72 pt.
        pt: (parseFloat(getComputedStyle(ol.firstElementChild!).fontSize) * 72) / 96,
      })),
      mapLists: [...document.querySelectorAll('.map-list')].filter((d) => d.getBoundingClientRect().height > 0).length,
    }));
    expect(printed.lists.length).toBeGreaterThan(0);
    for (const list of printed.lists) {
      expect(list.pt).toBeGreaterThanOrEqual(8);
      if (list.entries < 6) expect(list.columns).toBe('auto');
    }
    expect(printed.mapLists).toBe(0);
    await context.close();
  });

  it('a long table’s own page prints every row with the sources, not an empty page', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/essay/the-dollar-era/'), { waitUntil: 'load' });
    // The reader opens the gold price's table and follows it to its page, as they would to print it.
    const summary = page.locator('#gold-window details.data-table summary');
    await summary.scrollIntoViewIfNeeded();
    const s = (await summary.boundingBox())!;
    await page.mouse.click(s.x + 10, s.y + s.height / 2);
    const link = page.getByRole('link', { name: /on a page of their own/ }).first();
    const l = (await link.boundingBox())!;
    await page.mouse.click(l.x + 10, l.y + l.height / 2);
    await page.waitForURL(/-table\/$/);
    const rows = await page.locator('main table tbody th').allTextContents();
    const pdf = path.join(work, 'table-page.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    await context.close();
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(rows.length).toBeGreaterThan(500);
    expect(squeeze(text)).toContain(squeeze('Data table: Price of gold'));
    expect(text).toContain('Sources');
    for (const row of [rows[0]!, rows[Math.floor(rows.length / 2)]!, rows.at(-1)!]) expect(text).toContain(row.trim());
  });

  it('prints beside every figure a QR code that decodes to that figure’s deep link', async () => {
    for (const { path: pagePath, chapter } of PAGES) {
      const { pdf, steps } = printedA4.get(pagePath) ?? (await print(pagePath, 'A4'));
      const numbers = figureNumbers(pdf, chapter);
      for (const [i, step] of steps.entries()) {
        const at = numbers.get(i + 1);
        expect(at, `Figure ${chapter}.${i + 1} in the PDF`).toBeDefined();
        expect(await qrAbove(pdf, at!)).toBe(`${pagePath}#${step.id}`);
      }
    }
  });
});
