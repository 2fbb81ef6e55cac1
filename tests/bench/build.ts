import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCsv } from '../../src/lib/csv.ts';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/** Runs `astro build` once and returns its wall time in seconds; throws with the output if it fails. */
export function timeBuild(options: { outDir?: string; env?: Record<string, string> } = {}): number {
  const args = [ASTRO, 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])];
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { env: { ...process.env, ...options.env }, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return seconds;
}

/** Minimum, median and maximum of a few numbers. */
export function spread(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * Copies `data/` to a temporary folder and multiplies its events `factor` times.
 * Every copy keeps its date, era and sources, so it stays valid; only the id
 * changes (`<id>-x<k>`), so ids stay unique. Returns the folder, for `DATA_DIR`.
 */
export function syntheticData(factor: number, from = 'data'): { dir: string; events: number } {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'rc-bench-')), 'data');
  cpSync(from, dir, { recursive: true });
  const [header, ...rows] = parseCsv(readFileSync(path.join(dir, 'events.csv'), 'utf8'));
  if (!header) throw new Error(`${from}/events.csv is empty`);
  const id = header.cells.indexOf('id');
  const out = [header.cells];
  for (const row of rows) {
    out.push(row.cells);
    for (let k = 1; k < factor; k++) out.push(row.cells.map((c, i) => (i === id ? `${c}-x${k}` : c)));
  }
  writeFileSync(path.join(dir, 'events.csv'), out.map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n');
  return { dir, events: out.length - 1 };
}

/** How many HTML pages a build folder holds and how many bytes it takes. */
export function buildSize(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}
