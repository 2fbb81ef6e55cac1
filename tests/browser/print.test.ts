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

const PAGES = [
  { path: '/essay/the-dollar-era/', chapter: 4 },
  { path: '/essay/the-guilder-era/', chapter: 2 },
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

describe('a chapter printed to PDF', () => {
  for (const { path: pagePath, chapter } of PAGES)
    for (const format of ['A4', 'Letter'] as const) {
      it(`${pagePath} on ${format}: every step a numbered figure with its caption and its link, no screen artefacts`, async () => {
        const { pdf, pages, text, steps } = await print(pagePath, format);
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

  it('prints QR codes that decode to the figures’ deep links', async () => {
    const { pdf, steps } = await print('/essay/the-dollar-era/', 'A4');
    const links = steps.map((s) => `/essay/the-dollar-era/#${s.id}`);
    // Page by page at phone-camera resolution until a code is read.
    const decoded: string[] = [];
    for (let p = 1; p <= 6 && decoded.length === 0; p++) {
      const root = path.join(work, `page-${p}`);
      execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', '-f', String(p), '-l', String(p), pdf, root]);
      const { data, info } = await sharp(`${root}.png`).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
      if (code) decoded.push(code.data);
    }
    expect(decoded).toHaveLength(1);
    expect(links).toContain(decoded[0]);
  });
});
