import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, PHONE, DESKTOP } from '../support/browser';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();
const url = built.url;

const mounted = (page: Page) =>
  expect.poll(() => page.locator('compare-explorer').getAttribute('data-mounted'), { timeout: 10_000 }).toBe('true');
/** Plot loads on the first interaction; on a busy machine that can take a few seconds. */
const SOON = { timeout: 10_000 };
const query = (page: Page) => new URL(page.url()).search;
/** What the reader sees: the visible drawing's panel titles and x-axis tick labels. */
const panels = (page: Page) =>
  page
    .locator('[data-compare-frame] .compare-panel')
    .filter({ visible: true })
    .locator('.compare-panel-title strong')
    .allTextContents();
const ticks = (page: Page) =>
  page
    .locator('[data-compare-frame] .compare-panel')
    .filter({ visible: true })
    .last()
    .locator('svg g[aria-hidden] text, svg text')
    .allTextContents();
/** Left edge, in page px, of a claim's marker in one era's lane of the visible drawing. */
const markerX = async (page: Page, era: string, claim: string) => {
  const m = page
    .locator(`[data-compare-frame] .compare-lane-row.era-${era} [data-claim="${claim}"]`)
    .filter({ visible: true });
  return (await m.first().boundingBox())?.x ?? null;
};
const datings = (page: Page) => page.locator('[data-compare-datings]').textContent();

/**
 * The lines and dots of the visible drawing that reach the edge of the frame their panel clips them to (a line within
 * 1 px of it is cut by half its width), as `indicator: top–bottom of the drawn line / of the frame`.
 */
const clipped = (page: Page) =>
  page.locator('[data-compare-frame] .compare-panel').evaluateAll((sections) =>
    sections
      .filter((s) => s.getClientRects().length > 0)
      .flatMap((s) =>
        [...s.querySelectorAll<SVGGElement>('g[clip-path]')].flatMap((g) => {
          const id = /#([^)]+)/.exec(g.getAttribute('clip-path')!)![1]!;
          const r = (s.querySelector(`[id="${id}"] rect`) as SVGRectElement).getBBox();
          return [...g.querySelectorAll<SVGGraphicsElement>('path, circle')]
            .map((m) => ({ b: m.getBBox(), pad: m.tagName === 'path' ? 1 : 0 }))
            .filter(({ b, pad }) => b.y < r.y + pad || b.y + b.height > r.y + r.height - pad)
            .map(({ b }) => `${s.getAttribute('data-indicator')}: ${b.y}–${b.y + b.height} / ${r.y}–${r.y + r.height}`);
        }),
      ),
  );

/**
 * Runs in a page before its scripts: before every frame it paints, notes what the reader sees of the explorer: the
 * controls as set and the claim picked out (when shown), and the drawing's panels and the datings line (when shown).
 */
function noteEveryFrame() {
  const seen = { controls: [] as string[], picked: [] as string[], panels: [] as string[], datings: [] as string[] };
  (window as unknown as { seen: typeof seen }).seen = seen;
  const shown = (e: Element | null): e is HTMLElement =>
    e !== null && e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible';
  const note = (list: string[], s: string) => {
    if (list.at(-1) !== s) list.push(s);
  };
  const frame = () => {
    const form = document.querySelector('[data-compare-controls]');
    if (shown(form)) {
      const checked = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`);
      note(seen.controls, checked.join('&'));
    }
    const picks = [...document.querySelectorAll('button[data-pick]')].filter(shown);
    if (picks.length > 0)
      note(
        seen.picked,
        picks
          .filter((b) => b.getAttribute('aria-pressed') === 'true')
          .map((b) => b.getAttribute('data-pick'))
          .join(),
      );
    const drawing = document.querySelector('[data-compare-frame]');
    if (shown(drawing))
      note(
        seen.panels,
        [...drawing.querySelectorAll('.compare-panel')]
          .filter((p) => p.getClientRects().length > 0)
          .map((p) => p.getAttribute('data-indicator'))
          .join(','),
      );
    const line = document.querySelector('[data-compare-datings]');
    if (shown(line)) note(seen.datings, line.textContent!.trim());
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function choose(page: Page, label: RegExp | string, touch: boolean) {
  const input = typeof label === 'string' ? page.getByLabel(label, { exact: true }) : page.getByLabel(label);
  await input.scrollIntoViewIfNeeded();
  if (touch) await input.tap();
  else await input.click();
}

describe('the comparative chart', () => {
  for (const [name, options] of [
    ['1280 px', DESKTOP],
    ['390 px, touch', PHONE],
  ] as const) {
    it(`at ${name}: alignment, dating and indicator controls change the chart and the URL; reload restores; Back returns`, async () => {
      const page = await openPage(built.browser, url('/compare/'), options);
      await mounted(page);
      const touch = options.hasTouch === true;
      expect(await panels(page)).toEqual([
        'Share of world GDP',
        'Share of world foreign-exchange reserves',
        "Issuer's public debt",
      ]);
      expect(await datings(page)).toMatch(/Sterling: Eichengreen .*1850–1924/);
      const sterlingWar0 = await markerX(page, 'sterling', 'war-debt-devaluation');

      // Alignment: the life cycle puts 0 and 1 on the axis.
      await choose(page, /Life cycle/, touch);
      await expect.poll(() => query(page)).toBe('?align=lifecycle');
      await expect.poll(() => ticks(page), SOON).toContain('1');
      expect(await page.title()).toMatch(/^Eras by life cycle: /);

      // Dating: sterling from 1815 moves sterling's claims and says so.
      await choose(page, /J\.P\. Morgan reserve-currency chart \(1815–1920\)/, touch);
      await expect.poll(() => query(page)).toBe('?align=lifecycle&dating=sterling-2');
      await expect.poll(() => datings(page)).toMatch(/Sterling: J\.P\. Morgan reserve-currency chart, 1815–1920/);
      await expect.poll(() => markerX(page, 'sterling', 'war-debt-devaluation')).not.toBe(sterlingWar0);

      // Indicators: policy rate on, reserves off.
      await choose(page, 'Policy rate', touch);
      await expect.poll(() => query(page)).toBe('?align=lifecycle&dating=sterling-2&show=gdp%2Creserves%2Cdebt%2Crate');
      await choose(page, 'Share of world foreign-exchange reserves', touch);
      await expect
        .poll(() => panels(page), SOON)
        .toEqual(['Share of world GDP', "Issuer's public debt", 'Policy rate']);

      // A claim picked out on the chart.
      const pick = page.locator('button[data-pick="wealth-seeds-decline"]');
      await pick.scrollIntoViewIfNeeded();
      if (touch) await pick.tap();
      else await pick.click();
      await expect
        .poll(() => query(page))
        .toBe('?align=lifecycle&dating=sterling-2&show=gdp%2Cdebt%2Crate&claim=wealth-seeds-decline');
      const shared = page.url();

      // Reload restores the view, drawn, with the controls set.
      await page.reload({ waitUntil: 'networkidle' });
      await mounted(page);
      await expect
        .poll(() => panels(page), SOON)
        .toEqual(['Share of world GDP', "Issuer's public debt", 'Policy rate']);
      expect(await page.getByLabel(/Life cycle/).isChecked()).toBe(true);
      expect(await datings(page)).toMatch(/J\.P\. Morgan reserve-currency chart, 1815–1920/);
      // The Fed funds rate's peak (19.1) and every other line drawn whole, inside its panel.
      expect(await clipped(page)).toEqual([]);

      // Back walks the views: the claim is no longer picked out, then reserves return.
      await page.goBack();
      await expect.poll(() => query(page), SOON).toBe('?align=lifecycle&dating=sterling-2&show=gdp%2Cdebt%2Crate');
      await page.goBack();
      await expect
        .poll(() => query(page), SOON)
        .toBe('?align=lifecycle&dating=sterling-2&show=gdp%2Creserves%2Cdebt%2Crate');
      await expect.poll(() => panels(page), SOON).toContain('Share of world foreign-exchange reserves');
      await page.goBack();
      await page.goBack();
      await expect.poll(() => query(page)).toBe('?align=lifecycle');
      await expect.poll(() => datings(page), SOON).toMatch(/Sterling: Eichengreen/);

      // A shared link opened in a new context shows the same view, and from its first paint nothing else: the
      // controls as the link sets them, the drawing and its datings once they are the link's.
      const context = await built.browser.newContext(options);
      await context.addInitScript(noteEveryFrame);
      const other = await context.newPage();
      await other.goto(shared, { waitUntil: 'networkidle' });
      await mounted(other);
      await expect
        .poll(() => panels(other), SOON)
        .toEqual(['Share of world GDP', "Issuer's public debt", 'Policy rate']);
      expect(await datings(other)).toMatch(/J\.P\. Morgan reserve-currency chart, 1815–1920/);
      expect(await other.getByLabel(/Life cycle/).isChecked()).toBe(true);
      expect(await other.locator('button[data-pick="wealth-seeds-decline"]').getAttribute('aria-pressed')).toBe('true');
      const seen = await other.evaluate(
        () => (window as unknown as { seen: Record<'controls' | 'picked' | 'panels' | 'datings', string[]> }).seen,
      );
      expect(seen.controls).toEqual([
        'align=lifecycle&dating-guilder=0&dating-sterling=1&dating-dollar=0&show=gdp&show=debt&show=rate',
      ]);
      expect(seen.picked).toEqual(['wealth-seeds-decline']);
      expect(seen.panels).toEqual(['gdp,debt,rate']);
      expect(seen.datings).toEqual([(await datings(other))!.trim()]);
      await context.close();
      await page.context().close();
    });
  }

  it('at 1280 px: pointing at the chart shows one crosshair across all panels and reads every era’s values; arrow keys move it', async () => {
    const page = await openPage(built.browser, url('/compare/'), DESKTOP);
    await mounted(page);
    const frame = page.locator('[data-compare-frame]');
    await frame.scrollIntoViewIfNeeded();
    const layout = page.locator('[data-compare-frame] .compare-layout').filter({ visible: true });
    const box = (await layout.boundingBox())!;
    const svg = (await layout.locator('svg').first().boundingBox())!;
    // Point at 110 years after each era began: the axis runs from -100 to 250 between the margins.
    const width = Number(await layout.getAttribute('data-width'));
    const scale = box.width / width;
    const x = box.x + (64 + (210 / 350) * (width - 80)) * scale;
    await page.mouse.move(x, svg.y + svg.height / 2);
    const cross = layout.locator('.compare-crosshair');
    await expect.poll(() => cross.isVisible()).toBe(true);
    const crossBox = (await cross.boundingBox())!;
    expect(Math.abs(crossBox.x - x)).toBeLessThan(3);
    // One line across the lane and every panel.
    expect(crossBox.height).toBeGreaterThan(box.height * 0.9);
    const live = page.locator('[data-compare-readout]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => live.textContent()).toMatch(/^At 110 years after each era began\./);
    // 1960 for sterling and 2023 for the dollar, read from the rows.
    expect(await live.textContent()).toMatch(/Sterling: United Kingdom, Maddison 2010, 1960: /);
    expect(await live.textContent()).toMatch(/Dollar: .*2023/);
    await expect.poll(() => query(page)).toBe('?at=110');

    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toMatch(/^At 112 years after each era began\./);
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => live.textContent()).toMatch(/^At 102 years after each era began\./);
    await expect.poll(() => query(page)).toBe('?at=102');
    const moved = (await cross.boundingBox())!.x;
    expect(moved).toBeLessThan(crossBox.x);
    await page.screenshot({ path: shot('compare-crosshair-1280.png') });
    expect(await axeViolations(page)).toEqual([]);

    expect(await clipped(page)).toEqual([]);

    // 67 years in: the Treasury's quarterly debt ratio (31.37303 in the data) reads with two decimals, as every value.
    await frame.scrollIntoViewIfNeeded();
    const [box2, svg2] = [
      (await layout.boundingBox())!,
      (await layout.locator('.compare-panel svg').first().boundingBox())!,
    ];
    await page.mouse.move(box2.x + (64 + (167.2 / 350) * (width - 80)) * scale, svg2.y + svg2.height / 2);
    await expect.poll(() => live.textContent()).toMatch(/^At 67 years after each era began\./);
    const said = (await live.textContent())!;
    expect(said).toMatch(/US total public debt \(Treasury, quarters\), 1980-06: 31\.37\.$/);
    const values = [...said.matchAll(/: (-?\d+(?:\.\d+)?)(?= \(estimate\)|[;.](?: |$))/g)].map((m) => m[1]);
    expect(values.length).toBeGreaterThan(4);
    expect(values.filter((v) => !/^-?\d+\.\d\d$/.test(v!))).toEqual([]);
    await page.context().close();
  });

  it('reads without JavaScript: the default chart, the claims placed on it as links, and the data table on a page of its own', async () => {
    for (const options of [DESKTOP, PHONE]) {
      const page = await openPage(built.browser, url('/compare/'), { ...options, javaScriptEnabled: false });
      const layout = page.locator('[data-compare-frame] .compare-layout').filter({ visible: true });
      expect(await layout.count()).toBe(1);
      const charts = layout.locator('svg[aria-label]');
      expect(await charts.count()).toBe(3);
      for (const chart of await charts.all()) {
        const b = (await chart.boundingBox())!;
        expect(b.width).toBeLessThanOrEqual(options.viewport!.width);
        expect(await chart.locator('path').count()).toBeGreaterThan(2);
      }
      // Every pattern claim placed in the eras it reaches, each a link to its page.
      const links = layout.locator('.compare-lane a.compare-claim');
      expect(await links.count()).toBe(11);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
        expect(href).toMatch(
          /\/claims\/(rise-after-victory|wealth-seeds-decline|war-debt-devaluation|every-currency-ends)\/$/,
        );
      expect(await layout.locator('.compare-today').isVisible()).toBe(true);
      expect(await page.locator('[data-compare-controls]').isVisible()).toBe(false);
      await expect
        .poll(() => page.getByRole('heading', { name: 'How long does the dollar have?' }).isVisible())
        .toBe(true);
      expect(await page.getByText(/not a forecast/).count()).toBeGreaterThan(0);
      // The page carries no row of the table: opening it leads to its page, which holds every value drawn.
      expect(await page.locator('[data-compare-table] table').count()).toBe(0);
      const summary = page.locator('[data-compare-table] summary');
      const said = Number((await summary.textContent())!.match(/the (\d+) values/)![1]);
      await summary.click();
      await Promise.all([
        page.waitForURL(/\/compare\/compare-table\/$/),
        page.getByRole('link', { name: /values of this view on a page of their own/ }).click(),
      ]);
      expect(await page.locator('h1').textContent()).toBe('Data table: Three eras side by side');
      const rows = await page.locator('main table tbody tr').count();
      expect(rows).toBeGreaterThan(500);
      expect(rows).toBe(said);
      expect(await page.locator('main .sources li').count()).toBeGreaterThan(5);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: shot(`compare-table-page-${options.viewport!.width}.png`) });
      await page.getByRole('link', { name: /^Back to the figure/ }).click();
      await page.waitForURL(/\/compare\/#compare-data$/);
      await page.context().close();
    }
  });

  it('at 390 px, touch: the data table opens in place for the view shown, and the view’s CSV holds the same rows', async () => {
    const page = await openPage(built.browser, url('/compare/'), { ...PHONE, acceptDownloads: true });
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await mounted(page);
    await choose(page, /Life cycle/, true);
    await expect.poll(() => query(page)).toBe('?align=lifecycle');
    const summary = page.locator('[data-compare-table] summary');
    await summary.scrollIntoViewIfNeeded();
    const s = (await summary.boundingBox())!;
    await page.touchscreen.tap(s.x + 20, s.y + s.height / 2);
    const rows = page.locator('[data-compare-table] tbody tr');
    await expect.poll(() => rows.count(), SOON).toBeGreaterThan(100);
    expect(await summary.textContent()).toContain(String(await rows.count()));
    // The life cycle's axis: every era from its start (0) to its end (1), the dollar on past it.
    const onAxis = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[3]?.textContent)))).filter(
      Number.isFinite,
    );
    expect(onAxis.length).toBe(await rows.count());
    expect(Math.max(...onAxis)).toBeLessThan(4);
    expect(Math.min(...onAxis)).toBeLessThan(0);
    // Drawn here from the data the explorer has, not fetched from the default view's page.
    expect(fetched.filter((p) => p.includes('compare-table'))).toEqual([]);
    expect(await page.locator('[data-compare-table] table').isVisible()).toBe(true);
    await page.screenshot({ path: shot('compare-table-inline-390.png') });

    // The CSV of the view: one line per row of the table, under its # lines.
    const share = page.locator('[data-share][data-share-subject="[data-compare]"]');
    const tap = async (name: string) => {
      const b = share.getByRole('button', { name, exact: true });
      await b.scrollIntoViewIfNeeded();
      const box = (await b.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    };
    await tap('Share, embed, download');
    const [file] = await Promise.all([page.waitForEvent('download'), tap('CSV')]);
    const lines = readFileSync(await file.path(), 'utf8')
      .split('\r\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('Indicator,Series,Date,On the axis,Value');
    expect(lines.length - 1).toBe(await rows.count());
    expect(lines.slice(1).every((l) => Math.abs(Number(l.split(',').at(-2))) < 4)).toBe(true);
    await page.context().close();
  });

  it('hostile query strings give no page error, no dialog and no injected element', async () => {
    const hostile = [
      '?align=<img src=x onerror=alert(1)>',
      '?show=%3Cscript%3Ealert(1)%3C/script%3E&at=1e999',
      '?dating=sterling-99,dollar-0,__proto__-1&claim=<svg/onload=alert(1)>',
      '?__proto__[x]=1&constructor=1&at=NaN&v=999',
      `?at=${'9'.repeat(5000)}&axis=%E0%A4%A`,
    ];
    const context = await built.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    for (const q of hostile) {
      await page.goto(url(`/compare/${q}`), { waitUntil: 'networkidle' });
      await mounted(page);
      expect(await page.locator('compare-explorer img, compare-explorer script, svg[onload]').count()).toBe(0);
      expect(await page.locator('[data-compare-frame] .compare-layout').filter({ visible: true }).count()).toBe(1);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('chapter 6: each step links to exactly its view in the explorer', async () => {
    const page = await openPage(built.browser, url('/essay/the-pattern-side-by-side/'), DESKTOP);
    // The link a reader sees in the last step's card (the scrolly has taken the figure into its stage).
    const link = page.locator('[data-step] .step-explore a', { hasText: 'Open this view in the explorer' }).last();
    expect(await link.isVisible()).toBe(true);
    const href = await link.getAttribute('href');
    expect(href).toBe('/compare/?dating=sterling-2%2Cdollar-2&show=gdp');
    await page.goto(new URL(href!, page.url()).href, { waitUntil: 'networkidle' });
    await mounted(page);
    await expect.poll(() => panels(page), SOON).toEqual(['Share of world GDP']);
    expect(await datings(page)).toMatch(/Sterling: J\.P\. Morgan .*1815–1920; Dollar: The article, 1865–today/);
    expect(await page.getByLabel(/The article \(1865–today\)/).isChecked()).toBe(true);
    await page.context().close();
  });
});

/** Smallest rendered chart text, in CSS px (the rule tests/browser/figures.test.ts holds the line charts to). */
const MIN_TEXT_PX = 12;

/**
 * Every comparative drawing the reader sees on the page now (standalone figures, steps' own figures, the scrolly's
 * stage, the explorer): its text smaller than MIN_TEXT_PX as rendered (an SVG's type scaled with its drawing), "the
 * dollar today" running past its row, and the drawing running past the screen, as `where: problem`.
 */
function readCompareDrawings(page: Page, scrolly = false): Promise<{ drawings: number; problems: string[] }> {
  return page.evaluate(
    ({ minPx, scrolly }) => {
      const shown = (el: Element) =>
        el.getClientRects().length > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      const layouts = [...document.querySelectorAll<HTMLElement>('.compare-layout')].filter(
        (l) => shown(l) && (!scrolly || l.closest('[data-scrolly]')),
      );
      const viewport = document.documentElement.clientWidth;
      const problems: string[] = [];
      for (const layout of layouts) {
        const host = layout.closest('[data-scrolly-stage]')
          ? 'stage'
          : layout.closest('[data-step]')
            ? `step #${layout.closest('[data-step]')!.id}`
            : layout.closest('compare-explorer')
              ? 'explorer'
              : 'figure';
        const where = `${host} (${layout.dataset['width']} px drawing)`;
        const px: { text: string; px: number }[] = [];
        for (const svg of layout.querySelectorAll<SVGSVGElement>('svg[viewBox]')) {
          if (!shown(svg) || svg.closest('.compare-claim')) continue;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          for (const t of svg.querySelectorAll('text'))
            if (shown(t) && t.textContent?.trim())
              px.push({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale });
        }
        for (const t of layout.querySelectorAll(
          '.compare-lane-name, .compare-claim-n, .compare-today-label, .compare-panel-title',
        ))
          if (shown(t)) px.push({ text: t.textContent!.trim(), px: parseFloat(getComputedStyle(t).fontSize) });
        for (const { text, px: size } of px)
          if (size < minPx - 0.05) problems.push(`${where}: "${text.slice(0, 40)}" ${size.toFixed(1)} px`);
        for (const label of layout.querySelectorAll('.compare-today-label')) {
          const row = label.closest('.compare-lane-row')!.getBoundingClientRect();
          const r = label.getBoundingClientRect();
          if (r.right > row.right + 0.5 || r.left < row.left - 0.5)
            problems.push(
              `${where}: "the dollar today" ${r.left.toFixed(0)}–${r.right.toFixed(0)} past its row ${row.left.toFixed(0)}–${row.right.toFixed(0)}`,
            );
        }
        const box = layout.getBoundingClientRect();
        if (box.left < -0.5 || box.right > viewport + 0.5)
          problems.push(`${where}: drawn ${box.left.toFixed(0)}–${box.right.toFixed(0)}, the screen 0–${viewport}`);
      }
      return { drawings: layouts.length, problems };
    },
    { minPx: MIN_TEXT_PX, scrolly },
  );
}

describe('the comparative drawings as a reader sees them', () => {
  const WIDTHS = [390, 768, 1280] as const;

  it(`chapter 6 and /compare/: every piece of chart text at ${MIN_TEXT_PX} px or more, nothing past its row or the screen, at 390, 768 and 1280 px`, async () => {
    const problems: string[] = [];
    let stages = 0;
    for (const width of WIDTHS) {
      const context = await built.browser.newContext({
        viewport: { width, height: width < 600 ? 844 : width < 1000 ? 1024 : 900 },
      });
      const page = await context.newPage();
      await page.goto(url('/compare/'), { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const explorer = await readCompareDrawings(page);
      expect(explorer.drawings, `${width} px /compare/`).toBeGreaterThan(0);
      problems.push(...explorer.problems.map((p) => `${width} /compare/ ${p}`));

      await page.goto(url('/essay/the-pattern-side-by-side/'), { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      // The standalone figure spans the text column at least: no default figure margins.
      const figure = page.locator('figure.compare-figure');
      await figure.scrollIntoViewIfNeeded();
      const [fig, column] = await Promise.all([
        figure.boundingBox(),
        figure.evaluate((f) => {
          const p = [...f.parentElement!.children].find((c) => c.tagName === 'P')!.getBoundingClientRect();
          return { x: p.x, width: p.width };
        }),
      ]);
      if (fig!.x > column.x + 0.5 || fig!.x + fig!.width < column.x + column.width - 0.5)
        problems.push(
          `${width} figure ${fig!.x.toFixed(0)}–${(fig!.x + fig!.width).toFixed(0)} inside the column ${column.x.toFixed(0)}–${(column.x + column.width).toFixed(0)}`,
        );
      const seen = await readCompareDrawings(page);
      expect(seen.drawings, `${width} px chapter 6 figure`).toBeGreaterThan(0);
      problems.push(...seen.problems.map((p) => `${width} chapter 6 ${p}`));
      // Every step of the scrolly, in the stage where it is pinned, in the step's own figure where it is not.
      const steps = page.locator('#aligned-gdp [data-step]');
      for (let i = 0; i < (await steps.count()); i++) {
        await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.waitForTimeout(450);
        const step = await readCompareDrawings(page, true);
        if (await page.locator('#aligned-gdp [data-scrolly-stage] .compare-layout').count()) stages++;
        problems.push(...step.problems.map((p) => `${width} chapter 6 step ${i + 1} ${p}`));
      }
      await page.screenshot({ path: shot(`compare-chapter6-figure-${width}.png`) });
      await context.close();
    }
    // At 1280 px at least, the scrolly is pinned and its stage was read.
    expect(stages).toBeGreaterThanOrEqual(4);
    expect([...new Set(problems)]).toEqual([]);
  }, 240_000);
});
