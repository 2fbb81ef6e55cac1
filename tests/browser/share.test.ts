import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, PHONE } from '../support/browser';
import { SHOTS } from '../support/shots';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();
/** A machine shared with other builds can take many seconds to run a page's scripts. */
const POLL = { timeout: 30_000 };
const SHOT_DIR = process.env['SHARE_SHOTS'] ?? SHOTS;
mkdirSync(SHOT_DIR, { recursive: true });

const SCREENS = {
  phone: PHONE,
  desktop: { viewport: { width: 1280, height: 900 } },
} satisfies Record<string, BrowserContextOptions>;
type ScreenName = keyof typeof SCREENS;

/** A fresh browser context, as a reader who was sent a link has: clipboard allowed, nothing remembered. */
async function open(url: string, screen: ScreenName): Promise<Page> {
  const context = await built.browser.newContext({
    ...SCREENS[screen],
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  return page;
}

/** Taps on a phone, clicks on a desktop, at the middle of the element as it is shown. */
async function press(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to press: the element is not shown');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  if (page.viewportSize()!.width < 500) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** Opens a share control's menu and presses "Copy link"; returns what the clipboard then holds and what was said. */
async function copyLink(page: Page, share: Locator): Promise<{ link: string; said: string }> {
  await press(page, share.getByRole('button', { name: 'Share, embed, download' }));
  await press(page, share.getByRole('button', { name: 'Copy link' }));
  const status = share.locator('[data-share-status]');
  await expect.poll(() => status.textContent(), POLL).toBe('Link copied.');
  return { link: await page.evaluate(() => navigator.clipboard.readText()), said: (await status.textContent()) ?? '' };
}

/** Presses a download button and returns the file's name and bytes. */
async function download(page: Page, share: Locator, name: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    press(page, share.getByRole('button', { name, exact: true })),
  ]);
  const where = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(where) };
}

const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOT_DIR, name), fullPage: false });

describe('sharing the Triffin model', () => {
  it('copies a link to the view set by the reader, opens it elsewhere as the same view, and Back walks the views', async () => {
    const page = await open(built.url('/triffin/'), 'desktop');
    await press(page, page.getByRole('button', { name: /Britain, 1948/ }));
    await expect.poll(() => page.url(), POLL).toContain('preset=uk-1948');
    const slider = page.locator('input[type="range"][data-key="demandGrowth"]');
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const demand = await slider.inputValue();
    await expect.poll(() => page.url(), POLL).toContain(`demand=${demand}`);
    const share = page
      .locator('[data-share]')
      .filter({ has: page.locator('[data-share-csv="triffin"]') })
      .or(page.locator('[data-share][data-share-csv="triffin"]'));
    const { link } = await copyLink(page, share.first());
    expect(link).toContain('preset=uk-1948');
    expect(link).toContain(`demand=${demand}`);
    await screenshot(page, 'share-triffin-menu-1280.png');

    const other = await open(link, 'phone');
    await expect.poll(() => other.locator('[data-preset="uk-1948"]').getAttribute('aria-pressed'), POLL).toBe('true');
    expect(await other.locator('input[type="range"][data-key="demandGrowth"]').inputValue()).toBe(demand);
    await other.context().close();

    // Downloads: what is shown, with sources and licence.
    const csv = await download(page, share.first(), 'CSV');
    const text = csv.bytes.toString('utf8');
    expect(csv.name).toMatch(/\.csv$/);
    expect(text).toContain(link);
    expect(text).toMatch(/^# Source: .+/m);
    expect(text).toMatch(/^# Licence: .*CC BY 4\.0/m);
    expect(text).toMatch(/^year,demand \(GBP\)/m);
    const svg = await download(page, share.first(), 'SVG');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/^<\?xml/);
    expect(svgText).toContain('<title>The Triffin dilemma, as a model</title>');
    expect(svgText).toContain('Sources:');
    expect(svgText).toContain('CC BY 4.0');
    const png = await download(page, share.first(), 'PNG');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(svgText)?.[1]);
    expect(png.bytes.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));
    writeFileSync(path.join(SHOT_DIR, 'share-triffin-download.png'), png.bytes);

    // Cite this: the view's address, today.
    await press(page, page.locator('details[data-cite] summary').first());
    const cites = page.locator('details[data-cite] pre');
    await expect.poll(() => cites.count(), POLL).toBe(10);
    for (const pre of await cites.all().then((all) => all.slice(0, 5))) expect(await pre.textContent()).toContain(link);

    await page.goBack();
    await expect.poll(() => page.url(), POLL).not.toContain('preset=');
    await expect.poll(() => page.locator('[data-preset="us-1950"]').getAttribute('aria-pressed'), POLL).toBe('true');
    await page.goForward();
    await expect.poll(() => page.locator('[data-preset="uk-1948"]').getAttribute('aria-pressed'), POLL).toBe('true');
    await page.context().close();
  });
});

describe('sharing a filtered claims page', () => {
  it('copies the filtered view, which opens filtered elsewhere; the CSV lists only the claims shown; Back unfilters', async () => {
    const page = await open(built.url('/claims/'), 'phone');
    const all = await page.locator('article.claim').count();
    await press(page, page.getByRole('group', { name: 'Verdict' }).getByRole('button', { name: /^Contested/ }));
    await expect.poll(() => page.url(), POLL).toContain('verdict=contested');
    const shown = await page.locator('article.claim:visible').count();
    expect(shown).toBeLessThan(all);
    const share = page.locator('[data-share][data-share-csv="claims"]');
    const { link } = await copyLink(page, share);
    expect(new URL(link).searchParams.get('verdict')).toBe('contested');
    await screenshot(page, 'share-claims-menu-390.png');

    const csv = (await download(page, share, 'CSV')).bytes.toString('utf8');
    const rows = csv.split('\r\n').filter((l) => l && !l.startsWith('#'));
    expect(rows[0]).toBe('id,verdict,claim,page');
    expect(rows.length - 1).toBe(shown);
    expect(rows.slice(1).every((r) => r.split(',')[1] === 'contested')).toBe(true);
    expect(csv).toMatch(/^# Licence: .*CC BY 4\.0/m);

    const other = await open(link, 'desktop');
    await expect.poll(() => other.locator('article.claim:visible').count(), POLL).toBe(shown);
    await other.context().close();

    await page.goBack();
    await expect.poll(() => page.locator('article.claim:visible').count(), POLL).toBe(all);
    await page.context().close();
  });
});

describe('sharing the timeline', () => {
  it('copies a filtered view that opens the same elsewhere, and Back brings the filter back', async () => {
    const page = await open(built.url('/timeline/'), 'desktop');
    const bitcoin = page.locator('input[data-timeline-filter="eras"][value="bitcoin"]');
    await press(page, bitcoin);
    await expect.poll(() => page.url(), POLL).toContain('era=guilder%2Csterling%2Cdollar');
    // The tab names the view, so a bookmark says what it keeps.
    expect(await page.title()).toBe('Timeline, guilder, sterling, dollar · Reserve currencies: a history to test');
    const count = await page.locator('[data-timeline-count]').textContent();
    const share = page.locator('[data-share][data-share-csv="timeline"]');
    const { link } = await copyLink(page, share);
    expect(link).toContain('era=guilder%2Csterling%2Cdollar');

    const csv = (await download(page, share, 'CSV')).bytes.toString('utf8');
    const rows = csv.split('\r\n').filter((l) => l && !l.startsWith('#'));
    expect(rows[0]).toBe('id,date,title,page');
    expect(`Showing ${rows.length - 1} of`).toBe(/Showing \d+ of/.exec(count ?? '')?.[0]);

    const other = await open(link, 'phone');
    await expect.poll(() => other.locator('[data-timeline-count]').textContent(), POLL).toBe(count);
    expect(await other.locator('input[data-timeline-filter="eras"][value="bitcoin"]').isChecked()).toBe(false);
    await other.context().close();

    await page.goBack();
    await expect.poll(() => bitcoin.isChecked(), POLL).toBe(true);
    await expect.poll(() => page.title(), POLL).toBe('Timeline · Reserve currencies: a history to test');
    await page.context().close();
  });
});

describe("a step's download", () => {
  it('holds the years the step draws, not the whole series of its scrolly', async () => {
    const page = await open(built.url('/essay/the-dollar-era/#gold-window-closes'), 'desktop');
    const share = page.locator('#gold-window-closes [data-share]');
    await press(page, share.getByRole('button', { name: 'Share, embed, download' }));
    const csv = (await download(page, share, 'CSV')).bytes.toString('utf8');
    const rows = csv
      .split('\r\n')
      .filter((l) => l && !l.startsWith('#'))
      .slice(1);
    // The step draws 1960–1976 (its figure's x domain); the gold series behind it runs 1792–2026 in ~900 rows.
    // Dated rows are the market's years and months in view; the official price in force then keeps its law's date.
    const years = rows
      .map((l) => /^(?:[A-Z][a-z]{2} )?(\d{4}),/.exec(l)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(years.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(300);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1959);
    expect(Math.max(...years)).toBeLessThanOrEqual(1976);
    expect(csv).toMatch(/^# Source: .+/m);
    await page.context().close();
  });
});

describe('sharing and embedding an essay figure', () => {
  const chapter = '/essay/trust-and-sanctions/';
  const figure = 'gold-since-2014';

  it('copies a link to the figure, which opens at the figure in a fresh browser', async () => {
    const page = await open(built.url(chapter), 'phone');
    const share = page.locator(`#${figure} [data-share]`);
    const { link } = await copyLink(page, share);
    expect(new URL(link).hash).toBe(`#${figure}`);
    await screenshot(page, 'share-figure-menu-390.png');
    await press(page, share.getByRole('button', { name: 'Embed', exact: true }));
    await expect.poll(() => share.locator('textarea').inputValue(), POLL).not.toBe('');
    const code = await share.locator('textarea').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+\?embed=1#gold-since-2014" title="[^"]+"/);
    expect(code).toContain('/embed.js');
    await screenshot(page, 'share-figure-embed-code-390.png');
    const csv = (await download(page, share, 'CSV')).bytes.toString('utf8');
    expect(csv).toMatch(/^series,date,value,estimate,transcribed$/m);
    expect(csv).toMatch(/^[^#\n].*,\d{4}.*,-?\d/m);
    expect(csv).toMatch(/^# Source: .+/m);
    await page.context().close();

    const other = await open(link, 'desktop');
    // The figure is on screen: its top inside the window.
    await expect
      .poll(async () => (await other.locator(`#${figure}`).boundingBox())?.y, POLL)
      .toBeGreaterThanOrEqual(-1);
    expect((await other.locator(`#${figure}`).boundingBox())!.y).toBeLessThan(300);
    await other.context().close();
  });

  it('?embed=1 shows the figure alone with its source, licence and a link back; a host page fits the iframe to it', async () => {
    for (const screen of ['phone', 'desktop'] as const) {
      const page = await open(built.url(`${chapter}?embed=1#${figure}`), screen);
      await expect.poll(() => page.locator('html.is-embed').count(), POLL).toBe(1);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('h1').isVisible()).toBe(false);
      const drawn = await page.locator(`#${figure} .chart-drawing svg`).filter({ visible: true }).first().boundingBox();
      expect(drawn && drawn.y < 200 && drawn.width > 300).toBe(true);
      const foot = page.locator('.embed-footer');
      expect(await page.locator(`#${figure} .sources li`).count()).toBeGreaterThan(0);
      expect(await foot.textContent()).toMatch(/CC BY 4\.0/);
      expect(await foot.getByRole('link').getAttribute('href')).toBe(built.url(`${chapter}#${figure}`));
      await screenshot(page, `share-embed-${screen === 'phone' ? 390 : 1280}.png`);
      await page.context().close();
    }

    const host = await built.browser.newPage({ viewport: { width: 800, height: 900 } });
    const src = built.url(`${chapter}?embed=1#${figure}`);
    await host.setContent(
      `<!doctype html><p>A teacher's page</p><iframe src="${src}" title="Gold" width="100%" height="200" style="border:0"></iframe>` +
        `<script src="${built.url('/embed.js')}"></script>`,
      { waitUntil: 'networkidle' },
    );
    const frame = host.frameLocator('iframe');
    await expect.poll(() => frame.locator('html.is-embed').count(), POLL).toBe(1);
    const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    await expect
      .poll(() => host.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), POLL)
      .toBeCloseTo(inner, -1);
    expect(inner).toBeGreaterThan(300);
    // Shown once it has fitted itself, not before.
    expect(await host.locator('iframe').evaluate((f) => getComputedStyle(f).visibility)).toBe('visible');
    await host.screenshot({ path: path.join(SHOT_DIR, 'share-embed-host-800.png'), fullPage: true });
    await host.close();
  });

  it('an embedded page never paints the page it is cut from, even when its scripts come late', async () => {
    const context = await built.browser.newContext(SCREENS.phone);
    const page = await context.newPage();
    // Hold the page's modules, as a slow network would; the first paint then happens without them.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/*.js', async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts hold DOMContentLoaded back: wait for the parsed page instead.
    await page.goto(built.url(`${chapter}?embed=1#${figure}`), { waitUntil: 'commit' });
    await page.locator('.site-footer').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const shown = () => page.evaluate(() => getComputedStyle(document.body).visibility);
    expect(await shown()).toBe('hidden');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    release();
    await expect.poll(() => page.locator('html.is-embed').count(), POLL).toBe(1);
    expect(await shown()).toBe('visible');
    expect(await page.locator(`#${figure} .chart-drawing svg`).filter({ visible: true }).count()).toBeGreaterThan(0);
    // Without `?embed=1` the same page shows at once, scripts or not.
    const plain = await context.newPage();
    await plain.route('**/_astro/*.js', (route) => route.abort());
    await plain.goto(built.url(chapter), { waitUntil: 'load' });
    expect(await plain.evaluate(() => getComputedStyle(document.body).visibility)).toBe('visible');
    await context.close();
  });
});

describe('hostile links', () => {
  const NASTY = [
    'q=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%20id%3Dpwned%3E',
    'event=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E',
    'from=%E0%A4%A&to=-99999999999999999999&era=__proto__,constructor',
    'verdict=%22%3E%3Csvg%20onload%3D%22window.pwned%3D1%22%20id%3Dpwned%3E&era=%00%1B',
    'preset=__proto__&demand=1e999&cover=NaN&history=%3Cb%20id%3Dpwned%3E',
    'embed=%3Cb%20id%3Dpwned%3E&v=999&__proto__%5Bpolluted%5D=1',
  ].join('&');
  const VIEWS = [
    '/timeline/',
    '/timeline/nixon-closes-gold-window/',
    '/triffin/',
    '/claims/',
    '/essay/trust-and-sanctions/',
  ];

  it.each(VIEWS)('%s with hostile query strings: no page error, no dialog, no injected element', async (view) => {
    const context = await built.browser.newContext(SCREENS.desktop);
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(built.url(`${view}?${NASTY}#%3Cimg%20src=x%3E`), { waitUntil: 'networkidle' });
    await page
      .locator('[data-share] button')
      .first()
      .click({ trial: true })
      .catch(() => undefined);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.locator('#pwned, [onerror], [onload], img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => 'pwned' in window || 'polluted' in Object.prototype)).toBe(false);
    await context.close();
  });
});

describe('the share menu, embed code and citations, open', () => {
  it.each(['phone', 'desktop'] as const)('pass axe and break no CSP rule on a %s', async (screen) => {
    const page = await open(built.url('/essay/trust-and-sanctions/'), screen);
    await page.evaluate(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(e.violatedDirective),
      );
    });
    const share = page.locator('#gold-since-2014 [data-share]');
    await press(page, share.getByRole('button', { name: 'Share, embed, download' }));
    await press(page, share.getByRole('button', { name: 'Embed', exact: true }));
    await expect.poll(() => share.locator('textarea').inputValue(), POLL).not.toBe('');
    await press(page, page.locator('details[data-cite] summary'));
    await expect.poll(() => page.locator('details[data-cite] pre').count(), POLL).toBeGreaterThan(4);
    await download(page, share, 'PNG');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.context().close();
  });
});
