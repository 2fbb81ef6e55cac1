import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();
const url = built.url;

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
