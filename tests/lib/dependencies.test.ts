import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);

/**
 * Declared packages no module imports, each with what uses it: tools that run
 * from the npm scripts or read their configuration, files read by path, and
 * the map data kept for the era maps.
 */
const USED_OTHERWISE: Record<string, string> = {
  '@astrojs/check': '`astro check` in `npm run check`',
  typescript: '`astro check` and typed eslint',
  prettier: '`npm run format`',
  'prettier-plugin-astro': '.prettierrc.json',
  node: 'Node 22 for every npm script (see README)',
  'axe-core': 'axe.min.js, read by path in tests/support/browser.ts',
  'vnu-jar': 'vnu.jar, resolved in tests/browser/html.test.ts',
  '@types/node': 'types of the node: modules',
  pagefind: '`npm run build` indexes dist/ for the site search',
  'topojson-client': 'the era maps',
  'world-atlas': 'the era maps',
  '@fontsource/inter': "Inter's WOFF files, read by path for the classroom packs' PNG figures (src/lib/packFigures.ts)",
};

/** Source files that may import packages: the site, its tests and the configuration at the root. */
function sourceFiles(): string[] {
  const files = readdirSync('.').filter((f) => /\.(mjs|js|ts)$/.test(f));
  for (const dir of ['src', 'tests', 'content'])
    for (const name of readdirSync(dir, { recursive: true }) as string[])
      if (/\.(ts|mts|mjs|js|astro|mdx)$/.test(name)) files.push(path.join(dir, name));
  return files;
}

/** The package each bare import or re-export of a file names (`@scope/name` or `name`), without `node:` and `astro:` modules. */
export function importedPackages(text: string): string[] {
  const statements =
    /^\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...text.matchAll(statements)]
    .map((m) => m[1] ?? m[2] ?? m[3]!)
    .filter((s) => !s.startsWith('.') && !s.startsWith('/') && !/^(node|astro|virtual):/.test(s))
    .map((s) =>
      s
        .split('/')
        .slice(0, s.startsWith('@') ? 2 : 1)
        .join('/'),
    );
}

const imported = new Map<string, string>();
for (const file of sourceFiles())
  for (const name of importedPackages(readFileSync(file, 'utf8'))) if (!imported.has(name)) imported.set(name, file);

describe('package.json', () => {
  it('declares every package the code imports (a type-only package through its @types)', () => {
    const undeclared = [...imported]
      .filter(([name]) => !declared.has(name) && !declared.has(`@types/${name}`))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(undeclared).toEqual([]);
  });

  it('declares nothing unused: each package is imported, typed for one that is, or used as listed above', () => {
    const unused = [...declared].filter((name) => {
      const typed = name.startsWith('@types/') ? name.slice('@types/'.length) : null;
      return (
        !imported.has(name) && !(typed && (imported.has(typed) || typed in USED_OTHERWISE)) && !(name in USED_OTHERWISE)
      );
    });
    expect(unused).toEqual([]);
  });

  it('importedPackages finds static, side-effect and dynamic imports, scoped or not', () => {
    const text =
      "import { a } from 'd3-zoom';\nimport '@fontsource/x/400.css';\nconst z = await import('d3-selection');\nimport b from './local';";
    expect(importedPackages(text)).toEqual(['d3-zoom', '@fontsource/x', 'd3-selection']);
  });
});
