import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterSlug } from '../../src/lib/chapters';
import { loadClaims, loadEvents } from '../../src/lib/data';
import { builtPages, DIST } from '../support/browser';

// What a link to any page shows where it is shared: its title, description and preview image, read from the build.

/** Width and height of a PNG, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Chapter slugs, from the chapter files. */
const CHAPTERS = readdirSync('content/chapters').map((f) => chapterSlug(f.replace(/\.mdx$/, '')));

describe('link previews', () => {
  it('every built page has a title, a description and Open Graph and Twitter tags whose image exists at 1200×630, and no localhost', () => {
    const problems: string[] = [];
    const meta = (html: string, key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    for (const page of builtPages()) {
      const html = readFileSync(path.join(DIST, page, 'index.html'), 'utf8');
      const missing = [
        'description',
        'og:title',
        'og:description',
        'og:type',
        'og:image',
        'og:image:alt',
        'twitter:card',
      ]
        .filter((key) => !meta(html, key))
        .concat(/<title>[^<]+<\/title>/.test(html) ? [] : ['title']);
      if (missing.length > 0) problems.push(`${page}: no ${missing.join(', ')}`);
      if (meta(html, 'twitter:card') !== 'summary_large_image')
        problems.push(`${page}: twitter:card is not summary_large_image`);
      if (meta(html, 'og:image:width') !== '1200' || meta(html, 'og:image:height') !== '630')
        problems.push(`${page}: og:image size not given as 1200×630`);
      if (/localhost/.test(html)) problems.push(`${page}: names localhost`);
      // Built without SITE: no canonical rather than a wrong one.
      if (/rel="canonical"/.test(html)) problems.push(`${page}: canonical without SITE`);
      const image = path.join(DIST, meta(html, 'og:image') ?? 'none');
      if (!existsSync(image)) problems.push(`${page}: ${meta(html, 'og:image')} does not exist`);
      else if (JSON.stringify(pngSize(image)) !== '{"width":1200,"height":630}')
        problems.push(`${page}: ${meta(html, 'og:image')} is not 1200×630`);
    }
    expect(problems).toEqual([]);
    // Each chapter, event page and claim has a page with its own preview image.
    const own = [
      ...CHAPTERS.map((slug) => ({ page: `/essay/${slug}/`, image: `/og/essay/${slug}.png` })),
      ...loadEvents().map((e) => ({ page: `/timeline/${e.id}/`, image: `/og/timeline/${e.id}.png` })),
      ...loadClaims().map((c) => ({ page: `/claims/${c.id}/`, image: `/og/claims/${c.id}.png` })),
    ];
    for (const { page, image } of own)
      expect(readFileSync(path.join(DIST, page, 'index.html'), 'utf8'), page).toContain(
        `property="og:image" content="${image}"`,
      );
  });

  it("a chapter's, an event's, the claims' and the explorers' preview images exist and show each page's own chart", () => {
    const image = (page: string) =>
      /<meta property="og:image" content="([^"]*)"/.exec(
        readFileSync(path.join(DIST, page, 'index.html'), 'utf8'),
      )?.[1];
    const pages = [
      'essay/the-guilder-era',
      'essay/the-dollar-era',
      'timeline/nixon-closes-gold-window',
      'claims',
      'compare',
      'triffin',
      'timeline',
    ];
    const files = pages.map((page) => path.join(DIST, image(page) ?? 'none'));
    for (const file of files) expect(pngSize(file), file).toEqual({ width: 1200, height: 630 });
    // Each its own drawing: no two of these pages share an image, nor show the same one.
    expect(new Set(files).size).toBe(files.length);
    const bytes = files.map((file) => readFileSync(file).toString('base64'));
    expect(new Set(bytes).size).toBe(bytes.length);
  });
});
