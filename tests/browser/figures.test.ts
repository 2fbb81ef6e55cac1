import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, openPage, PHONE } from '../support/browser';
import { misprinted } from '../support/numbers';
import { inPool } from '../support/pool';
import { useBuiltSite } from '../support/site';

/**
 * What a reader sees of the charts (line charts in figures and in scrolly
 * stages; the timeline explorer has its own tests): text large enough to read,
 * nothing cut or stacked, and more than four lines told apart without colour.
 */

/** Smallest rendered text, in CSS px: what the SVG's font size becomes once its viewBox is scaled to the page. */
const MIN_TEXT_PX = 12;
/** Two text boxes may touch by this much (anti-aliased glyph edges) without counting as overlapping. */
const OVERLAP_TOLERANCE_PX = 1;
/** How far an event's label may stand from its dotted rule: the layout's gap, scaled, and a glyph's side bearing. */
const STRAY_PX = 10;
const WIDTHS = [390, 1280] as const;

const built = useBuiltSite();
const all = builtPages();
const chapters = all.filter((p) => /^\/essay\/[^/]+\/$/.test(p));
const eventPages = all.filter((p) => /^\/timeline\/[^/]+\/$/.test(p)).slice(0, 2);
const PAGES = [...chapters, '/data/', ...eventPages];

/** One chart as the reader saw it at one width and scroll position. */
interface ChartView {
  where: string;
  texts: number;
  series: number;
  small: string[];
  cut: string[];
  overlaps: string[];
  outside: string[];
  /** Event labels standing away from every event rule (a label belongs beside its rule). */
  stray: string[];
  /** Series (colour, dash, symbol) combinations shared by more than one line, in charts with more than four. */
  alike: string[];
  /** Every piece of text the chart shows: its ticks, labels and annotations. */
  words: string[];
}

/** Reads every visible line chart of the page (figures and the active scrolly stage); runs in the page. */
function readCharts(page: Page): Promise<ChartView[]> {
  return page.evaluate(
    ({ minPx, tolerance, strayPx }) => {
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      };
      const svgs = [...document.querySelectorAll<SVGSVGElement>('svg.chart:not(.timeline)')].filter(
        (s) => !s.parentElement?.closest('svg') && shown(s) && s.closest('figure, [data-scrolly-stage]'),
      );
      const viewport = document.documentElement.clientWidth;
      return svgs.map((svg) => {
        const host = svg.closest('[data-scrolly-stage]') ? 'stage' : `#${svg.closest('figure')?.id ?? '?'}`;
        const where = `${host} "${svg.querySelector('title')?.textContent?.slice(0, 50) ?? ''}"`;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll('text')].filter((t) => shown(t) && (t.textContent ?? '').trim());
        const name = (t: Element) => `"${t.textContent?.trim()}"`;
        const small = texts
          .map((t) => ({ t, px: parseFloat(getComputedStyle(t).fontSize) * scale }))
          .filter(({ px }) => px < minPx - 0.05)
          .map(({ t, px }) => `${name(t)} ${px.toFixed(1)} px`);
        const cut = texts.filter((t) => /(…|\.\.\.)\s*$/.test(t.textContent ?? '')).map(name);
        const boxes = texts.map((t) => ({ t, r: t.getBoundingClientRect() }));
        const overlaps: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.r;
            const b = boxes[j]!.r;
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > tolerance && h > tolerance) overlaps.push(`${name(boxes[i]!.t)} × ${name(boxes[j]!.t)}`);
          }
        const outside = boxes.filter(({ r }) => r.left < -0.5 || r.right > viewport + 0.5).map(({ t }) => name(t));
        const rules = [...svg.querySelectorAll('.markers line')].map((l) => l.getBoundingClientRect().left);
        const stray = boxes
          .filter(({ t }) => t.closest('.markers'))
          .map(({ t, r }) => ({ t, gap: Math.min(...rules.map((x) => Math.max(0, r.left - x, x - r.right))) }))
          .filter(({ gap }) => gap > strayPx)
          .map(({ t, gap }) => `${name(t)} ${gap.toFixed(0)} px from the nearest rule`);
        // A series is drawn as one group per run (estimates apart); its look is its first run that draws a line.
        const ids = [
          ...new Set(
            [...svg.querySelectorAll('.lines .series')]
              .filter((g) => g.querySelector('path, circle'))
              .map((g) => g.getAttribute('data-series')),
          ),
        ];
        const lines = ids.map(
          (id) =>
            svg.querySelector(`.lines .series[data-series="${id}"][data-estimate="false"]`) ??
            svg.querySelector(`.lines .series[data-series="${id}"]`)!,
        );
        const looks = lines.map((g) => {
          const style = getComputedStyle(g);
          return `${style.stroke} ${style.strokeDasharray} ${g.getAttribute('data-symbol') ?? ''}`;
        });
        const alike =
          lines.length > 4
            ? looks.filter((l, i) => looks.indexOf(l) !== i).map((l) => `${lines.length} lines: ${l}`)
            : [];
        return {
          where,
          texts: texts.length,
          series: lines.length,
          small,
          cut,
          overlaps,
          outside,
          stray,
          alike,
          words: texts.map((t) => t.textContent!.trim()),
        };
      });
    },
    { minPx: MIN_TEXT_PX, tolerance: OVERLAP_TOLERANCE_PX, strayPx: STRAY_PX },
  );
}

/** Every chart of a page, read once per step of each scrolly so every state of its stage is seen. */
async function readPage(page: Page): Promise<ChartView[]> {
  const seen = await readCharts(page);
  const steps = await page.locator('[data-step]').count();
  for (let i = 0; i < steps; i++) {
    await page
      .locator('[data-step]')
      .nth(i)
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(450);
    seen.push(...(await readCharts(page)).filter((c) => c.where.startsWith('stage')));
  }
  return seen;
}

const views = new Map<string, ChartView[]>();

beforeAll(async () => {
  const context = await built.browser.newContext({ viewport: { width: WIDTHS[0], height: 844 } });
  const tabs = await Promise.all([context.newPage(), context.newPage()]);
  await inPool(PAGES, tabs.length, async (path, worker) => {
    const page = tabs[worker]!;
    await page.goto(built.url(path), { waitUntil: 'networkidle' });
    // Web fonts load with font-display: optional; wait for them so the text measured is the text read.
    await page.evaluate(() => document.fonts.ready);
    for (const width of WIDTHS) {
      if (page.viewportSize()!.width !== width) await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
      views.set(`${width} ${path}`, await readPage(page));
    }
  });
  await context.close();
}, 600_000);

/** Every problem of one kind, prefixed with width, page and chart. */
const problems = (pick: (c: ChartView) => string[]) =>
  [...views].flatMap(([key, charts]) => charts.flatMap((c) => pick(c).map((p) => `${key} ${c.where}: ${p}`)));

describe('line charts as a reader sees them at 390 and 1280 px', () => {
  it('were found on every chapter that draws one, at both widths', () => {
    expect(views.size).toBe(PAGES.length * WIDTHS.length);
    for (const width of WIDTHS) {
      const withCharts = chapters.filter((p) => (views.get(`${width} ${p}`) ?? []).some((c) => c.texts > 0));
      expect(withCharts.length, `${width} px`).toBeGreaterThanOrEqual(8);
    }
  });

  it(`render every label, tick and annotation at ${MIN_TEXT_PX} px or more`, () => {
    expect(problems((c) => c.small)).toEqual([]);
  });

  it('never cut a label mid-word with an ellipsis', () => {
    expect(problems((c) => c.cut)).toEqual([]);
  });

  it('never draw two pieces of text over each other', () => {
    expect(problems((c) => c.overlaps)).toEqual([]);
  });

  it('keep every piece of text inside the screen', () => {
    expect(problems((c) => c.outside)).toEqual([]);
  });

  it('keep each event label beside its rule', () => {
    expect(problems((c) => c.stray)).toEqual([]);
  });

  it('write numbers as a reader reads them: thousands grouped, a minus sign below zero', () => {
    expect(problems((c) => c.words.flatMap(misprinted))).toEqual([]);
    // The dollar axes read in whole dollars, grouped.
    expect(new Set([...views.values()].flat().flatMap((c) => c.words))).toContain('$1,000');
  });

  it('tell more than four lines apart by dash or symbol as well as colour', () => {
    expect(problems((c) => c.alike)).toEqual([]);
    expect([...views.values()].flat().some((c) => c.series > 4)).toBe(true);
  });
});

describe('series checkboxes', () => {
  it('do not show without JavaScript, and hide a line when unticked with it', async () => {
    const chapter = chapters.find((p) => p.includes('money-as-a-social-contract'))!;
    const off = await built.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(built.url(chapter), { waitUntil: 'load' });
    const boxes = still.locator('figure input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) expect(await box.isVisible()).toBe(false);
    await off.close();

    const on = await built.browser.newContext(PHONE);
    const page = await on.newPage();
    await page.goto(built.url(chapter), { waitUntil: 'networkidle' });
    const figure = page.locator('figure[data-line-chart]').first();
    const box = figure.locator('input[type="checkbox"]').last();
    await box.scrollIntoViewIfNeeded();
    expect(await box.isVisible()).toBe(true);
    const id = await box.getAttribute('value');
    const line = figure.locator(`.chart-drawing .lines [data-series="${id}"]`);
    expect(await line.count()).toBeGreaterThan(0);
    await figure.locator('.series-toggles label').last().tap();
    // The first toggle loads Plot to redraw: give it time on a busy machine.
    await expect.poll(() => line.count(), { timeout: 10_000 }).toBe(0);
    expect(await figure.locator('.chart-drawing .lines .series').count()).toBeGreaterThan(0);
    await on.close();
  });
});

describe('the chart island on a phone', () => {
  it('a tap reads the point under the finger', async () => {
    const page = await openPage(built.browser, built.url('/essay/money-as-a-social-contract/'), {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const figure = page.locator('#dollar-share');
    await expect.poll(() => figure.getAttribute('data-mounted')).toBe('true');
    const frame = figure.locator('.chart-frame');
    await frame.scrollIntoViewIfNeeded();
    const box = (await frame.boundingBox())!;
    const tooltip = figure.locator('.chart-tooltip');
    const yearAt = async (share: number) => {
      await page.touchscreen.tap(box.x + box.width * share, box.y + box.height * 0.5);
      await expect.poll(() => tooltip.isVisible(), { timeout: 10_000 }).toBe(true);
      return Number((await tooltip.textContent())!.match(/\b(1[89]|20)\d\d\b/)![0]);
    };
    const early = await yearAt(0.25);
    const late = await yearAt(0.8);
    expect(early).toBeLessThan(late);
    await page.context().close();
  });
});
