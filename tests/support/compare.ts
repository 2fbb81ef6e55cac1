import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What the comparative chart's browser tests read of the explorer (`/compare/`, chapter 6's links into it). */

/** Waits until the explorer on the page has mounted. */
export const mounted = (page: Page) =>
  expect.poll(() => page.locator('compare-explorer').getAttribute('data-mounted'), { timeout: 10_000 }).toBe('true');
/** Plot loads on the first interaction; on a busy machine that can take a few seconds. */
export const SOON = { timeout: 10_000 };
export const query = (page: Page) => new URL(page.url()).search;
/** What the reader sees: the visible drawing's panel titles and x-axis tick labels. */
export const panels = (page: Page) =>
  page
    .locator('[data-compare-frame] .compare-panel')
    .filter({ visible: true })
    .locator('.compare-panel-title strong')
    .allTextContents();
export const ticks = (page: Page) =>
  page
    .locator('[data-compare-frame] .compare-panel')
    .filter({ visible: true })
    .last()
    .locator('svg g[aria-hidden] text, svg text')
    .allTextContents();
/** Left edge, in page px, of a claim's marker in one era's lane of the visible drawing. */
export const markerX = async (page: Page, era: string, claim: string) => {
  const m = page
    .locator(`[data-compare-frame] .compare-lane-row.era-${era} [data-claim="${claim}"]`)
    .filter({ visible: true });
  return (await m.first().boundingBox())?.x ?? null;
};
export const datings = (page: Page) => page.locator('[data-compare-datings]').textContent();

/**
 * The lines and dots of the visible drawing that reach the edge of the frame their panel clips them to (a line within
 * 1 px of it is cut by half its width), as `indicator: top–bottom of the drawn line / of the frame`.
 */
export const clipped = (page: Page) =>
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

/** Picks a control by its label, with a tap or a click; on a phone, unfolds the controls first if they are folded. */
export async function choose(page: Page, label: RegExp | string, touch: boolean) {
  const fold = page.locator('[data-compare-settings] > summary');
  if ((await fold.isVisible()) && !(await fold.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) {
    if (touch) await fold.tap();
    else await fold.click();
  }
  const input = typeof label === 'string' ? page.getByLabel(label, { exact: true }) : page.getByLabel(label);
  await input.scrollIntoViewIfNeeded();
  if (touch) await input.tap();
  else await input.click();
}
