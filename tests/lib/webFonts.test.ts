import { describe, expect, it } from 'vitest';
import { LOCAL_FALLBACKS, WEB_FACES, fallbackDescriptors, faceMetrics, fontFaceCss } from '../../src/lib/webFonts';

describe('metric-matched fallbacks', () => {
  it('leave a font matched to itself unchanged', () => {
    const m = LOCAL_FALLBACKS.serif.metrics;
    expect(fallbackDescriptors(m, m)).toEqual({
      'size-adjust': '100%',
      'ascent-override': `${Number.parseFloat(((1825 / 2048) * 100).toFixed(4))}%`,
      'descent-override': `${Number.parseFloat(((443 / 2048) * 100).toFixed(4))}%`,
      'line-gap-override': `${Number.parseFloat(((87 / 2048) * 100).toFixed(4))}%`,
    });
  });

  it('scale a narrower fallback up by the ratio of average widths', () => {
    const wide = { ascent: 1000, descent: -250, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 500 };
    const narrow = { ascent: 800, descent: -200, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 400 };
    const d = fallbackDescriptors(wide, narrow);
    expect(d['size-adjust']).toBe('125%');
    // The web font's ascent over the adjusted em: 1000 / (1000 × 1.25).
    expect(d['ascent-override']).toBe('80%');
    expect(d['descent-override']).toBe('20%');
  });

  it('are read from the font files the site ships', async () => {
    const serif = await faceMetrics(WEB_FACES[0]!);
    expect(serif.unitsPerEm).toBeGreaterThan(0);
    expect(serif.xWidthAvg).toBeGreaterThan(0);
    const css = await fontFaceCss(WEB_FACES.map((_, i) => `/f${i}.woff2`));
    for (let i = 0; i < WEB_FACES.length; i++) expect(css).toContain(`url(/f${i}.woff2)`);
    expect(css).toContain("font-family:'Source Serif 4 fallback'");
    expect(css).toContain("local('Liberation Serif Bold')");
    expect(css).toContain("font-family:'Inter fallback'");
    expect(css.match(/size-adjust:/g)).toHaveLength(6);
  });
});
