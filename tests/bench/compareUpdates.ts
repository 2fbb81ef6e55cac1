import { atDesktop, printUpdates, scriptPerUpdate } from './updates.ts';

const SEQUENCE = [
  'Years since each era began',
  'Life cycle (0 = start, 1 = end)',
  'J.P. Morgan reserve-currency chart (1815–1920)',
  'The article (1865–today)',
  'J.P. Morgan reserve-currency chart (1640–1720)',
  'Calendar years',
  'Eichengreen (with Cairncross; 2003, 2011) (1850–1924)',
  'Years since each era began',
  'J.P. Morgan reserve-currency chart (1921–today)',
  'Dalio 2021 (1581–1795)',
  'Life cycle (0 = start, 1 = end)',
  'Eichengreen 2011 (1913–today)',
];

/**
 * Clicks through the alignments and the datings of `/compare/` at 1280 px,
 * after a first click has loaded Plot, and reads the explorer's user timing:
 * for each redraw, its script time plus that of the change that caused it
 * (state, view, controls, address). That sum is the script a switch costs.
 */
export function printCompareUpdates(origin: string): Promise<void> {
  return printUpdates(
    'compare',
    'Comparative chart at 1280 px, clicking through alignments and datings (script budget ≤ 50 ms per switch)',
    { noun: 'switch', plural: 'switches', holds: 'state, view and controls, plus the Plot redraw of every panel' },
    (browser) =>
      atDesktop(browser, `${origin}compare/`, async (page) => {
        const click = (label: string) => page.getByLabel(label, { exact: true }).click();
        // A first switch loads Plot; the timed ones that follow are what a reader feels.
        await click('Calendar years');
        await page.waitForFunction(() => performance.getEntriesByName('compare:draw').length > 0, null, {
          timeout: 20_000,
        });
        await page.evaluate(() => performance.clearMeasures());
        for (let round = 0; round < 3; round++)
          for (const label of SEQUENCE) {
            await click(label);
            await page.waitForTimeout(150);
          }
        await page.waitForTimeout(300);
        return scriptPerUpdate(page, 'compare', 'change');
      }),
  );
}
