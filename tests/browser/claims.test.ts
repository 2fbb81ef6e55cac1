import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ledgerEntries } from '../../src/lib/claimLedger';
import { loadClaims } from '../../src/lib/data';
import { axeViolations, DIST, openPage } from '../support/browser';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';
import { curlQuotes } from '../../src/lib/quotes';

const built = useBuiltSite();
const CLAIMS = loadClaims();
/** A busy machine can be slow to answer a tap; the default second of polling is not enough. */
const POLL = { timeout: 10_000 };
const ALL = CLAIMS.length;
const CONTESTED = CLAIMS.filter((c) => c.verdict === 'contested').length;

const SCREENS = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'desktop', width: 1280, height: 900, touch: false },
] as const;
type Screen = (typeof SCREENS)[number];

const contextFor = (screen: Screen): BrowserContextOptions => ({
  viewport: { width: screen.width, height: screen.height },
  ...(screen.touch ? { hasTouch: true, isMobile: true } : {}),
});

/** Taps on a phone, clicks on a desktop, at the middle of the element as the reader sees it. */
async function press(page: Page, screen: Screen, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to press: the element is not shown');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  if (screen.touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** What a reader sees of each claim that is shown: its heading and the verdict and eras under it. */
function shownClaims(page: Page): Promise<{ title: string; verdict: string; eras: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('article.claim')]
      .filter((a) => a.checkVisibility() && a.getBoundingClientRect().height > 0)
      .map((a) => ({
        title: a.querySelector('h3')?.innerText ?? '',
        verdict: (a.querySelector('.verdict-badge')?.textContent ?? '').trim().toLowerCase(),
        eras: a.querySelector('.claim-eras')?.textContent ?? '',
      })),
  );
}

/** Contents entries a reader sees. */
const shownContents = (page: Page) => page.locator('nav.claims-toc li').filter({ visible: true }).count();

const filterButton = (page: Page, group: 'Verdict' | 'Era', name: RegExp) =>
  page.getByRole('group', { name: group }).getByRole('button', { name });

describe.each(SCREENS)('the claim ledger on a $name ($width px)', (screen) => {
  it('starts short, with every claim, visible filters and contents that jump to each claim', async () => {
    const page = await openPage(built.browser, built.url('/claims/'), contextFor(screen));
    const all = await shownClaims(page);
    expect(all.length).toBe(ALL);
    expect(await shownContents(page)).toBe(ALL);
    // Each claim a summary with its evidence folded: the page was 33,000 px long.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(screen.touch ? 14_000 : 10_000);
    expect(await page.locator('[data-claim-filters]').isVisible()).toBe(true);
    // Badges read in colour, shape and text: an icon beside the word.
    const badge = page.locator('article.claim .verdict-badge').first();
    expect(await badge.locator('svg path').count()).toBe(1);
    expect((await badge.innerText()).trim()).toMatch(/^(supported|partly supported|contested|not supported|opinion)$/i);

    // A contents link jumps to its claim and opens its evidence and counterpoint.
    const entry = page.locator('nav.claims-toc li a').nth(14);
    const id = (await entry.getAttribute('href'))!.slice(1);
    await press(page, screen, entry);
    const claim = page.locator(`article#${id}`);
    await expect.poll(() => claim.evaluate((el) => Math.round(el.getBoundingClientRect().top)), POLL).toBeLessThan(100);
    expect(await claim.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-1);
    await expect.poll(() => claim.getByRole('heading', { name: 'Counterpoint' }).isVisible(), POLL).toBe(true);
    expect(await claim.getByRole('heading', { name: 'Evidence' }).isVisible()).toBe(true);

    // Another claim's evidence, opened by its disclosure: the quote, evidence, counterpoint and sources, a level
    // under the claim's heading, read in the ledger.
    const other = page.locator('article.claim').nth(3);
    const otherId = await other.getAttribute('id');
    const data = CLAIMS.find((c) => c.id === otherId)!;
    await press(page, screen, other.locator('summary'));
    const evidence = other.getByRole('heading', { name: 'Evidence', level: 4 });
    await expect.poll(() => evidence.isVisible(), POLL).toBe(true);
    expect(await other.getByRole('heading', { name: 'Counterpoint', level: 4 }).isVisible()).toBe(true);
    expect(await other.locator('blockquote[lang="de"]').isVisible()).toBe(true);
    expect(await other.locator('.sources li').count()).toBeGreaterThan(0);
    expect(await other.getByText(curlQuotes(data.evidence.slice(0, 60))).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: shot(`claims-evidence-${screen.width}.png`) });
    await page.context().close();
  });

  it('filters by verdict and era with a tap or a click, keeps them in the URL, and Back undoes them', async () => {
    const page = await openPage(built.browser, built.url('/claims/'), contextFor(screen));
    await press(page, screen, filterButton(page, 'Verdict', /^Contested/));
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?verdict=contested');
    const contested = await shownClaims(page);
    expect(contested.length).toBe(CONTESTED);
    expect(contested.every((c) => c.verdict === 'contested')).toBe(true);
    expect(await shownContents(page)).toBe(CONTESTED);
    expect(await page.locator('[data-claim-status]').innerText()).toMatch(`Showing ${CONTESTED} of ${ALL} claims`);

    await press(page, screen, filterButton(page, 'Era', /^Sterling era/));
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?verdict=contested&era=sterling');
    const both = await shownClaims(page);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(contested.length);
    expect(both.every((c) => c.verdict === 'contested' && c.eras.includes('Sterling era'))).toBe(true);
    expect(await filterButton(page, 'Era', /^Sterling era/).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-claim-status]').innerText()).toBe(
      `Showing ${both.length} of ${ALL} claims: Contested, Sterling era.`,
    );
    expect(await axeViolations(page)).toEqual([]);

    // A shared link opens on the same claims.
    const shared = await openPage(built.browser, page.url(), contextFor(screen));
    expect(await shownClaims(shared)).toEqual(both);
    expect(await filterButton(shared, 'Verdict', /^Contested/).getAttribute('aria-pressed')).toBe('true');
    await shared.context().close();

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?verdict=contested');
    await expect.poll(async () => (await shownClaims(page)).length, POLL).toBe(CONTESTED);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('');
    await expect.poll(async () => (await shownClaims(page)).length, POLL).toBe(ALL);
    expect(await shownContents(page)).toBe(ALL);

    // "All" clears a filter; a filter that matches nothing says so.
    await press(page, screen, filterButton(page, 'Verdict', /^Not supported/));
    await press(page, screen, filterButton(page, 'Era', /^Bitcoin/));
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?verdict=not-supported&era=bitcoin');
    expect((await shownClaims(page)).length).toBe(0);
    expect(await page.locator('[data-claim-status]').innerText()).toBe(
      'No claim matches Not supported and Bitcoin era.',
    );
    await press(page, screen, filterButton(page, 'Verdict', /^All/));
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?era=bitcoin');
    expect((await shownClaims(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('the claim ledger without JavaScript', () => {
  it('shows every claim, hides the filters that could not work, and leads to each claim’s evidence', async () => {
    const page = await openPage(built.browser, built.url('/claims/?verdict=contested'), { javaScriptEnabled: false });
    expect((await shownClaims(page)).length).toBe(ALL);
    expect(await page.locator('[data-claim-filters]').isVisible()).toBe(false);
    // The evidence is on the claim's own page, which its disclosure leads to.
    const first = page.locator('article.claim').first();
    const id = await first.getAttribute('id');
    await first.locator('summary').click();
    await Promise.all([
      page.waitForURL((u) => u.pathname === `/claims/${id}/`),
      first.getByRole('link', { name: 'On the claim’s own page' }).click(),
    ]);
    expect(await page.getByRole('heading', { name: 'Counterpoint' }).isVisible()).toBe(true);
    expect(await page.locator('main article.claim blockquote[lang="de"]').isVisible()).toBe(true);
    await page.context().close();
  });
});

/** The `content` of a page's `<meta property|name="key">`, as a link preview reads it. */
const metaOf = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe("each claim's own page", () => {
  it('exists for every claim in data, and names as og:image the claim’s 1200×630 preview, which the build wrote', () => {
    const problems: string[] = [];
    for (const claim of CLAIMS) {
      const file = path.join(DIST, 'claims', claim.id, 'index.html');
      if (!existsSync(file)) {
        problems.push(`${claim.id}: no page`);
        continue;
      }
      const html = readFileSync(file, 'utf8');
      const image = metaOf(html, 'og:image');
      if (image !== `/og/claims/${claim.id}.png`) problems.push(`${claim.id}: og:image is ${image}`);
      const png = path.join(DIST, image ?? 'none');
      if (!existsSync(png)) problems.push(`${claim.id}: ${image} was not built`);
      else {
        const bytes = readFileSync(png);
        const size = `${bytes.readUInt32BE(16)}×${bytes.readUInt32BE(20)}`;
        if (bytes.subarray(1, 4).toString('latin1') !== 'PNG' || size !== '1200×630')
          problems.push(`${claim.id}: ${image} is not a 1200×630 PNG`);
      }
      if (metaOf(html, 'og:type') !== 'article') problems.push(`${claim.id}: og:type is not article`);
      if (!metaOf(html, 'og:description')?.startsWith(`Our verdict: ${claim.verdict}.`))
        problems.push(`${claim.id}: the description does not give the verdict`);
    }
    expect(problems).toEqual([]);
  });
});

describe.each(SCREENS)("a claim's own page on a $name ($width px)", (screen) => {
  // A claim with a neighbour on each side, corrected since first published, with data and events that test it.
  const entries = ledgerEntries();
  const at = entries.findIndex((e) => e.claim.id === 'triffin');
  const { claim } = entries[at]!;

  it('shows the claim, the verdict, the evidence and the sources, passes axe, and leads back to the ledger at that claim', async () => {
    const page = await openPage(built.browser, built.url(`/claims/${claim.id}/`), contextFor(screen));
    expect(await page.title()).toContain(claim.claim_en);
    const article = page.locator('main article.claim');
    // The claim in our words as the page's heading, the German original quoted under it, our verdict beside it.
    expect((await page.locator('h1').innerText()).trim()).toBe(claim.claim_en);
    const quote = article.locator('blockquote[lang="de"]');
    expect(await quote.isVisible()).toBe(true);
    expect((await quote.innerText()).trim()).toBe(claim.quote_de);
    expect(await article.locator('figcaption').innerText()).toMatch(/article, section 1\.1, in the German original/);
    const badge = article.locator('.verdict-badge');
    expect(await badge.isVisible()).toBe(true);
    expect((await badge.innerText()).trim().toLowerCase()).toBe(claim.verdict);
    // The evidence and counterpoint are open: nothing to tap to read them.
    for (const name of ['Evidence', 'Counterpoint', 'What tests it']) {
      const heading = page.getByRole('heading', { name, exact: true });
      expect(await heading.isVisible(), name).toBe(true);
    }
    expect(await article.getByText(curlQuotes(claim.evidence.slice(0, 60))).isVisible()).toBe(true);
    expect(await article.getByText(curlQuotes(claim.counterpoint.slice(0, 60))).isVisible()).toBe(true);
    // Each dataset that tests it is a link to the data page.
    for (const d of claim.datasets) expect(await article.locator(`a[href="/data/#${d}"]`).isVisible(), d).toBe(true);
    // Every source listed once, each with its bibliography entry.
    const sources = article.locator('.sources li');
    expect(await sources.count()).toBe(new Set(claim.sources).size);
    const entriesShown = await sources.locator('a.entry').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(entriesShown).toEqual([...new Set(claim.sources)].map((id) => `/sources/#${id}`));
    // The page fits the screen, reads at 12 px or more, and passes axe.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
    const smallest = await article.evaluate((el) =>
      Math.min(
        ...[...el.querySelectorAll('p, li, a, h1, h2, figcaption')].map((e) =>
          parseFloat(getComputedStyle(e).fontSize),
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
    expect(await axeViolations(page)).toEqual([]);
    // Share and Cite are there for this page; the neighbours are one tap away.
    expect(await page.getByRole('button', { name: 'Share, embed, download' }).isVisible()).toBe(true);
    await press(page, screen, page.locator('details[data-cite] summary'));
    const apa = page.locator('details[data-cite] pre').first();
    await expect.poll(() => apa.isVisible(), POLL).toBe(true);
    expect(await apa.textContent()).toContain(`/claims/${claim.id}/`);
    expect(await apa.textContent()).toContain(claim.claim_en.replace(/\.$/, ''));
    expect(await apa.textContent()).not.toMatch(/\.\./);
    const nav = page.getByRole('navigation', { name: 'Neighbouring claims' });
    expect(await nav.locator('a[rel="prev"]').getAttribute('href')).toBe(`/claims/${entries[at - 1]!.claim.id}/`);
    expect(await nav.locator('a[rel="next"]').getAttribute('href')).toBe(`/claims/${entries[at + 1]!.claim.id}/`);
    await page.screenshot({ path: shot(`claim-page-${screen.width}.png`), fullPage: true });

    // Back to the ledger, which opens at this claim with its evidence unfolded.
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/claims/' && url.hash === `#${claim.id}`),
      press(page, screen, nav.getByRole('link', { name: 'This claim in the ledger' })),
    ]);
    const entry = page.locator(`article#${claim.id}`);
    await expect.poll(() => entry.evaluate((el) => Math.round(el.getBoundingClientRect().top)), POLL).toBeLessThan(100);
    expect(await entry.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-1);
    await expect.poll(() => entry.getByRole('heading', { name: 'Counterpoint' }).isVisible(), POLL).toBe(true);
    // And from the ledger, the claim's own page is one tap away again.
    expect(await entry.getByRole('link', { name: /^Its own page/ }).getAttribute('href')).toBe(`/claims/${claim.id}/`);
    await page.context().close();
  });
});
