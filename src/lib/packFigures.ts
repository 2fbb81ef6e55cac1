import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { claimsPart, keyPart, lanesPart, stack, textPart, type FigurePart } from './packFigureParts';
import { woffToSfnt } from './woff';
import { zip } from './zip';
import { unzip } from './zipRead';

/** Width of a figure's PNG in pixels: twice the drawing's own width, sharp on a handout or a slide. */
const PNG_SCALE = 2;
/** The charts' type size in the drawing's own units, as the page shows it at the drawing's natural width. */
const FONT_SIZE = 13;

/** The light scheme's custom properties (src/styles/tokens.css), for a drawing that leaves its page's CSS behind. */
export function lightTokens(css: string): Map<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return new Map([...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** `var(--x, fallback)` replaced by the token's value (or the fallback), nested ones too. */
function resolveVars(text: string, tokens: Map<string, string>): string {
  let out = text;
  for (let i = 0; i < 4 && out.includes('var('); i++)
    out = out.replace(/var\((--[\w-]+)(?:\s*,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => {
      return tokens.get(name) ?? fallback?.trim() ?? 'currentColor';
    });
  return out;
}

/** A step's figure as the pack holds it: its step's anchor, its caption and its drawing. */
interface StepFigure {
  step: string;
  caption: string;
  svg: string;
}

/** A drawing as a part of the figure: its box in its own units, the page's CSS sizes written in. */
function drawingPart(svg: Element): FigurePart & { width: number } {
  const [, , w = 0, h = 0] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const style = (svg.getAttribute('style') ?? '').replace(/font-size:[^;]*;?/, '').replace(/font-family:[^;]*;?/, '');
  svg.setAttribute('style', `${style};font-size:${FONT_SIZE}px;font-family:Inter`);
  svg.setAttribute('x', '0');
  svg.querySelectorAll('title, desc').forEach((n) => n.remove());
  return {
    width: w,
    height: h,
    draw: (y) => {
      svg.setAttribute('y', String(y));
      svg.setAttribute('width', String(w));
      svg.setAttribute('height', String(h));
      return svg.outerHTML;
    },
  };
}

/** Drawings only: not an SVG inside a drawing, nor the icons of a key or a marker (a few units wide). */
const drawingsIn = (holder: Element) =>
  [...holder.querySelectorAll('svg')].filter(
    (s) => !s.parentElement?.closest('svg') && Number((s.getAttribute('viewBox') ?? '').split(/[\s,]+/)[2]) >= 100,
  );

/** A key's items: each one's classes (its swatch) and its name. */
const keyItems = (items: Element[]) =>
  items.map((i) => ({
    classes: [...i.classList, ...[...i.querySelectorAll('.swatch')].flatMap((s) => [...s.classList])],
    text: (i.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));

/**
 * The comparative chart as its page shows it at its wide width: the datings, the claim lanes, each panel under its
 * title, the key of its lines and the claims the markers number.
 */
function compareParts(figure: Element, layout: Element): { width: number; parts: FigurePart[] } {
  const width = Number(layout.getAttribute('data-width')) || 960;
  const datings = figure.querySelector('.compare-datings')?.textContent?.replace(/\s+/g, ' ').trim();
  const lane = layout.querySelector('.compare-lane');
  const key = keyPart(keyItems([...figure.querySelectorAll('.compare-key > li')]), width);
  const claims = figure.querySelector('.compare-claims');
  const picked = layout.querySelector('.compare-claim.is-selected .compare-claim-n')?.textContent?.trim() ?? '';
  const parts: (FigurePart | null | undefined)[] = [
    datings ? textPart(datings, width, { muted: true }) : null,
    lane ? lanesPart(lane, width) : null,
    ...[...layout.querySelectorAll('.compare-panel')].flatMap((panel) => {
      const title = panel.querySelector('.compare-panel-title');
      const bold = title?.querySelector('strong')?.textContent ?? '';
      return [
        title ? textPart((title.textContent ?? '').trim(), width, { muted: true, bold }) : null,
        ...drawingsIn(panel).map(drawingPart),
      ];
    }),
    key,
    claims ? claimsPart(claims, picked, width) : null,
  ];
  return { width, parts: parts.filter((p): p is FigurePart => !!p) };
}

/**
 * The drawings of a chapter's step figures, in the order print numbers them
 * (print.css counts each step's figure, in the page's order): each as a standalone SVG
 * with the page's colours written in, its type at the size the page shows and
 * in the site's UI face, with the key, claim lanes and panel titles the page
 * draws around it in HTML. A figure of several panels is stacked as one drawing.
 */
export function stepFigureSvgs(html: string, tokens: Map<string, string>): StepFigure[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('[data-step] [data-step-figure]')].map((figure) => {
    // The wide drawing where the build made two; a figure of panels keeps them all.
    const holder =
      figure.querySelector('.chart-drawing') ??
      figure.querySelector('.compare-wide') ??
      figure.querySelector('.compare-variant') ??
      figure;
    const layout = holder.querySelector('.compare-layout');
    let width: number;
    let parts: FigurePart[];
    if (layout) ({ width, parts } = compareParts(figure, layout));
    else {
      const drawings = drawingsIn(holder).map(drawingPart);
      width = Math.max(0, ...drawings.map((d) => d.width));
      const key = keyPart(keyItems([...figure.querySelectorAll('.triffin-step-key > .key:not(.is-absent)')]), width);
      parts = key ? [key, ...drawings] : drawings;
    }
    // Drawings alone sit edge to edge, as the page stacks a figure's panels; a key or a lane keeps a gap.
    const { svg, height } = stack(parts, parts.every((p) => 'width' in p) ? 0 : undefined);
    const caption = figure.querySelector('[data-step-caption]')?.cloneNode(true) as Element | undefined;
    caption?.querySelectorAll('a').forEach((a) => a.remove());
    return {
      step: figure.closest('[data-step]')?.getAttribute('id') ?? '',
      caption: (caption?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      svg: resolveVars(
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Inter">${svg}</svg>`,
        tokens,
      ),
    };
  });
}

/** The site's UI face as TrueType files resvg can load, written once into the build's cache. */
function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const cache = path.resolve('node_modules/.cache/pack-fonts');
  mkdirSync(cache, { recursive: true });
  return [400, 600, 700].map((weight) => {
    const file = path.join(cache, `inter-latin-${weight}.ttf`);
    if (!existsSync(file))
      writeFileSync(
        file,
        woffToSfnt(readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`))),
      );
    return file;
  });
}

/** Where drawn figures are kept between builds, by a hash of what they show. */
const CACHE = path.resolve('node_modules/.cache/pack-figures');

/** One standalone SVG drawn as PNG on the page's background; a drawing made before comes from the cache. */
function svgToPng(svg: string, fonts: string[], background: string): Uint8Array {
  const key = createHash('sha256')
    .update(JSON.stringify([svg, fonts, background, PNG_SCALE]))
    .digest('hex');
  const cached = path.join(CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: 'Inter' },
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background,
  });
  const png = resvg.render().asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

/** The chapter number of each chapter slug, from the front matter's `order`. */
function chapterNumbers(chaptersDir: string): Map<string, number> {
  return new Map(
    readdirSync(chaptersDir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const order = /^order:\s*(\d+)/m.exec(readFileSync(path.join(chaptersDir, f), 'utf8'))?.[1];
        return [f.replace(/^\d+-/, '').replace(/\.mdx$/, ''), Number(order)] as const;
      }),
  );
}

/**
 * Adds each chapter's step figures, as PNG, to its classroom pack once the
 * build has written the chapter's page: `figures/figure-<chapter>.<n>.png`,
 * numbered as the printed chapter numbers them, with their captions and addresses
 * (under `base`, the site's subpath). Returns how many it drew.
 */
export function addPackFigures(dist: string, root: string, base = '/'): number {
  const tokens = lightTokens(readFileSync(path.join(root, 'src/styles/tokens.css'), 'utf8'));
  const background = tokens.get('--bg') ?? '#ffffff';
  const fonts = fontFiles();
  let count = 0;
  for (const [slug, number] of chapterNumbers(path.join(root, 'content/chapters'))) {
    const pack = path.join(dist, 'classroom', `${slug}-pack.zip`);
    const page = path.join(dist, 'essay', slug, 'index.html');
    if (!existsSync(pack) || !existsSync(page)) continue;
    const drawn = stepFigureSvgs(readFileSync(page, 'utf8'), tokens);
    const figures = drawn.map((f, i) => ({
      name: `figures/figure-${number}.${i + 1}.png`,
      data: svgToPng(f.svg, fonts, background),
    }));
    // Each figure's caption and address, as the printed chapter gives them beside the figure.
    const captions = drawn.map(
      (f, i) => `Figure ${number}.${i + 1}: ${f.caption}\n${base.replace(/\/?$/, '/')}essay/${slug}/#${f.step}\n`,
    );
    const files = unzip(readFileSync(pack)).filter((f) => !f.name.startsWith('figures/'));
    writeFileSync(pack, zip([...files, ...figures, { name: 'figures/captions.txt', data: captions.join('\n') }]));
    count += figures.length;
  }
  return count;
}
