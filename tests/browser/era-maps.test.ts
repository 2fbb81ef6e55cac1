import { readFileSync } from 'node:fs';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadRows } from '../../src/lib/data';
import { brettonWoodsDelegations } from '../../src/schemas/datasets/brettonWoodsDelegations';
import { centralBankSanctions2022 } from '../../src/schemas/datasets/centralBankSanctions2022';
import { dollarPegs2023 } from '../../src/schemas/datasets/dollarPegs2023';
import { dutchTradingPosts } from '../../src/schemas/datasets/dutchTradingPosts';
import { STERLING_ANCHORS_LAST, sterlingAnchors } from '../../src/schemas/datasets/sterlingAnchors';
import { axeViolations, PHONE } from '../support/browser';
import { SHOTS } from '../support/shots';
import { useBuiltSite } from '../support/site';

const built = useBuiltSite();

const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology<{
  countries: GeometryCollection;
}>;
const shapes = new Set(feature(atlas, atlas.objects.countries).features.map((f) => String(f.id)));
/** How many of today's countries a map must shade: the distinct codes its CSV names that the base map can draw. */
const shadedFrom = (codes: string[][]) => new Set(codes.flat().filter((c) => shapes.has(c))).size;

const delegations = loadRows(brettonWoodsDelegations);
const sanctions = loadRows(centralBankSanctions2022);
const posts = loadRows(dutchTradingPosts);
const pegs = loadRows(dollarPegs2023);
const anchors = loadRows(sterlingAnchors);
/** The countries the CSV has still anchored to sterling in its last month, in full colour; the others in a faint tint. */
const anchoredAtEnd = new Set(anchors.filter((r) => r.until === STERLING_ANCHORS_LAST).map((r) => r.country));
const fullCodes = anchors.filter((r) => anchoredAtEnd.has(r.country)).map((r) => r.country_codes);

/** Each era map, where a reader meets it, and what its CSV says it must show. */
const MAPS = [
  {
    id: 'dutch-trading-posts',
    csv: 'dutch-trading-posts.csv',
    chapter: '/essay/the-guilder-era/',
    guide: '/classroom/the-guilder-era/',
    shaded: 0,
    shadedAlt: 0,
    posts: posts.filter((r) => r.role === 'post').length,
    hubs: 1,
    listed: posts.length,
    firstItem: 'Amsterdam',
  },
  {
    id: 'sterling-anchors',
    csv: 'sterling-anchors.csv',
    chapter: '/essay/the-sterling-era/',
    guide: '/classroom/the-sterling-era/',
    shaded: shadedFrom(fullCodes),
    shadedAlt: shadedFrom(anchors.filter((r) => !anchoredAtEnd.has(r.country)).map((r) => r.country_codes)),
    posts: 0,
    hubs: 0,
    listed: anchors.length,
    firstItem: 'Anguilla',
  },
  {
    id: 'bretton-woods',
    csv: 'bretton-woods-delegations.csv',
    chapter: '/essay/the-dollar-era/',
    guide: '/classroom/the-dollar-era/',
    shaded: shadedFrom(delegations.map((r) => r.country_codes)),
    shadedAlt: 0,
    posts: 0,
    hubs: 0,
    listed: delegations.length,
    firstItem: 'Australia',
  },
  {
    id: 'central-bank-sanctions-2022',
    csv: 'central-bank-sanctions-2022.csv',
    chapter: '/essay/trust-and-sanctions/',
    guide: '/classroom/trust-and-sanctions/',
    shaded: shadedFrom(sanctions.map((r) => r.country_codes)),
    // The second layer, in its own colour: the economies tied to the dollar that the base map can draw.
    shadedAlt: shadedFrom(pegs.map((r) => r.country_codes)),
    posts: 0,
    hubs: 0,
    listed: sanctions.length + pegs.length,
    firstItem: 'United States',
  },
] as const;

/** What a reader can see of one era map: its drawing, its marks, and its list (open or not). */
const mapSeen = (id: string) => ({
  script: (mapId: string) => {
    const figure = document.querySelector(`.guide-map[data-map="${mapId}"]`);
    const svg = figure?.querySelector('svg');
    const list = document.querySelector<HTMLDetailsElement>(`.map-list[data-map="${mapId}"]`);
    const box = svg?.getBoundingClientRect();
    const items = [...(list?.querySelectorAll('li') ?? [])];
    return {
      svg: Boolean(svg),
      label: svg?.getAttribute('aria-label') ?? '',
      width: box?.width ?? 0,
      shaded: svg?.querySelectorAll('.shaded path').length ?? 0,
      shadedAlt: svg?.querySelectorAll('.shaded-alt path').length ?? 0,
      posts: svg?.querySelectorAll('.post circle').length ?? 0,
      hubs: svg?.querySelectorAll('.hub circle').length ?? 0,
      caption: figure?.querySelector('figcaption')?.textContent ?? '',
      listed: items.length,
      open: list?.open ?? false,
      visibleItems: items.filter((li) => li.checkVisibility()).length,
      firstItem: items[0]?.textContent?.trim() ?? '',
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  },
  id,
});

describe('the era maps, as a reader meets them', () => {
  it('with JavaScript off at 1280 px, each chapter shows its map drawn from its CSV, with the list behind it', async () => {
    const context = await built.browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    for (const m of MAPS) {
      await page.goto(built.url(m.chapter), { waitUntil: 'load' });
      const { script, id } = mapSeen(m.id);
      const seen = await page.evaluate(script, id);
      expect(seen.svg, m.id).toBe(true);
      expect(seen.label, m.id).toMatch(/^World map: /);
      expect(seen.width, m.id).toBeGreaterThan(500);
      expect(seen.shaded, m.id).toBe(m.shaded);
      expect(seen.shadedAlt, m.id).toBe(m.shadedAlt);
      expect(seen.posts, m.id).toBe(m.posts);
      expect(seen.hubs, m.id).toBe(m.hubs);
      expect(seen.caption, m.id).toContain(m.csv);
      expect(seen.listed, m.id).toBe(m.listed);
      expect(seen.firstItem.startsWith(m.firstItem), m.id).toBe(true);
      expect(seen.overflow, m.id).toBeLessThanOrEqual(0);
      const map = page.locator(`.guide-map[data-map="${m.id}"]`);
      await map.scrollIntoViewIfNeeded();
      await map.screenshot({ path: path.join(SHOTS, `${m.id}-chapter-1280-nojs.png`) });
    }
    await context.close();
  });

  it('on a phone, a teacher taps open each guide’s list of the places the map shows, and the page fits', async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    for (const m of MAPS) {
      await page.goto(built.url(m.guide), { waitUntil: 'load' });
      const { script, id } = mapSeen(m.id);
      const before = await page.evaluate(script, id);
      expect(before.shaded, m.id).toBe(m.shaded);
      expect(before.shadedAlt, m.id).toBe(m.shadedAlt);
      expect(before.posts + before.hubs, m.id).toBe(m.posts + m.hubs);
      expect(before.width, m.id).toBeGreaterThan(300);
      expect(before.width, m.id).toBeLessThanOrEqual(390);
      expect(before.visibleItems, m.id).toBe(0);

      const summary = page.locator(`.map-list[data-map="${m.id}"] summary`);
      await summary.scrollIntoViewIfNeeded();
      const box = (await summary.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      const after = await page.evaluate(script, id);
      expect(after.open, m.id).toBe(true);
      expect(after.visibleItems, m.id).toBe(m.listed);
      expect(after.overflow, m.id).toBeLessThanOrEqual(0);
      expect(await axeViolations(page), m.id).toEqual([]);
      await page
        .locator(`.guide-map[data-map="${m.id}"]`)
        .screenshot({ path: path.join(SHOTS, `${m.id}-guide-390.png`) });
      await page.screenshot({ path: path.join(SHOTS, `${m.id}-guide-390-page.png`), fullPage: true });
    }
    await context.close();
  });

  it('at 1280 px, a reader clicks open the sanctions list and reads who froze the Bank of Russia’s reserves, and when, and whose currency is tied to the dollar', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.url('/essay/trust-and-sanctions/'), { waitUntil: 'load' });
    const summary = page.locator('.map-list[data-map="central-bank-sanctions-2022"] summary');
    await summary.scrollIntoViewIfNeeded();
    const box = (await summary.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const items = page.locator('.map-list[data-map="central-bank-sanctions-2022"] li');
    await expect.poll(() => items.count()).toBe(sanctions.length + pegs.length);
    const texts = await items.allTextContents();
    expect(texts[0]).toContain('United States, 2022-02-28');
    expect(texts.find((t) => t.startsWith('Switzerland'))).toContain('2022-03-04');
    expect(texts.find((t) => t.startsWith('European Union'))).toContain('Malta');
    expect(texts.find((t) => t.startsWith('Saudi Arabia'))).toContain('conventional peg');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'sanctions-chapter-1280.png') });
    await context.close();
  });
});
