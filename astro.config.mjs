// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// SITE and BASE let the same build serve from a domain root or a subpath
// (a GitHub Pages project site is https://<owner>.github.io/<repo>/).
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Never inline scripts: the Content-Security-Policy allows scripts from our origin only.
  vite: { build: { assetsInlineLimit: 0 } },
});
