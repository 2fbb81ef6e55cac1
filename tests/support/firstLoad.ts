import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** The print styles' file: fetched on a first visit for paper only (media="print"), blocking no paint. */
export const PRINT_STYLES = /\/_astro\/print\.[\w-]+\.css$/;

/** One response a page received while it loaded. */
export interface LoadedResource {
  /** Path on the site (`/_astro/x.js`). */
  path: string;
  /** Playwright's resource type: document, stylesheet, script, font, image, fetch, … */
  type: string;
  /** Bytes of the body as served (uncompressed). */
  raw: number;
  /** Bytes a host would send: gzip (zlib's default level) for text, as is for fonts and images. */
  sent: number;
}

/** A layout shift, with the elements that moved, for failure messages. */
export interface Shift {
  value: number;
  time: number;
  sources: string[];
}

/** What one first load of a page cost. */
export interface FirstLoad {
  resources: LoadedResource[];
  /** Gzip bytes of every script the page loaded before any interaction. */
  jsGzip: number;
  /** Sum of `sent` over every resource of the first load. */
  totalSent: number;
  /** Durations (ms) of the long tasks (> 50 ms) between navigation and the end of loading. */
  longTasks: number[];
  /** With `cpuTime`: main-thread tasks of the load that used more than 50 ms of CPU, in ms of CPU. */
  cpuLongTasks?: number[];
  /** Cumulative Layout Shift (largest session window) over loading and a scroll to the bottom and back. */
  cls: number;
  /** The shifts of the session window that makes `cls`, largest first. */
  shifts: Shift[];
}

/** Types whose bodies are compressible text, sized as gzip. */
const TEXT = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;

const gzipCache = new Map<string, number>();

/** Gzip size of a body at zlib's default level, as a static host or CDN typically serves text. */
function gzipSize(body: Buffer): number {
  return gzipSync(body).length;
}

async function sizeOf(response: Response): Promise<{ raw: number; sent: number }> {
  const body = await response.body();
  const type = response.headers()['content-type'] ?? '';
  if (!TEXT.test(type)) return { raw: body.length, sent: body.length };
  const key = `${response.url()}#${body.length}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSize(body));
  return { raw: body.length, sent: gzipCache.get(key)! };
}

/**
 * Runs before any script of the page (through CDP, so the CSP does not apply):
 * observes layout shifts and long tasks from the first moment of the load.
 */
const OBSERVE = () => {
  const w = window as unknown as { __firstLoad: { shifts: Shift[]; longTasks: { start: number; duration: number }[] } };
  w.__firstLoad = { shifts: [], longTasks: [] };
  const describe = (node: Node | null | undefined): string => {
    if (!node || !(node instanceof Element)) return node?.nodeName ?? '?';
    const id = node.id ? `#${node.id}` : '';
    const cls =
      typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    return `${node.tagName.toLowerCase()}${id}${cls}`;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as {
      value: number;
      startTime: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    }[]) {
      if (e.hadRecentInput) continue;
      w.__firstLoad.shifts.push({
        value: e.value,
        time: e.startTime,
        sources: (e.sources ?? []).map((s) => describe(s.node)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__firstLoad.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const FONTS = /\.(woff2?|ttf|otf)(\?|$)/;

/** Resolves once the page has painted anything (or after `timeoutMs`). */
async function firstPaint(page: Page, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await page.evaluate(() => performance.getEntriesByType('paint').length > 0).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/**
 * Prepares a page for `measureFirstLoad`: a cold cache on every navigation, the
 * observers on every document, and web fonts held back until the page has first
 * painted. On a reader's first visit fonts arrive after the first paint; from a
 * local server they may or may not, and the layout shift of swapping fonts would
 * depend on that race. Holding them makes the swap happen on screen every time.
 * Call once per page.
 */
export async function prepareFirstLoads(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(OBSERVE);
  await page.route(FONTS, async (route) => {
    await firstPaint(page);
    await route.continue().catch(() => undefined);
  });
}

/** Cumulative Layout Shift as Chromium defines it: the largest session window (gaps < 1 s, windows ≤ 5 s). */
function cumulativeLayoutShift(shifts: Shift[]): { cls: number; window: Shift[] } {
  let best: Shift[] = [];
  let bestSum = 0;
  let current: Shift[] = [];
  let sum = 0;
  for (const s of [...shifts].sort((a, b) => a.time - b.time)) {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last && (s.time - last.time >= 1000 || s.time - first.time >= 5000)) {
      current = [];
      sum = 0;
    }
    current.push(s);
    sum += s.value;
    if (sum > bestSum) {
      bestSum = sum;
      best = [...current];
    }
  }
  return { cls: bestSum, window: best.sort((a, b) => b.value - a.value) };
}

/** Waits until no request has been in flight for `quietMs` (Playwright's networkidle waits 500 ms). */
async function networkQuiet(page: Page, inFlight: () => number, quietMs = 100, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < end) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await page.waitForTimeout(25);
  }
}

/**
 * Scrolls to the bottom a screen at a time, a frame per screen (observers fire
 * and what they change is laid out in the following frames, which the layout-shift
 * observer sees all the same), then back to the top.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const step = Math.max(200, window.innerHeight);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    await frame();
    window.scrollTo(0, 0);
    await frame();
    await frame();
  });
}

/**
 * Main-thread tasks of a Chromium trace ('toplevel' category) that used more
 * than `overMs` of CPU. Thread time, unlike wall time, does not grow when other
 * processes take the CPU away, so it tells the page's own long tasks from a busy machine's.
 */
function cpuLongTasks(trace: Buffer, overMs = 50): number[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => (e.tdur ?? 0) / 1000)
    .filter((ms) => ms > overMs);
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Loads `url` in `page` (prepared with `prepareFirstLoads`) as a reader's first
 * visit: everything requested until the load event and a quiet network is the
 * first load. Then it scrolls through the page to collect layout shifts; what the
 * page requests while scrolling is not part of the first load.
 */
export async function measureFirstLoad(
  page: Page,
  url: string,
  options: { cpuTime?: boolean } = {},
): Promise<FirstLoad> {
  const browser = page.context().browser();
  const origin = new URL(url).origin;
  let inFlight = 0;
  let phase: 'load' | 'scroll' = 'load';
  const pending: Promise<void>[] = [];
  const resources: LoadedResource[] = [];
  const onRequest = () => inFlight++;
  const onDone = () => inFlight--;
  const onResponse = (response: Response) => {
    if (phase !== 'load') return;
    const url = new URL(response.url());
    if (url.protocol === 'data:' || response.status() >= 300) return;
    pending.push(
      sizeOf(response).then(
        (size) => {
          resources.push({
            path: url.origin === origin ? url.pathname + url.search : url.href,
            type: response.request().resourceType(),
            ...size,
          });
        },
        () => undefined,
      ),
    );
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);
  let tracing = false;
  // A first visit: nothing the site kept from an earlier page (the mark that lets a later page use the web fonts).
  // The previous page is left first, so that nothing it still had under way can write that mark again.
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage' });
  await cdp.detach();
  try {
    if (options.cpuTime) {
      // The trace starts on a blank page, so it holds no task of tearing the previous one down.
      await browser!.startTracing(page, { categories: ['toplevel'] });
      tracing = true;
    }
    await page.goto(url, { waitUntil: 'load' });
    await networkQuiet(page, () => inFlight);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    phase = 'scroll';
    const longTasks = await page.evaluate(() =>
      (window as unknown as { __firstLoad: { longTasks: { duration: number }[] } }).__firstLoad.longTasks.map(
        (t) => t.duration,
      ),
    );
    const cpu = tracing ? cpuLongTasks(await browser!.stopTracing()) : undefined;
    tracing = false;
    await Promise.all(pending);
    await scrollThrough(page);
    // Something the scroll made the page load may still shift it when it arrives.
    await networkQuiet(page, () => inFlight, 50);
    const shifts = await page.evaluate(
      () => (window as unknown as { __firstLoad: { shifts: Shift[] } }).__firstLoad.shifts,
    );
    const { cls, window: shiftWindow } = cumulativeLayoutShift(shifts);
    return {
      resources,
      jsGzip: resources.filter((r) => r.type === 'script').reduce((n, r) => n + r.sent, 0),
      totalSent: resources.reduce((n, r) => n + r.sent, 0),
      longTasks,
      ...(cpu ? { cpuLongTasks: cpu } : {}),
      cls,
      shifts: shiftWindow,
    };
  } finally {
    if (tracing) await browser!.stopTracing();
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
    page.off('response', onResponse);
  }
}
