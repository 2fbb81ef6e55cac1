import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PREVIEW_SIZE, type PreviewCard } from './previewCards';
import { curlQuotes } from './quotes';
import { serifWoff } from './previewFonts';
import { woffToSfnt } from './woff';

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

/** The custom properties a chart's SVG names, as their light-scheme values (tokens.css). */
const TOKENS: Record<string, string> = {
  bg: COLOURS.bg,
  'bg-raised': '#ffffff',
  'bg-sunken': '#f1efe8',
  text: COLOURS.text,
  'text-muted': COLOURS.muted,
  rule: COLOURS.rule,
  accent: '#1d4ed8',
  'era-guilder': COLOURS.guilder,
  'era-sterling': COLOURS.sterling,
  'era-dollar': COLOURS.dollar,
  'era-bitcoin': COLOURS.bitcoin,
  gold: '#8a6a0a',
  'font-ui': "'Source Serif 4'",
  'font-prose': "'Source Serif 4'",
};

/** A colour as the image needs it: a custom property becomes its light-scheme value. */
const resolve = (colour: string) =>
  colour.replace(/var\(--([\w-]+)\)/g, (match, name: string) => TOKENS[name] ?? match);

/** Drawing code changes that the cache key cannot see: bump to draw every image again. */
const PREVIEW_VERSION = 3;
const FAMILY = 'Source Serif 4';
const SITE_NAME = 'Reserve currencies: a history to test';

/** Where drawn images (and the fonts resvg reads) are kept between builds, by a hash of what they show. */
const CACHE = path.resolve('node_modules/.cache/preview-images');

let fonts: { name: string; data: Buffer; weight: 400 | 600; style: 'normal' }[] | undefined;
let fontFiles: string[] | undefined;

/** The serif as TrueType files for resvg, unwrapped from the project's WOFF once per cache. */
function chartFonts(): string[] {
  fontFiles ??= ([400, 600] as const).map((weight) => {
    const file = path.join(CACHE, `source-serif-4-${weight}.ttf`);
    if (!existsSync(file)) {
      mkdirSync(CACHE, { recursive: true });
      writeFileSync(file, woffToSfnt(serifWoff(weight)));
    }
    return file;
  });
  return fontFiles;
}

/** Text typeset as the page is (’ “ ”), cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(raw: string, max: number): string {
  const text = curlQuotes(raw);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`;
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | string } };
const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** Where a card's chart sits: right of the text column, under the chart's title. */
const CHART_BOX = { x: 556, y: 112, width: 616, height: 490 } as const;
const COLUMN = { bar: 28, left: 48, width: 444 } as const;

/** The site's name under a rule, at the foot of the text. */
const siteName = () =>
  el(
    'div',
    { marginTop: 'auto', paddingTop: 18, borderTop: `2px solid ${COLOURS.rule}`, fontSize: 26, color: COLOURS.muted },
    SITE_NAME,
  );

/** How much of the summary fits under a title of this length in the text column. */
const summaryRoom = (title: string) => (title.length <= 28 ? 150 : title.length <= 56 ? 90 : 0);

/** The card's text beside a chart: kicker, title, what fits of the summary, the chart's legend, the site's name. */
function chartColumn(card: PreviewCard & { chart: NonNullable<PreviewCard['chart']> }, accent: string): Node[] {
  const title = clip(card.title, 96);
  const room = summaryRoom(title);
  const legend = (card.chart.legend ?? []).map((item) => ({ ...item, colour: resolve(item.colour) }));
  return [
    el(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        width: COLUMN.width,
        padding: `56px 0 48px ${COLUMN.left}px`,
      },
      [
        el(
          'div',
          { fontSize: card.kicker.length > 30 ? 24 : 28, fontWeight: 600, color: accent, marginBottom: 20 },
          clip(card.kicker, 38),
        ),
        el(
          'div',
          { fontSize: title.length > 64 ? 40 : 48, fontWeight: 600, color: COLOURS.text, lineHeight: 1.15 },
          title,
        ),
        ...(room && !legend.length
          ? [
              el(
                'div',
                { fontSize: 26, color: COLOURS.muted, marginTop: 22, lineHeight: 1.35 },
                clip(card.description, room),
              ),
            ]
          : []),
        ...(legend.length
          ? [
              el(
                'div',
                { display: 'flex', flexDirection: 'column', marginTop: 28 },
                legend.map((item) =>
                  el(
                    'div',
                    { display: 'flex', alignItems: 'center', fontSize: 28, color: item.colour, marginBottom: 6 },
                    [el('div', { width: 36, height: 6, background: item.colour, marginRight: 14 }), item.label],
                  ),
                ),
              ),
            ]
          : []),
        siteName(),
      ],
    ),
    el(
      'div',
      {
        position: 'absolute',
        left: CHART_BOX.x,
        top: 52,
        width: CHART_BOX.width,
        fontSize: 24,
        fontWeight: 600,
        color: COLOURS.muted,
        lineHeight: 1.2,
      },
      clip(card.chart.title, 90),
    ),
  ];
}

/**
 * The card as satori's element tree: an era bar, the kicker, the title and the site's name; with a chart, the
 * text keeps to a column on the left and the chart, under its title, is drawn into the space on the right.
 */
function cardTree(card: PreviewCard): Node {
  const accent = card.era ? COLOURS[card.era] : COLOURS.text;
  const title = clip(card.title, 110);
  const content = card.chart
    ? chartColumn({ ...card, chart: card.chart }, accent)
    : [
        el('div', { display: 'flex', flexDirection: 'column', flex: 1, padding: '64px 72px 56px 64px' }, [
          el('div', { fontSize: 30, fontWeight: 600, color: accent, marginBottom: 24 }, clip(card.kicker, 70)),
          el(
            'div',
            { fontSize: title.length > 60 ? 58 : 72, fontWeight: 600, color: COLOURS.text, lineHeight: 1.12 },
            title,
          ),
          el(
            'div',
            { fontSize: 30, color: COLOURS.muted, marginTop: 28, lineHeight: 1.35 },
            clip(card.description, 150),
          ),
          siteName(),
        ]),
      ];
  return el(
    'div',
    {
      display: 'flex',
      width: '100%',
      height: '100%',
      background: COLOURS.bg,
      fontFamily: FAMILY,
      position: 'relative',
    },
    [el('div', { width: COLUMN.bar, height: '100%', background: accent }), ...content],
  );
}

/**
 * The chart's SVG made self-contained for resvg, which has no page CSS: custom properties become the light
 * scheme's values, and the drawing is placed in the chart box at the scale that fits it.
 */
function placeChart(chart: Element): string {
  const view = (chart.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const [width, height] =
    view.length === 4
      ? [view[2]!, view[3]!]
      : [Number(chart.getAttribute('width')), Number(chart.getAttribute('height'))];
  const scale = Math.min(CHART_BOX.width / width, CHART_BOX.height / height);
  chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
  chart.setAttribute('x', String(CHART_BOX.x + (CHART_BOX.width - width * scale) / 2));
  chart.setAttribute('y', String(CHART_BOX.y + (CHART_BOX.height - height * scale) / 2));
  chart.setAttribute('width', String(width * scale));
  chart.setAttribute('height', String(height * scale));
  // linkedom writes a bare `&` in attribute values (an event named "Overend, Gurney & Co."), which XML forbids.
  return resolve(chart.outerHTML).replace(/&(?!#?\w+;)/g, '&amp;');
}

/** The card drawn as a 1200×630 PNG; a card drawn before with the same content comes from the cache. */
export async function renderPreview(card: PreviewCard): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([PREVIEW_VERSION, cardTree(card), card.chart?.key ?? null, PREVIEW_SIZE]))
    .digest('hex')
    .slice(0, 20);
  const cached = path.join(CACHE, `${key}.png`);
  try {
    return readFileSync(cached);
  } catch {
    // not drawn yet
  }
  fonts ??= [
    { name: FAMILY, data: serifWoff(400), weight: 400, style: 'normal' },
    { name: FAMILY, data: serifWoff(600), weight: 600, style: 'normal' },
  ];
  let svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { ...PREVIEW_SIZE, fonts });
  if (card.chart) svg = svg.replace(/<\/svg>\s*$/, `${placeChart(card.chart.draw())}</svg>`);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: PREVIEW_SIZE.width },
    font: { fontFiles: chartFonts(), loadSystemFonts: false, defaultFontFamily: FAMILY },
  })
    .render()
    .asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
