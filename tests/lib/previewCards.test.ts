import { describe, expect, it } from 'vitest';
import { loadClaims, loadEvents } from '../../src/lib/data';
import { mergedEventPath, previewCards, previewImageFor, SITE_IMAGE } from '../../src/lib/previewCards';
import { clip, renderPreview } from '../../src/lib/previewImage';

const CHAPTERS = [
  {
    slug: 'the-dollar-era',
    title: 'The dollar era',
    description: 'How the dollar became the reserve currency.',
    order: 4,
    era: 'dollar' as const,
  },
];

describe('preview cards', () => {
  it('previewCards() draws one image per chapter, event and claim, each under its own path', () => {
    const images = previewCards(CHAPTERS).map((c) => c.image);
    expect(new Set(images).size).toBe(images.length);
    expect(images).toContain('og/essay/the-dollar-era.png');
    for (const e of loadEvents()) expect(images).toContain(`og/timeline/${e.id}.png`);
    for (const c of loadClaims()) expect(images).toContain(`og/claims/${c.id}.png`);
    expect(images).toContain(SITE_IMAGE);
  });

  it("previewImageFor() gives a chapter, an event, a claim and an explorer their own image, a merged event's old address the survivor's, any other page the site's", () => {
    const slugs = CHAPTERS.map((c) => c.slug);
    expect(previewImageFor('/essay/the-dollar-era/', slugs)).toBe('og/essay/the-dollar-era.png');
    expect(previewImageFor('/timeline/nixon-closes-gold-window/', slugs)).toBe(
      'og/timeline/nixon-closes-gold-window.png',
    );
    expect(previewImageFor('/timeline/european-currencies-convertible/', slugs)).toBe(
      'og/timeline/external-convertibility-1958.png',
    );
    expect(previewImageFor('/triffin/', slugs)).toBe('og/triffin.png');
    expect(previewImageFor('/', slugs)).toBe('og/home.png');
    expect(previewImageFor('/about/', slugs)).toBe(SITE_IMAGE);
    expect(previewImageFor('/timeline/no-such-event/', slugs)).toBe(SITE_IMAGE);
    for (const c of loadClaims()) expect(previewImageFor(`/claims/${c.id}/`, slugs)).toBe(`og/claims/${c.id}.png`);
    expect(previewImageFor('/claims/', slugs)).toBe('og/claims.png');
    expect(previewImageFor('/claims/no-such-claim/', slugs)).toBe(SITE_IMAGE);
  });

  it("mergedEventPath() names the surviving event for a retired id's address and nothing for any other", () => {
    expect(mergedEventPath('/timeline/tripartite-agreement-1936/')).toBe('/timeline/tripartite-agreement/');
    expect(mergedEventPath('/timeline/tripartite-agreement/')).toBeUndefined();
    expect(mergedEventPath('/about/')).toBeUndefined();
  });

  it('clip() cuts long text at a word and marks the cut; short text stays whole', () => {
    expect(clip('short text', 20)).toBe('short text');
    expect(clip("The dollar's era", 20)).toBe('The dollar’s era');
    const cut = clip('The Treasury Bulletin figures show the squeeze Triffin described, year after year', 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toMatch(/\w…$/);
    expect('The Treasury Bulletin figures show the squeeze'.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('renderPreview() draws a 1200×630 PNG', async () => {
    const png = await renderPreview({
      image: 'og/test.png',
      kicker: 'Test',
      title: 'A title',
      description: 'One sentence.',
    });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }, 30_000);
});
