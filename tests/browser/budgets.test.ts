import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, builtPages, launchBrowser } from '../support/browser';
import { BIBLIOGRAPHY_HTML_SENT, HTML_SENT, htmlOverBudget, htmlSent as sentOf } from '../support/htmlBudget';
import { PRINT_STYLES, measureFirstLoad, prepareFirstLoads, type FirstLoad } from '../support/firstLoad';
import { heaviestOfTemplates, isClaimPage, isEventPage, isTablePage, sampleTemplates } from '../support/pages';
import { serveStatic } from '../support/server';

/**
 * Performance budgets, as figures that do not depend on the machine's speed
 * (bytes, layout shift) or that only a real problem pushes over (a 50 ms task).
 * Pages are loaded at a phone's width with a cold cache. KB here is 1,000 bytes;
 * "sent" bytes are gzip (zlib's default level) for text, and the file as is for
 * fonts and images, which are compressed already.
 */
const BUDGETS = {
  /** First-load JavaScript, gzip, on essay, data and home pages. */
  essayJs: 60_000,
  /** First-load JavaScript, gzip, on explorer pages (/timeline/, /timeline/<id>/, /triffin/, /compare/). */
  explorerJs: 150_000,
  /** Everything a first visit downloads before any interaction (HTML, CSS, JS, fonts, images), as sent. */
  totalSent: 300_000,
  // A page's HTML as sent: HTML_SENT and BIBLIOGRAPHY_HTML_SENT (support/htmlBudget.ts), checked here on the test
  // build and in links.test.ts on a build with a deployed site's address.
  /** Cumulative Layout Shift while loading and scrolling through the page. */
  cls: 0.01,
  /** Longest main-thread task while the page loads, in ms. */
  longTask: 50,
  /**
   * The same on the page of a long data table (`…-table/`, up to a thousand rows): the browser lays the whole
   * table out in one task (about 60–200 ms on this machine), which no script of ours can split. Every other
   * page keeps the 50 ms budget.
   */
  tableLongTask: 250,
};

const longTaskBudget = (p: string) => (isTablePage(p) ? BUDGETS.tableLongTask : BUDGETS.longTask);

/** Explorer pages carry the timeline; every other page is an essay page. */
const isExplorer = (p: string) => p.startsWith('/timeline/') || p === '/triffin/' || p === '/compare/';

/**
 * A long task is timed by the wall clock, so a busy machine (this test runs
 * beside others on two cores) can stretch a 30 ms task past 50 ms. A page over
 * the budget is loaded again, up to ATTEMPTS times in all, and its best load
 * counts; if it is still over, one more load is traced and the task's CPU time
 * decides: CPU time does not grow when other processes take the processor.
 * RETRIES and TRACES cap the extra loads over the whole run.
 */
const ATTEMPTS = 3;
const RETRIES = 30;
const TRACES = 6;

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
const pages = builtPages();
/** A page's HTML as sent, read from the build. */
const htmlSent = new Map(pages.map((p) => [p, sentOf(DIST, p)]));
/**
 * Pages loaded in the browser: every page but the templated ones (event, claim and figure-table pages, one
 * template each, with the same scripts, styles and layout), and of those every fourth and the two heaviest of
 * each template, whose longer text is where a layout shift, a long task or the total would go over first. The
 * HTML budget is checked on every page from the build.
 */
const HEAVIEST = 2;
const measured = (() => {
  const keep = new Set([...sampleTemplates(pages), ...heaviestOfTemplates(pages, HEAVIEST, (p) => htmlSent.get(p)!)]);
  return pages.filter((p) => keep.has(p));
})();
const loads = new Map<string, FirstLoad>();
const kb = (n: number) => (n / 1000).toFixed(1);
const longest = (l: FirstLoad) => Math.max(0, ...l.longTasks);

beforeAll(async () => {
  site = await serveStatic('dist');
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await prepareFirstLoads(page);
  // The first navigation of a new browser pays for starting its renderer: not any page's cost.
  await measureFirstLoad(page, site.url + measured[0]!.replace(/^\//, ''));
  let retries = RETRIES;
  let traces = TRACES;
  for (const p of measured) {
    const url = site.url + p.replace(/^\//, '');
    let best = await measureFirstLoad(page, url);
    for (let i = 1; i < ATTEMPTS && longest(best) > longTaskBudget(p) && retries > 0; i++, retries--) {
      const again = await measureFirstLoad(page, url);
      if (longest(again) < longest(best)) best = again;
    }
    if (longest(best) > longTaskBudget(p) && traces-- > 0) {
      best = { ...best, cpuLongTasks: (await measureFirstLoad(page, url, { cpuTime: true })).cpuLongTasks ?? [] };
    }
    loads.set(p, best);
  }
  await context.close();
  // One row per page, and one for all event pages and one for all claim pages (the largest figure of each column).
  const row = (l: FirstLoad) => ({
    'JS KB gz': Number(kb(l.jsGzip)),
    'sent KB': Number(kb(l.totalSent)),
    CLS: Number(l.cls.toFixed(4)),
    'longest task ms': Math.round(longest(l)),
    'CPU ms': l.cpuLongTasks ? Math.round(Math.max(0, ...l.cpuLongTasks)) : 0,
  });
  const templated = [
    { kind: 'event pages', is: isEventPage },
    { kind: 'claim pages', is: isClaimPage },
  ];
  const maxRow = (kind: string, rows: ReturnType<typeof row>[]) =>
    rows.length === 0
      ? []
      : [
          {
            page: `${rows.length} ${kind}, max`,
            ...Object.fromEntries(
              Object.keys(rows[0]!).map((k) => [k, Math.max(...rows.map((e) => e[k as keyof typeof e]))]),
            ),
          },
        ];
  console.table([
    ...measured.filter((p) => !templated.some((t) => t.is(p))).map((p) => ({ page: p, ...row(loads.get(p)!) })),
    ...templated.flatMap((t) =>
      maxRow(
        `of ${pages.filter(t.is).length} ${t.kind}`,
        measured.filter(t.is).map((p) => row(loads.get(p)!)),
      ),
    ),
  ]);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('performance budgets on every built page (of the templated pages, every fourth and the heaviest)', () => {
  it('loads every page but the templated ones, and of each template a spread and its heaviest pages', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect([...loads.keys()]).toEqual(measured);
    expect(measured).toEqual(expect.arrayContaining(sampleTemplates(pages, Number.POSITIVE_INFINITY)));
    for (const is of [isEventPage, isClaimPage, isTablePage]) {
      const own = pages.filter(is);
      const heaviest = Math.max(0, ...own.map((p) => htmlSent.get(p)!));
      expect(own.filter((p) => loads.has(p)).length).toBeGreaterThanOrEqual(own.length / 4);
      expect(own.some((p) => loads.has(p) && htmlSent.get(p) === heaviest)).toBe(own.length > 0);
    }
    // A first visit is the document and what it needs after: its CSS is in its head and the web
    // fonts wait for the reader's second page, so no stylesheet or font is requested but the
    // print styles (fetched for paper only, blocking no paint).
    for (const [p, l] of loads) {
      const types = l.resources.map((r) => r.type);
      expect(types, p).toContain('document');
      expect(
        l.resources
          .filter((r) => r.type === 'stylesheet' || r.type === 'font')
          .map((r) => r.path)
          .filter((path) => !PRINT_STYLES.test(path)),
        p,
      ).toEqual([]);
    }
  });

  it(`first-load JavaScript is ≤ ${kb(BUDGETS.essayJs)} KB gzip on essay pages and ≤ ${kb(BUDGETS.explorerJs)} KB on explorer pages`, () => {
    const over = measured.flatMap((p) => {
      const l = loads.get(p)!;
      const budget = isExplorer(p) ? BUDGETS.explorerJs : BUDGETS.essayJs;
      if (l.jsGzip <= budget) return [];
      const scripts = l.resources.filter((r) => r.type === 'script').map((r) => `${r.path} ${kb(r.sent)} KB`);
      return [`${p}: ${kb(l.jsGzip)} KB > ${kb(budget)} KB (${scripts.join(', ')})`];
    });
    expect(over).toEqual([]);
  });

  it(`every page's HTML is ≤ ${kb(HTML_SENT)} KB as sent, the bibliography's ≤ ${kb(BIBLIOGRAPHY_HTML_SENT)} KB`, () => {
    // The size read from the build is the size the browser was sent, on every page it loaded.
    for (const p of measured)
      expect(loads.get(p)!.resources.find((r) => r.type === 'document')!.sent, p).toBe(htmlSent.get(p));
    expect(htmlOverBudget(DIST, pages, (p) => htmlSent.get(p)!)).toEqual([]);
  });

  it(`a first visit downloads ≤ ${kb(BUDGETS.totalSent)} KB (text gzip, fonts and images as is)`, () => {
    const over = measured.flatMap((p) => {
      const l = loads.get(p)!;
      if (l.totalSent <= BUDGETS.totalSent) return [];
      const top = [...l.resources].sort((a, b) => b.sent - a.sent).slice(0, 5);
      return [`${p}: ${kb(l.totalSent)} KB (largest: ${top.map((r) => `${r.path} ${kb(r.sent)} KB`).join(', ')})`];
    });
    expect(over).toEqual([]);
  });

  it(`no task over ${BUDGETS.longTask} ms while a page loads (${BUDGETS.tableLongTask} ms on a long table's page; wall clock, or CPU time where the machine was busy)`, () => {
    const over = measured.flatMap((p) => {
      const l = loads.get(p)!;
      if (longest(l) <= longTaskBudget(p)) return [];
      // Traced: a page is over the budget only if its own work (CPU time) is.
      if (l.cpuLongTasks && l.cpuLongTasks.every((ms) => ms <= longTaskBudget(p))) return [];
      const cpu = l.cpuLongTasks ? `, CPU ${l.cpuLongTasks.map(Math.round).join(', ') || 'none'} ms` : ', not traced';
      return [`${p}: ${l.longTasks.map(Math.round).join(', ')} ms${cpu}`];
    });
    expect(over).toEqual([]);
  });

  it(`CLS is ≤ ${BUDGETS.cls} while a page loads and the reader scrolls through it`, () => {
    const over = measured.flatMap((p) => {
      const l = loads.get(p)!;
      if (l.cls <= BUDGETS.cls) return [];
      const shifts = l.shifts
        .slice(0, 3)
        .map((s) => `${s.value.toFixed(4)} at ${Math.round(s.time)} ms: ${s.sources.join(' ')}`);
      return [`${p}: CLS ${l.cls.toFixed(4)} (${shifts.join('; ')})`];
    });
    expect(over).toEqual([]);
  });
});
