import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, PHONE, DESKTOP, squashedInputs } from '../support/browser';
import { choose, clipped, datings, markerX, mounted, panels, query, SOON, ticks } from '../support/compare';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();
const url = built.url;

/**
 * Runs in a page before its scripts: before every frame it paints, notes what the reader sees of the explorer: the
 * controls as set and the claim picked out (when shown), and the drawing's panels and the datings line (when shown).
 */
function noteEveryFrame() {
  const seen = {
    controls: [] as string[],
    settings: [] as string[],
    picked: [] as string[],
    panels: [] as string[],
    datings: [] as string[],
  };
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
    const settings = document.querySelector('[data-compare-settings-line]');
    if (shown(settings)) note(seen.settings, settings.textContent!.trim());
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
        'Issuer’s public debt',
      ]);
      expect(await datings(page)).toMatch(/Sterling: Eichengreen .*1850–1924/);
      const sterlingWar0 = await markerX(page, 'sterling', 'war-debt-devaluation');
      const settings = page.locator('[data-compare-settings-line]');
      if (touch) {
        // On a phone the chart begins on the first screen: the controls are folded under a line that says what is set.
        const top = await page.locator('[data-compare-frame]').evaluate((f) => f.getBoundingClientRect().top);
        expect(top).toBeLessThan(page.viewportSize()!.height);
        expect(await page.getByLabel(/Life cycle/).isVisible()).toBe(false);
        expect(await settings.textContent()).toBe('Years since each era began · GDP, reserves, debt');
      } else {
        expect(await settings.isVisible()).toBe(false);
        expect(await page.getByLabel(/Life cycle/).isVisible()).toBe(true);
      }

      // Alignment: the life cycle puts 0 and 1 on the axis.
      await choose(page, /Life cycle/, touch);
      await expect.poll(() => query(page)).toBe('?align=lifecycle');
      expect(await settings.textContent()).toBe('Life cycle · GDP, reserves, debt');
      await expect.poll(() => ticks(page), SOON).toContain('1');
      expect(await page.title()).toMatch(/^Eras by life cycle: /);

      // Dating: sterling from 1815 moves sterling's claims and says so.
      await choose(page, /J\.P\. Morgan reserve-currency chart \(1815–1920\)/, touch);
      await expect.poll(() => query(page)).toBe('?align=lifecycle&dating=sterling-2');
      await expect.poll(() => datings(page)).toMatch(/Sterling: J\.P\. Morgan reserve-currency chart, 1815–1920/);
      await expect.poll(() => markerX(page, 'sterling', 'war-debt-devaluation')).not.toBe(sterlingWar0);
      // Every radio button and checkbox keeps its shape beside a label that wraps (a dating's name, on a phone).
      const inputs = await squashedInputs(page.locator('[data-compare-controls]'));
      expect(inputs.shown).toBeGreaterThan(10);
      expect(inputs.squashed).toEqual([]);

      // Indicators: policy rate on, reserves off.
      await choose(page, 'Policy rate', touch);
      await expect.poll(() => query(page)).toBe('?align=lifecycle&dating=sterling-2&show=gdp%2Creserves%2Cdebt%2Crate');
      await choose(page, 'Share of world foreign-exchange reserves', touch);
      await expect
        .poll(() => panels(page), SOON)
        .toEqual(['Share of world GDP', 'Issuer’s public debt', 'Policy rate']);

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
        .toEqual(['Share of world GDP', 'Issuer’s public debt', 'Policy rate']);
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
        .toEqual(['Share of world GDP', 'Issuer’s public debt', 'Policy rate']);
      expect(await datings(other)).toMatch(/J\.P\. Morgan reserve-currency chart, 1815–1920/);
      expect(await other.getByLabel(/Life cycle/).isChecked()).toBe(true);
      expect(await other.locator('button[data-pick="wealth-seeds-decline"]').getAttribute('aria-pressed')).toBe('true');
      const seen = await other.evaluate(
        () =>
          (window as unknown as { seen: Record<'controls' | 'settings' | 'picked' | 'panels' | 'datings', string[]> })
            .seen,
      );
      // On a phone the controls are folded: their line is what the reader sees of them.
      if (touch) expect(seen.settings).toEqual(['Life cycle · GDP, debt, policy rate']);
      else
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
});
