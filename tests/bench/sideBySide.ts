/**
 * Lighthouse side by side: the project's page types and any static folders
 * given with `--compare name=DIR:path`, each served on its own loopback port
 * with gzip, audited in turn (round-robin, so a drift in the machine's speed
 * falls on every page alike), `runs` times each. Prints each page's medians and
 * its LCP as a multiple of the page named `limit`, measured in the same run.
 * It prints what it measured and never fails on a figure.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../support/browser.ts';
import { findChrome } from '../support/chrome.ts';
import { serveStatic } from '../support/server.ts';
import { spread } from './build.ts';

/** A page to audit: a name for the table, the folder it is served from, and its path there. */
export interface Target {
  name: string;
  dir: string;
  path: string;
}

/** One Lighthouse run's figures. */
interface Audit {
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  /** Bytes transferred in all, and of JavaScript. */
  bytes: number;
  js: number;
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Every audit is a first visit: besides Lighthouse's default (caches, service
 * workers), the origin's local storage, IndexedDB and cookies are cleared, so a
 * page that keeps something for a reader's later pages (the web fonts) is
 * measured as a reader arriving on it from a link.
 */
export const FIRST_VISIT = [
  'file_systems',
  'shader_cache',
  'service_workers',
  'cache_storage',
  'local_storage',
  'indexeddb',
  'cookies',
] as const;

/** Parses `name=DIR:path` (path defaults to `/`); undefined when it is not of that form. */
export function parseCompare(arg: string): Target | undefined {
  const m = /^([^=]+)=([^:]+)(?::(.*))?$/.exec(arg);
  if (!m) return undefined;
  return { name: m[1]!, dir: path.resolve(m[2]!), path: m[3] || '/' };
}

/** The project's page types in `dist`, those that exist in this build. */
export function projectTargets(dist = 'dist'): Target[] {
  const firstEvent = existsSync(path.join(dist, 'timeline'))
    ? readdirSync(path.join(dist, 'timeline'), { withFileTypes: true }).find((d) => d.isDirectory())?.name
    : undefined;
  const firstGuide = existsSync(path.join(dist, 'classroom'))
    ? readdirSync(path.join(dist, 'classroom'), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(dist, 'classroom', d.name, 'answers')))
        .map((d) => d.name)
        .sort()[0]
    : undefined;
  const pages: [string, string | undefined][] = [
    ['home', '/'],
    ['chapter (the dollar era)', '/essay/the-dollar-era/'],
    ['chapter (Triffin)', '/essay/the-triffin-dilemma/'],
    ['/timeline/', '/timeline/'],
    ['event page', firstEvent && `/timeline/${firstEvent}/`],
    ['/claims/', '/claims/'],
    ['/data/', '/data/'],
    ['/compare/', '/compare/'],
    ['/triffin/', '/triffin/'],
    ['/glossary/', '/glossary/'],
    ['/classroom/', '/classroom/'],
    ['teacher guide', firstGuide && `/classroom/${firstGuide}/`],
  ];
  return pages
    .filter((p): p is [string, string] => p[1] !== undefined && existsSync(path.join(dist, p[1], 'index.html')))
    .map(([name, p]) => ({ name, dir: path.resolve(dist), path: p }));
}

async function audit(url: string, port: number): Promise<Audit> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    clearStorageTypes: [...FIRST_VISIT],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { audits, categories } = result.lhr;
  const value = (id: string) => audits[id]?.numericValue ?? NaN;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const items = (audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] })
    ?.items;
  return {
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
    js: items?.find((i) => i.resourceType === 'script')?.transferSize ?? 0,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

/** Audits every target `runs` times, round-robin, and prints the table. */
export async function sideBySide(targets: Target[], runs: number): Promise<void> {
  const servers = new Map<string, Awaited<ReturnType<typeof serveStatic>>>();
  for (const t of targets) if (!servers.has(t.dir)) servers.set(t.dir, await serveStatic(t.dir, '/', { gzip: true }));
  // Only loopback answers: a peer's request to another host fails at once instead of waiting on a network.
  const chrome = await launch({
    chromePath: findChrome() ?? '/usr/bin/chromium',
    chromeFlags: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const results = new Map<string, Audit[]>(targets.map((t) => [t.name, []]));
  try {
    for (let run = 0; run < runs; run++)
      for (const t of targets) {
        const url = servers.get(t.dir)!.url + t.path.replace(/^\//, '');
        try {
          results.get(t.name)!.push(await audit(url, chrome.port));
        } catch (error) {
          console.log(`  ${t.name}, run ${run + 1}: ${String(error)}`);
        }
      }
  } finally {
    chrome.kill();
    for (const s of servers.values()) await s.close();
  }
  const median = (list: Audit[], key: keyof Audit) => spread(list.map((a) => a[key])).median;
  const limit = results.get('limit');
  const limitLcp = limit?.length ? median(limit, 'lcp') : undefined;
  const kib = (n: number) => (n / 1024).toFixed(1);
  console.table(
    targets
      .filter((t) => results.get(t.name)!.length > 0)
      .map((t) => {
        const list = results.get(t.name)!;
        const lcp = median(list, 'lcp');
        return {
          page: t.name,
          runs: list.length,
          'LCP s': (lcp / 1000).toFixed(2),
          '× limit': limitLcp ? (lcp / limitLcp).toFixed(2) : '–',
          'FCP s': (median(list, 'fcp') / 1000).toFixed(2),
          'TBT ms': Math.round(median(list, 'tbt')),
          CLS: median(list, 'cls').toFixed(3),
          'total KiB': kib(median(list, 'bytes')),
          'JS KiB': kib(median(list, 'js')),
          'perf/a11y/BP/SEO': `${median(list, 'performance')}/${median(list, 'accessibility')}/${median(list, 'bestPractices')}/${median(list, 'seo')}`,
        };
      }),
  );
  console.log(
    `  Medians of ${runs} runs, interleaved; Lighthouse mobile emulation (simulated throttling), text served gzip from loopback.` +
      (limitLcp ? '' : '\n  No page named "limit" was given, so no × limit column.'),
  );
}
