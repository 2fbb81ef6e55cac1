// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { glossaryPlugin } from './src/lib/glossaryTerms.ts';
import { headingAnchorsPlugin } from './src/lib/headingAnchors.ts';
import { deferAllModules } from './src/lib/deferModules.ts';
import { addPackFigures } from './src/lib/packFigures.ts';
import { writeTablePages } from './src/lib/tablePages.ts';
import { typesetPages } from './src/lib/typeset.ts';

// SITE and BASE let the same build serve from a domain root or a subpath
// (a GitHub Pages project site is https://<owner>.github.io/<repo>/).
// Without SITE a build writes no absolute addresses (canonical, og:url) rather than wrong ones.
const site = process.env.SITE || undefined;
const base = process.env.BASE ?? '/';

// The first use of each glossary term in a chapter links to its definition (content/glossary.yml).
/** @type {import('./src/lib/glossaryTerms.ts').GlossaryEntry[]} */
const glossary = parse(readFileSync(new URL('./content/glossary.yml', import.meta.url), 'utf8'));
const glossaryHref = (/** @type {string} */ id) => `${base.replace(/\/?$/, '/')}glossary/#${id}`;

// Builds that run side by side (the test that builds under a subpath) need caches of their own.
const cacheDir = process.env.ASTRO_CACHE_DIR;

export default defineConfig({
  site,
  base,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Every page's CSS is written into its <head>: no stylesheet request stands between the HTML and the first paint
  // (the print styles, src/styles/print.css, are a file of their own with media="print": they block nothing).
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    processor: satteri({
      hastPlugins: [
        glossaryPlugin({ entries: glossary.map((e) => ({ ...e, aliases: e.aliases ?? [] })), href: glossaryHref }),
        headingAnchorsPlugin(),
      ],
    }),
  },
  integrations: [
    mdx(),
    // A figure's long data table leaves its page for a page of its own, which the figure links to and fetches.
    {
      name: 'table-pages',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          logger.info(`${writeTablePages(fileURLToPath(dir), base)} long data tables moved to pages of their own`);
        },
      },
    },
    // Once every page and table page is written: typographic quotes in all their text (src/lib/typeset.ts).
    {
      name: 'typeset',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          const start = performance.now();
          const typeset = typesetPages(fileURLToPath(dir));
          logger.info(
            `${typeset} pages typeset with typographic quotes in ${Math.round(performance.now() - start)} ms`,
          );
        },
      },
    },
    // Each classroom pack gets its chapter's step figures as PNG, drawn from the chapter page the build wrote.
    {
      name: 'classroom-pack-figures',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          const start = performance.now();
          const drawn = addPackFigures(fileURLToPath(dir), fileURLToPath(new URL('.', import.meta.url)), base);
          logger.info(
            `${drawn} step figures drawn as PNG into the packs in ${Math.round(performance.now() - start)} ms`,
          );
        },
      },
    },
    // Last, once every page is written: each page's modules and manifest wait until its text has painted (csp.ts BOOT).
    {
      name: 'defer-modules',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          logger.info(`${deferAllModules(fileURLToPath(dir))} pages load their modules after the first paint`);
        },
      },
    },
  ],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Never inline scripts: the Content-Security-Policy allows scripts from our origin only.
  vite: { build: { assetsInlineLimit: 0 }, ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}) },
});
