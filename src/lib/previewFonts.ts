import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The site's own serif for images drawn at build time. The project ships it as WOFF and WOFF2 only;
 * satori reads WOFF, but resvg (which draws a chart's text) reads plain TrueType/OpenType, so the WOFF
 * file is unwrapped into the font it compresses (`woffToSfnt`, shared with the classroom packs' figures).
 */
const require = createRequire(import.meta.url);

/** The WOFF file of Source Serif 4 (Latin) at a weight. */
export function serifWoff(weight: 400 | 600): Buffer {
  return readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`));
}
