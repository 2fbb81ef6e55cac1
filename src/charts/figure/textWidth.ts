/**
 * Advance widths in em, grouped by character shape. They are the wider of
 * Inter (the site's face) and DejaVu Sans (what a Linux browser falls back to
 * while Inter loads with `font-display: optional`), so an estimate errs wide:
 * a label laid out with it has room in either face.
 */
const WIDTHS: { chars: string; em: number }[] = [
  { chars: "iIl.,:;'|!j·", em: 0.32 },
  { chars: ' \u00a0()[]ftr-/‘’', em: 0.4 },
  { chars: 'mwMW%', em: 0.95 },
  { chars: 'ABCDEFGHJKLNOPQRSTUVXYZ&@', em: 0.74 },
  { chars: '0123456789$£€¥+=<>~–−#', em: 0.64 },
  { chars: '—', em: 1 },
];

const EM = new Map<string, number>(WIDTHS.flatMap(({ chars, em }) => [...chars].map((c) => [c, em] as const)));
/** Lower-case letters and anything not listed. */
const DEFAULT_EM = 0.6;
/** Semibold and bold glyphs are wider. */
const BOLD_FACTOR = 1.07;

/**
 * Estimated width of `text` set at `fontSize` (in the same units as the
 * result). No font is available at build time, so widths come from a table of
 * character classes that errs on the wide side.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += EM.get(c) ?? DEFAULT_EM;
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}
