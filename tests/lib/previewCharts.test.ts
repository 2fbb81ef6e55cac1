import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterSlug } from '../../src/lib/chapters';
import { loadClaims, loadEvents } from '../../src/lib/data';
import { previewCards, type ChapterInfo } from '../../src/lib/previewCards';
import { serifWoff } from '../../src/lib/previewFonts';
import { woffToSfnt } from '../../src/lib/woff';
import { renderPreview } from '../../src/lib/previewImage';
import { chapterLead, literal } from '../../src/lib/previewLead';
import { PREVIEW_CHARTS } from '../../src/pages/og/_previewFigures';

const mdx = (file: string) => readFileSync(`content/chapters/${file}`, 'utf8');

/** The chapters as the og route sees them: slug, title and lead figure, read from the files. */
const CHAPTERS: ChapterInfo[] = readdirSync('content/chapters')
  .sort()
  .map((file, i) => {
    const source = mdx(file);
    return {
      slug: chapterSlug(file.replace(/\.mdx$/, '')),
      title: /^title: ['"]?(.+?)['"]?$/m.exec(source)?.[1] ?? file,
      description: 'A chapter.',
      order: i + 1,
      lead: chapterLead(source),
    };
  });

/** Width and height of a PNG, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('preview charts', () => {
  it('literal() reads a prop written as a JavaScript object literal', () => {
    expect(literal(`{ series: ['a', "b's"], x: [1531, 1610], band: { from: 1.5, to: 2, label: 'It\\'s' }, }`)).toEqual({
      series: ['a', "b's"],
      x: [1531, 1610],
      band: { from: 1.5, to: 2, label: "It's" },
    });
  });

  it("chapterLead() finds each chapter's first figure: a Step's, a Figure's or the comparative chart's", () => {
    expect(chapterLead(mdx('02-the-guilder-era.mdx'))).toMatchObject({
      kind: 'figure',
      name: 'guilder-silver',
      show: { x: [1531, 1610] },
    });
    expect(chapterLead(mdx('01-money-as-a-social-contract.mdx'))).toMatchObject({
      kind: 'figure',
      name: 'dollar-share',
    });
    expect(chapterLead(mdx('06-the-pattern-side-by-side.mdx'))).toEqual({ kind: 'compare', show: ['gdp'] });
    expect(chapterLead('No figure here.')).toBeUndefined();
  });

  it('every chapter, event and claim card, and /compare/, /triffin/ and /timeline/, carries a chart', () => {
    const cards = previewCards(CHAPTERS, PREVIEW_CHARTS);
    const without = cards.filter((c) => !c.chart).map((c) => c.image);
    for (const c of CHAPTERS) expect(without).not.toContain(`og/essay/${c.slug}.png`);
    for (const e of loadEvents()) expect(without).not.toContain(`og/timeline/${e.id}.png`);
    expect(without).not.toContain('og/compare.png');
    expect(without).not.toContain('og/triffin.png');
    expect(without).not.toContain('og/timeline.png');
    // A claim with no dataset and no dated event has no figure of its own to show: a text card is honest.
    const claimsWithout = loadClaims().filter((c) => without.includes(`og/claims/${c.id}.png`));
    for (const c of claimsWithout) expect(c.datasets).toEqual([]);
  }, 30_000);

  it("an event's chart rules its date, and the card's chart key changes with the event", () => {
    const nixon = loadEvents().find((e) => e.id === 'nixon-closes-gold-window')!;
    const chart = PREVIEW_CHARTS.event(nixon)!;
    const svg = chart.draw().outerHTML;
    expect(svg).toMatch(/Nixon|gold window/i);
    const other = loadEvents().find((e) => e.id !== nixon.id && e.era === 'dollar')!;
    expect(PREVIEW_CHARTS.event(other)?.key).not.toBe(chart.key);
  });

  it("renderPreview() draws a chapter's own figure into a 1200×630 PNG that differs from another chapter's", async () => {
    const cards = previewCards(CHAPTERS, PREVIEW_CHARTS);
    const [guilder, dollar] = ['og/essay/the-guilder-era.png', 'og/essay/the-dollar-era.png'].map((image) =>
      cards.find((c) => c.image === image)!,
    );
    const [a, b] = await Promise.all([renderPreview(guilder!), renderPreview(dollar!)]);
    expect(pngSize(a!)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(b!)).toEqual({ width: 1200, height: 630 });
    expect(a!.equals(b!)).toBe(false);
  }, 30_000);

  it('woffToSfnt() unwraps the WOFF serif into a TrueType font with the same tables', () => {
    const woff = serifWoff(400);
    const ttf = Buffer.from(woffToSfnt(woff));
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(ttf.length).toBe(woff.readUInt32BE(16));
  });
});
