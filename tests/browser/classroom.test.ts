import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, PHONE } from '../support/browser';
import { SHOTS } from '../support/shots';
import { useBuiltSite } from '../support/site';
import { lightTokens, stepFigureSvgs } from '../../src/lib/packFigures';
import { unzip } from '../../src/lib/zipRead';
import { searchable } from '../../src/lib/quotes';

const built = useBuiltSite();

const text = (d: Uint8Array) => new TextDecoder().decode(d);

/** Taps (phone) or clicks (desktop) a link in the middle of its box, as a person would, and waits for the new page. */
async function follow(page: Page, name: string | RegExp, touch: boolean) {
  const link = page.getByRole('link', { name, exact: typeof name === 'string' }).first();
  await link.scrollIntoViewIfNeeded();
  const box = (await link.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const before = page.url();
  await Promise.all([
    page.waitForURL((url) => url.href !== before, { waitUntil: 'load' }),
    touch ? page.touchscreen.tap(x, y) : page.mouse.click(x, y),
  ]);
}

/** What a reader sees on the page: the headings, whether anything sticks out sideways, the results shown. */
const seen = (page: Page) =>
  page.evaluate(() => ({
    path: location.pathname,
    headings: [...document.querySelectorAll('main h2')].map((h) => h.textContent?.trim()),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    badges: [...document.querySelectorAll('.verdict-badge')].filter((b) => b.checkVisibility()).length,
    results: [...document.querySelectorAll('.results div')].map((d) => ({
      label: d.querySelector('dt')?.textContent?.trim(),
      shown: d.querySelector('dd')?.textContent?.trim(),
    })),
  }));

describe('the classroom kit, as a teacher uses it', () => {
  it('on a phone, a teacher taps from a chapter’s header to /classroom/, to a guide and on to its answers, and every page fits the screen', async () => {
    const context = await built.browser.newContext(PHONE);
    const page = await context.newPage();
    // The kit is in every page's header: a teacher reading a chapter finds it there.
    await page.goto(built.url('/essay/the-sterling-era/'), { waitUntil: 'load' });
    await follow(page, 'Classroom', true);
    expect((await seen(page)).path).toBe('/classroom/');
    expect((await seen(page)).overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);

    await follow(page, 'The Triffin dilemma', true);
    const guide = await seen(page);
    expect(guide.path).toBe('/classroom/the-triffin-dilemma/');
    expect(guide.headings).toEqual([
      'Learning objectives',
      'Key terms',
      'Discussion questions',
      'Data activity',
      'Where the article is contested',
      'Downloads',
    ]);
    expect(guide.badges).toBeGreaterThan(0);
    expect(guide.overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'guide-390.png'), fullPage: true });

    // A key term leads to its entry in the glossary.
    const term = page.locator('.terms dt a').first();
    const termName = (await term.textContent())!.trim();
    await follow(page, termName, true);
    expect(page.url()).toMatch(/\/glossary\/#[a-z0-9-]+$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain(termName);
    await page.goBack();

    await follow(page, 'teacher’s answer page', true);
    const answers = await seen(page);
    expect(answers.path).toBe('/classroom/the-triffin-dilemma/answers/');
    expect(answers.results.map((r) => r.label)).toContain('First year liabilities exceed gold');
    expect(answers.results.find((r) => r.label === 'First year liabilities exceed gold')!.shown).toBe('1960');
    expect(answers.overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'answers-390.png'), fullPage: true });
    await context.close();
  });

  it('at 1280 px, a teacher downloads a chapter pack with the guide, worksheet, answers and the data the activity names', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(built.url('/classroom/the-dollar-era/'), { waitUntil: 'load' });
    const columns = await page.locator('.columns code').allTextContents();
    // The era map: shapes in the era's colour on the page's own width, and its list of the 44 delegations.
    const map = await page.evaluate(() => {
      const svg = document.querySelector('.guide-map svg')!;
      const box = svg.getBoundingClientRect();
      const shaded = [...svg.querySelectorAll('path')].filter((p) => getComputedStyle(p).fill === 'rgb(22, 108, 56)');
      return { width: box.width, shaded: shaded.length, listed: document.querySelectorAll('.map-list li').length };
    });
    expect(map.width).toBeGreaterThan(500);
    expect(map.shaded).toBeGreaterThan(0);
    expect(map.listed).toBe(44);
    await page.screenshot({ path: path.join(SHOTS, 'guide-1280.png'), fullPage: true });
    const link = page.getByRole('link', { name: 'Classroom pack (zip)' });
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
    ]);
    expect(download.suggestedFilename()).toBe('the-dollar-era-pack.zip');
    const files = unzip(readFileSync((await download.path())!));
    const figures = files.filter((f) => f.name.startsWith('figures/') && f.name.endsWith('.png'));
    expect(files.filter((f) => !f.name.startsWith('figures/')).map((f) => f.name)).toEqual([
      'README.txt',
      'guide.md',
      'worksheet.md',
      'answers.md',
      'data/us-inflation.csv',
    ]);
    // The chapter's step figures as PNG, one per printed figure and named by its number (Figure 4.1 …).
    const printed = await context.newPage();
    await printed.goto(built.url('/essay/the-dollar-era/'), { waitUntil: 'load' });
    const stepFigures = await printed.locator('[data-step] [data-step-figure]').count();
    const firstCaption = (await printed.locator('[data-step] [data-step-caption]').first().textContent())!.trim();
    await printed.close();
    expect(stepFigures).toBeGreaterThanOrEqual(4);
    expect(figures.map((f) => f.name)).toEqual(
      Array.from({ length: stepFigures }, (_, i) => `figures/figure-4.${i + 1}.png`),
    );
    // Each figure's caption and address, as the printed chapter gives them.
    const captions = text(files.find((f) => f.name === 'figures/captions.txt')!.data);
    expect(captions).toContain(`Figure 4.1: ${firstCaption}`);
    expect(captions.match(/^\/essay\/the-dollar-era\/#[a-z0-9-]+$/gm)).toHaveLength(stepFigures);
    for (const { data } of figures) {
      expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const header = new DataView(data.buffer, data.byteOffset + 16, 8);
      // Wide enough to read on a handout: the drawing at twice its own size.
      expect(header.getUint32(0)).toBeGreaterThanOrEqual(600);
      expect(header.getUint32(4)).toBeGreaterThanOrEqual(300);
    }
    const csv = text(files.find((f) => f.name === 'data/us-inflation.csv')!.data);
    const header = csv.split('\n')[0]!.split(',');
    for (const c of columns) expect(header).toContain(c);
    expect(text(files.find((f) => f.name === 'worksheet.md')!.data)).toContain('# Worksheet: The dollar era');
    // The answers in the pack are the ones on the answer page.
    await page.goto(built.url('/classroom/the-dollar-era/answers/'), { waitUntil: 'load' });
    const answersMd = text(files.find((f) => f.name === 'answers.md')!.data);
    // The same answers, quotes aside: the page is typeset, the Markdown keeps the typewriter's.
    for (const r of (await seen(page)).results)
      expect(searchable(answersMd)).toContain(searchable(`${r.label}: **${r.shown}**`));
    await page.screenshot({ path: path.join(SHOTS, 'answers-1280.png'), fullPage: true });
    await context.close();
  });

  it('the Common Cartridge from /classroom/ has a well-formed imsmanifest.xml whose resources are in the zip and whose links exist', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(built.url('/classroom/'), { waitUntil: 'load' });
    await page.screenshot({ path: path.join(SHOTS, 'classroom-1280.png'), fullPage: true });
    const link = page.getByRole('link', { name: /IMS Common Cartridge/ });
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
    ]);
    const files = unzip(readFileSync((await download.path())!));
    const byName = new Map(files.map((f) => [f.name, text(f.data)]));
    const check = (xml: string) =>
      page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const error = doc.querySelector('parsererror');
        return {
          error: error?.textContent ?? null,
          files: [...doc.getElementsByTagName('file')].map((f) => f.getAttribute('href')),
          resources: doc.getElementsByTagName('resource').length,
          urls: [...doc.getElementsByTagName('url')].map((u) => u.getAttribute('href')),
          schema: doc.getElementsByTagName('schemaversion')[0]?.textContent,
        };
      }, xml);
    const manifest = await check(byName.get('imsmanifest.xml')!);
    expect(manifest.error).toBeNull();
    expect(manifest.schema).toBe('1.1.0');
    expect(manifest.resources).toBeGreaterThan(9 * 3);
    const missing = manifest.files.filter((f) => !byName.has(f!));
    expect(missing).toEqual([]);
    const urls: string[] = [];
    for (const f of manifest.files) {
      const weblink = await check(byName.get(f!)!);
      expect(weblink.error).toBeNull();
      urls.push(...weblink.urls.map((u) => new URL(u!, built.origin).pathname));
    }
    expect(urls).toContain('/classroom/the-triffin-dilemma/answers/');
    const statuses = await Promise.all(urls.map(async (u) => [u, (await fetch(built.url(u))).status] as const));
    expect(statuses.filter(([, s]) => s !== 200)).toEqual([]);
    await context.close();
  });

  it('with JavaScript off, a reader reads a guide and follows it to its answers', async () => {
    const context = await built.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(built.url('/classroom/the-sterling-era/'), { waitUntil: 'load' });
    const guide = await seen(page);
    expect(guide.headings).toContain('Data activity');
    expect(await page.locator('.steps li').count()).toBeGreaterThanOrEqual(3);
    await follow(page, 'teacher’s answer page', false);
    const answers = await seen(page);
    expect(answers.path).toBe('/classroom/the-sterling-era/answers/');
    expect(answers.results.length).toBeGreaterThanOrEqual(2);
    expect(answers.results.every((r) => /\d/.test(r.shown ?? ''))).toBe(true);
    await context.close();
  });
});

describe('the figures of the classroom packs, as built', () => {
  const tokens = lightTokens(readFileSync('src/styles/tokens.css', 'utf8'));
  /** The colours a drawing draws lines in (paths without fill, stroked in a colour), and the colours its key names. */
  const colours = (svg: string) => {
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const lines = [...document.querySelectorAll('path')]
      .filter((p) => !p.closest('[data-key]') && p.closest('[fill]')?.getAttribute('fill') === 'none')
      .map((p) => p.closest('[stroke]')?.getAttribute('stroke') ?? '')
      .filter((c) => c.startsWith('#'));
    const named = [...document.querySelectorAll('[data-key-item]')]
      .filter((item) => (item.textContent ?? '').trim() !== '')
      .flatMap((item) => [...item.querySelectorAll('line, rect, circle')])
      .flatMap((s) => [s.getAttribute('stroke'), s.getAttribute('fill')]);
    return { lines: new Set(lines), named: new Set(named) };
  };

  it('no two figure PNGs in the packs are the same picture', () => {
    const first = new Map<string, string>();
    const repeats: string[] = [];
    for (const pack of readdirSync('dist/classroom').filter((f) => f.endsWith('-pack.zip')))
      for (const f of unzip(readFileSync(path.join('dist/classroom', pack))).filter((f) => f.name.endsWith('.png'))) {
        const hash = createHash('sha256').update(f.data).digest('hex');
        const name = `${pack}/${f.name}`;
        if (first.has(hash)) repeats.push(`${name} is ${first.get(hash)}`);
        else first.set(hash, name);
      }
    expect(first.size).toBeGreaterThan(20);
    expect(repeats).toEqual([]);
  });

  it('a figure whose page keys its lines in HTML (the comparative chart, the Triffin model) names every line colour in its PNG', () => {
    const unnamed: string[] = [];
    let keyed = 0;
    for (const chapter of readdirSync('dist/essay', { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const file = path.join('dist/essay', chapter.name, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      const { document } = parseHTML(html);
      const figures = [...document.querySelectorAll('[data-step] [data-step-figure]')];
      stepFigureSvgs(html, tokens).forEach((f, i) => {
        if (!figures[i]!.querySelector('.compare-key, .triffin-step-key')) return;
        keyed++;
        const { lines, named } = colours(f.svg);
        expect(lines.size, `${f.step}: lines drawn`).toBeGreaterThan(0);
        for (const c of lines) if (!named.has(c)) unnamed.push(`${chapter.name}#${f.step}: ${c}`);
      });
    }
    expect(keyed).toBeGreaterThanOrEqual(9);
    expect(unnamed).toEqual([]);
  });
});

describe('the teacher guides, as built', () => {
  it("every guide gives its chapter's own reading time, the one the chapter page shows", () => {
    const times = readdirSync('dist/essay', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join('dist/classroom', d.name, 'index.html')))
      .map((d) => {
        const chapter = readFileSync(path.join('dist/essay', d.name, 'index.html'), 'utf8');
        const guide = readFileSync(path.join('dist/classroom', d.name, 'index.html'), 'utf8');
        return {
          slug: d.name,
          chapter: /(\d+) min read/.exec(chapter)?.[1],
          guide: /Students read the chapter\s+\(about (\d+) minutes?\)/.exec(guide)?.[1],
        };
      });
    expect(times.length).toBe(9);
    expect(times.filter((t) => t.guide !== t.chapter)).toEqual([]);
  });
});
