import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PREVIEW_SIZE, type PreviewCard } from './previewCards';

/** The site's light-scheme colours (src/styles/tokens.css), for an image that has no CSS. */
const COLOURS = {
  bg: '#fbfaf6',
  text: '#1d1b18',
  muted: '#57534e',
  rule: '#d6d3cc',
  guilder: '#b4460b',
  sterling: '#8a2757',
  dollar: '#166c38',
  bitcoin: '#0b6478',
} as const;

// The site's own serif, as WOFF (satori reads WOFF and TTF, not WOFF2).
const require = createRequire(import.meta.url);
const fontFile = (weight: number) =>
  readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 600; style: 'normal' }[] | undefined;

/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`;
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | string } };
const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** The card as satori's element tree: an era bar, the kicker, the title, one sentence and the site's name. */
function cardTree(card: PreviewCard): Node {
  const accent = card.era ? COLOURS[card.era] : COLOURS.text;
  const title = clip(card.title, 110);
  return el(
    'div',
    { display: 'flex', width: '100%', height: '100%', background: COLOURS.bg, fontFamily: 'Source Serif 4' },
    [
      el('div', { width: 28, height: '100%', background: accent }),
      el('div', { display: 'flex', flexDirection: 'column', flex: 1, padding: '64px 72px 56px 64px' }, [
        el('div', { fontSize: 30, fontWeight: 600, color: accent, marginBottom: 24 }, clip(card.kicker, 70)),
        el(
          'div',
          { fontSize: title.length > 60 ? 58 : 72, fontWeight: 600, color: COLOURS.text, lineHeight: 1.12 },
          title,
        ),
        el('div', { fontSize: 30, color: COLOURS.muted, marginTop: 28, lineHeight: 1.35 }, clip(card.description, 150)),
        el(
          'div',
          {
            marginTop: 'auto',
            paddingTop: 20,
            borderTop: `2px solid ${COLOURS.rule}`,
            fontSize: 26,
            color: COLOURS.muted,
          },
          'Reserve currencies: a history to test',
        ),
      ]),
    ],
  );
}

/** Where drawn images are kept between builds, by a hash of what they show. */
const CACHE = path.resolve('node_modules/.cache/preview-images');

/** The card drawn as a 1200×630 PNG; a card drawn before with the same content comes from the cache. */
export async function renderPreview(card: PreviewCard): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([cardTree(card), PREVIEW_SIZE]))
    .digest('hex')
    .slice(0, 20);
  const cached = path.join(CACHE, `${key}.png`);
  try {
    return readFileSync(cached);
  } catch {
    // not drawn yet
  }
  fonts ??= [
    { name: 'Source Serif 4', data: fontFile(400), weight: 400, style: 'normal' },
    { name: 'Source Serif 4', data: fontFile(600), weight: 600, style: 'normal' },
  ];
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { ...PREVIEW_SIZE, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width } }).render().asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
