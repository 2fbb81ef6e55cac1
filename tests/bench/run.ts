/**
 * `npm run bench`: prints build times (three production builds, and one with
 * ten times the events), Lighthouse's mobile figures for the main pages, and the
 * timeline's frame times, the Triffin explainer's script per slider update and the comparative chart's
 * script per switch of alignment or dating. It prints figures only and never fails on a budget;
 * the budgets themselves are tests (tests/browser/budgets.test.ts).
 *
 * `npm run bench -- --compare name=DIR:path …` adds a side-by-side Lighthouse
 * table of the project's page types and those static folders (a page named
 * `limit` sets the × limit column); `--runs N` sets its runs per page (5) and
 * `--only side-by-side` skips the builds, the single-run table and the frames;
 * `--only frames` prints only the timeline's frame figures (1×, 10×, 100× events);
 * `--build-100` adds a build with a hundred times the events (about 25,000 event pages: slow).
 * `--only triffin` or `--only compare` runs only that explorer's update times, on the dist/ already built.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import { buildSize, spread, syntheticData, timeBuild } from './build.ts';
import { lighthouseRows } from './lighthouse.ts';
import { parseCompare, projectTargets, sideBySide, type Target } from './sideBySide.ts';
import { timelineFrameTimes } from './timelineFrames.ts';
import { printCompareUpdates } from './compareUpdates.ts';
import { printTriffinUpdates } from './triffinUpdates.ts';

const RUNS = 3;
const FACTOR = 10;
/** The explorer's scale target: 100 times the events (about 25,000), drawn and moved in the browser. */
const HUGE = 100;
const PAGES = ['/', '/essay/money-as-a-social-contract/', '/data/', '/timeline/', '/claims/'];

const args = process.argv.slice(2);
const compare: Target[] = [];
let sideRuns = 5;
let only: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--compare') {
    const target = parseCompare(args[++i] ?? '');
    if (target) compare.push(target);
    else console.log(`bench: --compare takes name=DIR:path, got "${args[i] ?? ''}"; ignored`);
  } else if (arg === '--runs') sideRuns = Math.max(1, Number.parseInt(args[++i] ?? '', 10) || 5);
  else if (arg === '--only') only = args[++i];
  else if (arg !== '--build-100') console.log(`bench: unknown argument "${arg}"; ignored`);
}

if (only === 'side-by-side' || compare.length > 0) {
  console.log(
    `Side by side: the project's page types${compare.length ? ' and ' + compare.map((c) => c.name).join(', ') : ''}`,
  );
  await sideBySide([...compare, ...projectTargets()], sideRuns);
  console.log('');
}
if (only === 'side-by-side') process.exit(0);
const framesOnly = only === 'frames';
if (only === 'triffin' || only === 'compare') {
  const site = await serveStatic('dist', '/', { gzip: true });
  try {
    await (only === 'triffin' ? printTriffinUpdates : printCompareUpdates)(site.url);
  } finally {
    await site.close();
  }
  process.exit(0);
}

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;

if (!framesOnly) {
  console.log(`Production build, ${RUNS} runs`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(timeBuild());
  const { min, median, max } = spread(times);
  const normal = buildSize('dist');
  console.log(
    `  build: min ${s(min)}, median ${s(median)}, max ${s(max)}; ${normal.pages} pages, ${(normal.bytes / 1e6).toFixed(0)} MB\n`,
  );
  for (const factor of [FACTOR, ...(args.includes('--build-100') ? [HUGE] : [])]) {
    const synthetic = syntheticData(factor);
    const outDir = path.join(tmpdir(), `rc-bench-dist-${process.pid}`);
    try {
      const seconds = timeBuild({ outDir, env: { DATA_DIR: synthetic.dir } });
      const { pages, bytes } = buildSize(outDir);
      console.log(
        `Build with ${factor}× events (${synthetic.events} events): ${s(seconds)}, ${pages} pages, ${(bytes / 1e6).toFixed(0)} MB\n`,
      );
    } catch (error) {
      console.log(`Build with ${factor}× events failed:\n${String(error)}\n`);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(path.dirname(synthetic.dir), { recursive: true, force: true });
    }
  }
}

const site = await serveStatic('dist', '/', { gzip: true });
try {
  const pages = PAGES.filter((p) => existsSync(path.join('dist', p, 'index.html')));
  if (!framesOnly) console.log(`Lighthouse, mobile emulation (performance), ${site.url}, text served gzip`);
  if (!framesOnly)
    try {
      const rows = await lighthouseRows(site.url, pages);
      console.table(
        rows.map((r) => ({
          page: r.page,
          score: r.score,
          FCP: ms(r.fcp),
          LCP: ms(r.lcp),
          TBT: ms(r.tbt),
          CLS: r.cls.toFixed(3),
          bytes: kb(r.bytes),
        })),
      );
    } catch (error) {
      console.log(`  Lighthouse failed: ${String(error)}`);
    }
  if (!existsSync(path.join('dist', 'timeline', 'index.html'))) console.log('\ntimeline: not built');
  else {
    console.log(
      '\nTimeline frames at 1280 px, keyboard, wheel and drag (script budget ≤ 8 ms with all events, ≤ 16 ms at 10× and 100×; first view ≤ 1.5 s at 100×)',
    );
    const browser = await launchBrowser();
    try {
      const rows = [];
      for (const factor of [1, FACTOR, HUGE]) {
        const t = await timelineFrameTimes(browser, site.url, factor);
        const figures = (f: typeof t.script) => `${ms(f.median)} / ${ms(f.p95)} / ${ms(f.max)}`;
        rows.push({
          events: t.events,
          'drawn at first': t.drawn,
          'first view': ms(t.firstView),
          frames: t.script.frames,
          'script median / p95 / max': figures(t.script),
          'whole frame median / p95 / max': figures(t.frame),
          'settle script (per gesture) median / max': `${ms(t.settle.median)} / ${ms(t.settle.max)} (${t.settle.frames})`,
        });
      }
      console.table(rows);
      console.log(
        "  script: the explorer's re-render per frame; whole frame: the main-thread task of the frame (script, style,\n" +
          '  layout, paint). While the view moves, markers are painted on a canvas; when it stops they go back into\n' +
          '  the SVG ("settle", once per gesture). First view: from navigation to the first frame after the explorer\n' +
          '  mounted. At 10× and 100× the events are copied (model and summaries as files served like the\n' +
          "  site's, markers in the page as the build draws them: beyond 2,500 events a sample, the rest added at the\n" +
          '  first movement). Set BENCH_FRAME_DETAIL=1 for a per-frame breakdown.',
      );
    } catch (error) {
      console.log(`  timeline frame times failed: ${String(error)}`);
    } finally {
      await browser.close();
    }
  }
  await printTriffinUpdates(site.url);
  await printCompareUpdates(site.url);
} finally {
  await site.close();
}
