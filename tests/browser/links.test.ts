import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClaims, loadEventAliases } from '../../src/lib/data';
import { buildEnv } from '../support/buildEnv';
import { builtPages, DIST } from '../support/browser';
import { htmlOverBudget } from '../support/htmlBudget';
import { brokenLinks } from '../support/links';

/**
 * A deployed build's address: a GitHub Pages project site (the workflow in .github/workflows builds with the
 * repository's), its subpath as long as this project's package name.
 */
const ORIGIN = 'https://example.github.io';
const SUB = '/reserve-currency-explorer/';

describe('links', () => {
  it('every internal link and #anchor in dist/ resolves', () => {
    expect(brokenLinks(DIST, '/')).toEqual([]);
  });

  it('a build for a GitHub Pages project site puts every link and asset under its subpath, none broken, every page within its HTML budget', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'rc-base-'));
    const out = path.join(tmp, 'dist');
    execFileSync('npx', ['astro', 'build', '--outDir', out], {
      env: buildEnv({ BASE: SUB, SITE: ORIGIN, ASTRO_CACHE_DIR: path.join(tmp, 'cache') }),
      stdio: 'pipe',
    });
    expect(brokenLinks(out, SUB)).toEqual([]);
    // An absolute address is longer than a path: the canonical and preview addresses, and the printed figures' links
    // and QR codes, which grow with it. Every page still arrives within its budget.
    expect(htmlOverBudget(out, builtPages(out))).toEqual([]);
    const home = readFileSync(path.join(out, 'index.html'), 'utf8');
    // The page's modules and manifest, which its boot script adds once it has painted, are under the subpath.
    const modules = /data-modules="([^"]+)"/.exec(home)?.[1]?.split(' ') ?? [];
    expect(modules.length).toBeGreaterThan(0);
    for (const src of modules) {
      expect(src).toMatch(new RegExp(`^${SUB}_astro/[^"]+\\.js$`));
      expect(existsSync(path.join(out, src.slice(SUB.length)))).toBe(true);
    }
    expect(home).toContain(`data-manifest="${SUB}manifest.webmanifest"`);
    // The CSS is in the page; the fonts it names are under the subpath too, and each exists.
    const fonts = [...home.matchAll(/url\((\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) {
      expect(url.startsWith(`${SUB}_astro/`)).toBe(true);
      expect(existsSync(path.join(out, url.slice(SUB.length)))).toBe(true);
    }
    expect(home).not.toMatch(new RegExp(`(href|src)="/(?!${SUB.slice(1)})[^"/]`));
    // With SITE set, link previews and search engines get the page's real address.
    expect(home).toContain(`<link rel="canonical" href="${ORIGIN}${SUB}">`);
    expect(home).toContain(`<meta property="og:url" content="${ORIGIN}${SUB}">`);
    // A claim's page: its own address and preview image, absolute, and listed in the sitemap with every other claim.
    const claim = readFileSync(path.join(out, 'claims/triffin/index.html'), 'utf8');
    expect(claim).toContain(`<link rel="canonical" href="${ORIGIN}${SUB}claims/triffin/">`);
    expect(claim).toContain(`<meta property="og:image" content="${ORIGIN}${SUB}og/claims/triffin.png">`);
    const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    for (const c of loadClaims()) expect(sitemap).toContain(`<loc>${ORIGIN}${SUB}claims/${c.id}/</loc>`);
    // The sitemap lists every page a search may send a reader to, and only pages the build wrote. Left out: the
    // search page, merged events' old addresses and the figures' data tables on pages of their own.
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => `/${m[1]!.slice(`${ORIGIN}${SUB}`.length)}`,
    );
    const retired = new Set([...loadEventAliases().keys()].map((id) => `/timeline/${id}/`));
    const pages = builtPages(out).filter((p) => p !== '/search/' && !retired.has(p) && !/-table\/$/.test(p));
    expect(pages.filter((p) => !listed.includes(p))).toEqual([]);
    expect(listed.filter((p) => !pages.includes(p))).toEqual([]);
    expect(listed).toContain('/classroom/the-dollar-era/');
    expect(listed).toContain('/essay/the-dollar-era/numbers/');
  }, 180_000);

  it('no built page names localhost: without SITE a build writes no absolute address rather than a wrong one', () => {
    const named = builtPages(DIST).filter((p) =>
      /localhost|127\.0\.0\.1/.test(readFileSync(path.join(DIST, p, 'index.html'), 'utf8')),
    );
    expect(named).toEqual([]);
  });

  it('every source URL in the bibliography is a well-formed https URL', () => {
    const { sources } = JSON.parse(readFileSync(path.join(DIST, 'data/sources.json'), 'utf8')) as {
      sources: { id: string; url?: string }[];
    };
    const bad = sources.filter(
      (s) => s.url !== undefined && (!URL.canParse(s.url) || new URL(s.url).protocol !== 'https:'),
    );
    expect(bad).toEqual([]);
  });
});
