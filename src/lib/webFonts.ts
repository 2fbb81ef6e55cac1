/**
 * The site's two typefaces (Source Serif 4 for prose, Inter for the interface)
 * and their metric-matched fallbacks. A first visit reads in the fallbacks
 * only: no font file is requested before the page is painted. From the second
 * page on (src/client/webFonts.ts marks the visit), the web fonts are named
 * and used if they are at hand at once (from the cache), never swapped in late.
 *
 * A fallback is a local system face scaled and spaced like the web font it
 * stands in for (`size-adjust`, `ascent-override`, `descent-override`,
 * `line-gap-override`, computed as Capsize's `createFontStack` does from each
 * font's average character width and vertical metrics), so the two set text
 * to nearly the same length and line height.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromBuffer } from '@capsizecss/unpack';

/** The vertical metrics and average width a fallback is matched on (font units). */
export interface FontMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

/**
 * The local faces the fallbacks use, with their metrics as published in
 * Capsize's metrics collection (`@capsizecss/metrics`: timesNewRoman and
 * arial, and the average widths of their bold faces as Astro's font support lists them). Liberation Serif and Liberation Sans, on most Linux systems, are
 * metric-compatible with Times New Roman and Arial, so they share the figures.
 */
export const LOCAL_FALLBACKS = {
  serif: {
    local: ['Times New Roman', 'Liberation Serif'],
    metrics: { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 },
    bold: { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 886 },
  },
  sans: {
    local: ['Arial', 'Liberation Sans'],
    metrics: { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 },
    bold: { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 983 },
  },
} as const satisfies Record<string, { local: string[]; metrics: FontMetrics; bold: FontMetrics }>;

/** One web font face: its family, style, weight range and the package file it comes from. */
export interface WebFace {
  family: string;
  style: 'normal' | 'italic';
  weight: string;
  file: string;
}

/** The faces the site uses, as their package files; `url` is filled in by the layout (the built file's address). */
export const WEB_FACES: readonly WebFace[] = [
  {
    family: 'Source Serif 4',
    style: 'normal',
    weight: '400',
    file: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
  },
  {
    family: 'Source Serif 4',
    style: 'italic',
    weight: '400',
    file: '@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2',
  },
  {
    family: 'Source Serif 4',
    style: 'normal',
    weight: '600',
    file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2',
  },
  {
    family: 'Inter Variable',
    style: 'normal',
    weight: '100 900',
    file: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  },
];

/** The fallback family standing in for each web family, and the kind of local face it uses. */
export const FALLBACK_OF = {
  'Source Serif 4': { name: 'Source Serif 4 fallback', kind: 'serif' },
  'Inter Variable': { name: 'Inter fallback', kind: 'sans' },
} as const;

/** The Latin range the web fonts cover (Fontsource's `latin` subset). */
export const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

const percent = (n: number) => `${Number.parseFloat((n * 100).toFixed(4))}%`;

/**
 * The descriptors that make a fallback face set text like `font`: Capsize's
 * formula (size-adjust from the ratio of average widths, then each vertical
 * metric over the adjusted em square).
 */
export function fallbackDescriptors(font: FontMetrics, fallback: FontMetrics): Record<string, string> {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': percent(sizeAdjust),
    'ascent-override': percent(font.ascent / em),
    'descent-override': percent(Math.abs(font.descent) / em),
    'line-gap-override': percent(font.lineGap / em),
  };
}

const require = createRequire(`${process.cwd()}/`);

/** A face's metrics, read from its font file. */
export async function faceMetrics(face: WebFace): Promise<FontMetrics> {
  const { ascent, descent, lineGap, unitsPerEm, xWidthAvg } = await fromBuffer(
    readFileSync(require.resolve(face.file)),
  );
  return { ascent, descent, lineGap, unitsPerEm, xWidthAvg };
}

const fontFace = (descriptors: Record<string, string>) =>
  `@font-face{${Object.entries(descriptors)
    .map(([k, v]) => `${k}:${v}`)
    .join(';')}}`;

/**
 * The @font-face rules for every page: the web faces (at `urls`, in the order
 * of WEB_FACES) and, for each web family, its fallback in regular, italic and
 * bold, each matched on the web face it stands in for.
 */
export async function fontFaceCss(urls: readonly string[]): Promise<string> {
  const web = WEB_FACES.map((face, i) =>
    fontFace({
      'font-family': `'${face.family}'`,
      'font-style': face.style,
      'font-weight': face.weight,
      // From the cache the faces are in place within the short block period; a face the cache has lost
      // arrives late, and then the page keeps its fallback rather than moving (the next page has it).
      'font-display': 'optional',
      src: `url(${urls[i]}) format('woff2')`,
      'unicode-range': LATIN,
    }),
  );
  const fallbacks: string[] = [];
  for (const [family, { name, kind }] of Object.entries(FALLBACK_OF)) {
    const local = LOCAL_FALLBACKS[kind];
    // Each fallback face is matched on the web face it stands in for (the nearest one the family has).
    const faces = WEB_FACES.filter((f) => f.family === family);
    const nearest = (style: string, weight: number) =>
      faces.find((f) => f.style === style && f.weight === String(weight)) ??
      faces.find((f) => f.style === style) ??
      faces[0]!;
    for (const [style, weight, suffix] of [
      ['normal', 400, ''],
      ['italic', 400, ' Italic'],
      ['normal', 700, ' Bold'],
    ] as const) {
      const web = await faceMetrics(nearest(style, weight === 700 ? 600 : 400));
      fallbacks.push(
        fontFace({
          'font-family': `'${name}'`,
          'font-style': style,
          'font-weight': String(weight),
          src: local.local.map((l) => `local('${l}${suffix}')`).join(','),
          ...fallbackDescriptors(web, weight === 700 ? local.bold : local.metrics),
        }),
      );
    }
  }
  return [...web, ...fallbacks].join('');
}
