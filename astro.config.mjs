// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// SITE and BASE let the same build serve from a domain root or a subpath
// (a GitHub Pages project site is https://<owner>.github.io/<repo>/).
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

// Builds that run side by side (the test that builds under a subpath) need caches of their own.
const cacheDir = process.env.ASTRO_CACHE_DIR;

export default defineConfig({
  site,
  base,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Never inline scripts: the Content-Security-Policy allows scripts from our origin only.
  vite: { build: { assetsInlineLimit: 0 }, ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}) },
});
