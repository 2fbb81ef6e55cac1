// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

// Values from the URL or the data files must never be parsed as HTML: these
// sinks are banned everywhere in code that runs in the browser or at build.
const htmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Do not assign innerHTML; build nodes or set textContent.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Do not assign outerHTML; build nodes instead.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Do not use insertAdjacentHTML; build nodes instead.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'Do not use document.write.',
  },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: 'Do not parse HTML strings.',
  },
  {
    selector: "CallExpression[callee.property.name='html'][arguments.length=1]",
    message: 'Do not set HTML through d3 selection.html(); use .text().',
  },
];

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'tests/**/__snapshots__/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `xs[i]!` documents that an index is in range; without noUncheckedIndexedAccess
      // TypeScript calls such assertions unnecessary, but they keep the intent readable.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  ...astro.configs.recommended,
  // Client scripts inside .astro files are linted as virtual `X.astro/N.ts` files that
  // no tsconfig lists: lint them without type information rather than not at all.
  { files: ['**/*.astro/*.ts'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.astro/*.ts'], languageOptions: { parserOptions: { projectService: false } } },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
);
