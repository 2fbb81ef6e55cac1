import { atDesktop, printUpdates, scriptPerUpdate } from './updates.ts';

/**
 * Drags the demand-growth slider of `/triffin/` across its track and back with
 * the mouse at 1280 px, after a first touch has loaded Plot, and reads the
 * explainer's user timing: for each redraw, its script time plus that of the
 * slider input events handled since the previous one (model, sentence,
 * controls). That sum is the script one update costs.
 */
export function printTriffinUpdates(origin: string): Promise<void> {
  return printUpdates(
    'triffin',
    'Triffin explainer at 1280 px, a scripted mouse drag over a slider (script budget ≤ 8 ms per update)',
    {
      noun: 'update',
      plural: 'updates',
      holds: 'model, sentence and controls for the inputs since the last redraw, plus the Plot redraw',
    },
    (browser) =>
      atDesktop(browser, `${origin}triffin/`, async (page) => {
        const slider = page.locator('#triffin-demand');
        const box = (await slider.boundingBox())!;
        const y = box.y + box.height / 2;
        const at = (f: number) => box.x + 8 + f * (box.width - 16);
        // A first drag loads Plot; the timed drags that follow are what a reader feels.
        await page.mouse.move(at(0.5), y);
        await page.mouse.down();
        await page.mouse.move(at(0.45), y, { steps: 3 });
        await page.mouse.up();
        await page.waitForFunction(() => performance.getEntriesByName('triffin:draw').length > 0, null, {
          timeout: 20_000,
        });
        await page.evaluate(() => performance.clearMeasures());
        for (const [from, to] of [
          [0.45, 0.05],
          [0.05, 0.95],
          [0.95, 0.5],
        ] as const) {
          await page.mouse.move(at(from), y);
          await page.mouse.down();
          await page.mouse.move(at(to), y, { steps: 40 });
          await page.mouse.up();
        }
        await page.waitForTimeout(300);
        return scriptPerUpdate(page, 'triffin', 'input');
      }),
  );
}
