import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { copyLink, download, open, POLL, press, screenshot, SCREENS, SHOT_DIR } from '../support/share';
import { useBuiltSite } from '../support/site';

// Sharing a view of an explorer or a filtered page, and links that try to break one.
const built = useBuiltSite();

describe('sharing the Triffin model', () => {
  it('copies a link to the view set by the reader, opens it elsewhere as the same view, and Back walks the views', async () => {
    const page = await open(built.browser, built.url('/triffin/'), 'desktop');
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

    const other = await open(built.browser, link, 'phone');
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
    const page = await open(built.browser, built.url('/claims/'), 'phone');
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

    const other = await open(built.browser, link, 'desktop');
    await expect.poll(() => other.locator('article.claim:visible').count(), POLL).toBe(shown);
    await other.context().close();

    await page.goBack();
    await expect.poll(() => page.locator('article.claim:visible').count(), POLL).toBe(all);
    await page.context().close();
  });
});

describe('sharing the timeline', () => {
  it('copies a filtered view that opens the same elsewhere, and Back brings the filter back', async () => {
    const page = await open(built.browser, built.url('/timeline/'), 'desktop');
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

    const other = await open(built.browser, link, 'phone');
    await expect.poll(() => other.locator('[data-timeline-count]').textContent(), POLL).toBe(count);
    expect(await other.locator('input[data-timeline-filter="eras"][value="bitcoin"]').isChecked()).toBe(false);
    await other.context().close();

    await page.goBack();
    await expect.poll(() => bitcoin.isChecked(), POLL).toBe(true);
    await expect.poll(() => page.title(), POLL).toBe('Timeline · Reserve currencies: a history to test');
    await page.context().close();
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
    const page = await open(built.browser, built.url('/essay/trust-and-sanctions/'), screen);
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
