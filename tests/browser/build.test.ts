import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../support/buildEnv';

describe('astro build', () => {
  it('stops on a bad row and names file, line and column', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rc-bad-'));
    const data = path.join(root, 'data');
    cpSync('data', data, { recursive: true });
    const file = path.join(data, 'reserve-currency-shares.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/^([^,]*,[^,]*,)[^,]*/, '$14O.2');
    writeFileSync(file, lines.join('\n'));
    const result = spawnSync('npx', ['astro', 'build', '--outDir', path.join(root, 'dist')], {
      env: buildEnv({ DATA_DIR: data, ASTRO_CACHE_DIR: path.join(root, 'cache') }),
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'data/reserve-currency-shares.csv:2:share: expected a number between 0 and 100, found "4O.2"',
    );
  });
});
