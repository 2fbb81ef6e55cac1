import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Typed linting starts a TypeScript project service: slow the first time, on a busy machine.
const SLOW = 120_000;
const eslint = new ESLint({ cwd: process.cwd() });

/**
 * A browser module of the project to lint snippets as: typed linting only
 * accepts files the tsconfig lists, and ESLint lints the text given, not the file.
 */
const CLIENT_MODULE = `src/client/${readdirSync('src/client').find((f) => f.endsWith('.ts'))}`;

/** Lints a snippet with the project's eslint.config.js and returns `line:column rule: message` lines. */
async function lint(code: string, filePath = CLIENT_MODULE): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('eslint.config.js bans HTML sinks', () => {
  it(
    'lintText() reports innerHTML assigned from the URL',
    async () => {
      const messages = await lint('const el = document.body;\nel.innerHTML = location.search;\n');
      expect(messages).toEqual(['2:1 no-restricted-syntax: Do not assign innerHTML; build nodes or set textContent.']);
    },
    SLOW,
  );

  it(
    'lintText() reports outerHTML, insertAdjacentHTML, document.write, createContextualFragment and d3 .html()',
    async () => {
      const code = [
        'const el = document.body;',
        'const q = location.hash;',
        'el.outerHTML = q;',
        "el.insertAdjacentHTML('beforeend', q);",
        'document.write(q);',
        'document.createRange().createContextualFragment(q);',
        'const selection = { html: (s: string) => s };',
        'selection.html(q);',
        '',
      ].join('\n');
      const rules = (await lint(code)).map((m) => m.split(': ')[0]);
      expect(rules).toEqual([
        '3:1 no-restricted-syntax',
        '4:1 no-restricted-syntax',
        '5:1 no-restricted-syntax',
        '6:1 no-restricted-syntax',
        '8:1 no-restricted-syntax',
      ]);
    },
    SLOW,
  );

  it(
    "lintText() reports innerHTML in an .astro component's client script",
    async () => {
      const astro = '---\n---\n<p>x</p>\n<script>\n  document.body.innerHTML = location.search;\n</script>\n';
      expect(await lint(astro, 'src/components/Probe.astro')).toEqual([
        '5:3 no-restricted-syntax: Do not assign innerHTML; build nodes or set textContent.',
      ]);
    },
    SLOW,
  );

  it(
    'lintText() accepts textContent set from the URL',
    async () => {
      expect(await lint('document.body.textContent = location.search;\n')).toEqual([]);
    },
    SLOW,
  );
});
