import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { sampleEvents } from '../../src/lib/timelineSample.ts';
import { serveStatic } from '../support/server.ts';
import type { PackedSearch, PackedTimeline } from '../../src/lib/timelinePacked';

/** Median, 95th percentile and maximum of a list of durations (ms). */
function summarise(values: number[]): { frames: number; median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { frames: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

/**
 * Repeats every event `factor` times (ids suffixed), spread a few weeks apart:
 * in the model and the summaries the explorer fetches, and in the drawing of
 * the page, copying each marker as the build would have drawn it. The copied
 * files are written before the page loads, as a build would, and served over
 * HTTP with gzip like the site's own (not passed through the browser's
 * debugging connection, which would add its own time to the first view).
 * Returns the number of events and what stops that server.
 */
async function multiplyEvents(
  page: Page,
  siteUrl: string,
  factor: number,
): Promise<{ events: number; stop: () => Promise<void> }> {
  const copies = <T>(values: T[], copy: (value: T, k: number) => T = (v) => v) =>
    values.flatMap((v) => Array.from({ length: factor }, (_, k) => (k === 0 ? v : copy(v, k))));
  const read = async <T>(name: string) => (await (await fetch(`${siteUrl}timeline/${name}`)).json()) as T;
  const search = await read<PackedSearch>('search.json');
  const model = await read<PackedTimeline>('model.json');
  const shift = (x: number | null, k: number) => (x === null ? null : x + k * 0.07);
  const multiplied: PackedTimeline = {
    ...model,
    id: copies(model.id, (id, k) => `${id}-x${k}`),
    x: copies(model.x, (x, k) => x + k * 0.07),
    x2: copies(model.x2, shift),
    era: copies(model.era),
    cat: copies(model.cat),
    imp: copies(model.imp),
    title: copies(model.title),
    date: copies(model.date),
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'timeline-copies-'));
  mkdirSync(path.join(dir, 'timeline'));
  writeFileSync(path.join(dir, 'timeline', 'model.json'), JSON.stringify(multiplied));
  writeFileSync(
    path.join(dir, 'timeline', 'search.json'),
    JSON.stringify({ ...search, summary: copies(search.summary) }),
  );
  const copiesSite = await serveStatic(dir, '/', { gzip: true });
  for (const name of ['model.json', 'search.json'])
    await page.route(`${siteUrl}timeline/${name}`, (route) =>
      route.continue({ url: `${copiesSite.url}timeline/${name}` }),
    );
  // The markers the build would draw of so many events: the same sample, of the events in date order.
  const dated = multiplied.id
    .map((id, i) => ({ id, x: multiplied.x[i]!, importance: multiplied.imp[i]! }))
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  const drawn = sampleEvents(dated).map((e) => e.id);
  await page.addInitScript(
    ([n, ids, partial]) => {
      const keep = new Set(ids);
      document.addEventListener('DOMContentLoaded', () => {
        const svg = document.querySelector('.timeline-variant svg');
        for (const g of [...document.querySelectorAll<SVGGElement>('.timeline-variant g.event')]) {
          const id = g.getAttribute('data-id');
          for (let k = 1; k < n; k++) {
            if (!keep.has(`${id}-x${k}`)) continue;
            const copy = g.cloneNode(true) as SVGGElement;
            copy.setAttribute('data-id', `${id}-x${k}`);
            const circle = copy.querySelector('circle');
            if (circle) circle.id = `${circle.id}-x${k}`;
            g.parentNode?.append(copy);
          }
          if (!keep.has(id ?? '')) g.remove();
        }
        // As the build marks a drawing that leaves events out: the explorer adds them at the first movement.
        if (partial) svg?.setAttribute('data-drawn', 'window');
      });
    },
    [factor, drawn, drawn.length < dated.length] as const,
  );
  return {
    events: dated.length,
    stop: async () => {
      await copiesSite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Main-thread time of each frame that ran the explorer's animation-frame
 * callback: the task holding it, so script, style, layout and paint together.
 * With `BENCH_FRAME_DETAIL=1` it prints each frame with its user-timing marks
 * and the time it spent in style, layout, paint and script.
 */
function frameTasks(trace: Buffer): number[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const frames = onMain.filter((e) => e.name === 'FireAnimationFrame');
  const within = (t: TraceEvent, e: TraceEvent) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0);
  const withFrame = tasks.filter((t) => frames.some((f) => within(t, f)));
  if (process.env['BENCH_FRAME_DETAIL']) {
    const marks = events.filter((e) => e.name.startsWith('timeline-') && e.ph !== 'X');
    const kinds = ['UpdateLayoutTree', 'Layout', 'Paint', 'Commit', 'FunctionCall', 'FireAnimationFrame'];
    for (const t of withFrame)
      console.log(
        ((t.dur ?? 0) / 1000).toFixed(1),
        [...new Set(marks.filter((m) => within(t, m)).map((m) => m.name))].join(','),
        kinds
          .map((k) => {
            const d = onMain.filter((e) => e.name === k && within(t, e)).reduce((a, e) => a + (e.dur ?? 0), 0);
            return `${k} ${(d / 1000).toFixed(1)}`;
          })
          .join(' '),
      );
  }
  return withFrame.map((t) => (t.dur ?? 0) / 1000);
}

/** What one run of gestures cost per frame. */
export interface FrameFigures {
  events: number;
  /** Markers in the page's drawing at the first view (the build draws a sample of very many events). */
  drawn: number;
  /** From navigation to the first frame after the explorer mounted: the first view a reader can use (ms). */
  firstView: number;
  /** `timeline-render` measures: script that re-positions the timeline, per frame (ms). */
  script: ReturnType<typeof summarise>;
  /** Whole main-thread task of each such frame: script, style, layout and paint (ms). */
  frame: ReturnType<typeof summarise>;
  /** `timeline-settle` measures: script that puts the markers back into the SVG when a movement stops. */
  settle: ReturnType<typeof summarise>;
}

/**
 * Zooms and pans the timeline explorer at 1280 px with the keyboard (±, arrows),
 * the mouse wheel and a drag, and reads two figures per frame: the
 * `timeline-render` user-timing measures the explorer records (its script), and
 * from a Chromium trace the whole main-thread task of the frame.
 */
export async function timelineFrameTimes(browser: Browser, siteUrl: string, factor = 1): Promise<FrameFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const copies = factor > 1 ? await multiplyEvents(page, siteUrl, factor) : undefined;
  await page.goto(`${siteUrl}timeline/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-timeline][data-mounted="true"]');
  const drawn = await page.locator('.timeline-variant g.event').count();
  const events = copies?.events ?? drawn;
  const firstView = await page.evaluate(async () => {
    const mark = () => performance.getEntriesByName('timeline-first-view')[0]?.startTime;
    while (mark() === undefined) await new Promise((done) => setTimeout(done, 50));
    return mark()!;
  });
  const frame = page.locator('[data-timeline-frame]');
  // One wheel before measuring: the first gesture adds the markers an event page leaves out.
  const box = (await frame.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  await page.mouse.wheel(0, 0);
  await page.waitForTimeout(300);
  await page.evaluate(() => performance.clearMeasures('timeline-render'));
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
  await frame.focus();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('+');
    await page.waitForTimeout(40);
  }
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(20);
  }
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('-');
    await page.waitForTimeout(40);
  }
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 3];
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(30);
  }
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(cx - i * 15, cy);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(100);
  const trace = await browser.stopTracing();
  const script = await page.evaluate(() => performance.getEntriesByName('timeline-render').map((e) => e.duration));
  const settle = await page.evaluate(() => performance.getEntriesByName('timeline-settle').map((e) => e.duration));
  await context.close();
  await copies?.stop();
  const frames = frameTasks(trace);
  return { events, drawn, firstView, script: summarise(script), frame: summarise(frames), settle: summarise(settle) };
}
