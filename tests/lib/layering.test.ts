import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.resolve('src/lib');
const VIEW_FOLDERS = ['charts', 'figures', 'client', 'components'];

/** Every module `file` imports or re-exports, static or dynamic, as written. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g,
    ),
  ];
  return found.map((m) => m[1] ?? m[2] ?? m[3]!);
}

describe('src/lib', () => {
  it('imports nothing from charts, figures, client or components: data flows up, never down', () => {
    const upward: string[] = [];
    for (const name of readdirSync(LIB, { recursive: true }) as string[]) {
      if (!/\.(ts|mts|js)$/.test(name)) continue;
      const file = path.join(LIB, name);
      for (const spec of specifiers(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.relative(path.resolve('src'), path.resolve(path.dirname(file), spec));
        if (VIEW_FOLDERS.includes(target.split(path.sep)[0]!)) upward.push(`src/lib/${name} imports ${spec}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('the check sees an upward import when there is one', () => {
    expect(specifiers(path.resolve('tests/fixtures/layering/upward.ts'))).toContain('../../../src/charts/types');
  });
});
