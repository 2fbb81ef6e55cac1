import { fileName, LICENCE_LINE, saveBlob, SITE_NAME, sourcesOf, titleOf } from './shareMeta';
import { shareUrl, subjectOf } from './shareSubject';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties a drawing takes from the page's CSS, copied onto each element of a download. */
const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'display',
  'visibility',
] as const;

/**
 * The drawing a reader sees: the largest SVG on screen in the figure or view; where none
 * shows (a step's figure while the scrolly's stage shows its copy), the figure's first.
 */
function shownSvg(subject: HTMLElement): SVGSVGElement | null {
  const all = [...subject.querySelectorAll<SVGSVGElement>('svg')].filter((s) => s.viewBox.baseVal?.width > 40);
  const area = (s: SVGSVGElement) => s.getBoundingClientRect().width * s.getBoundingClientRect().height;
  const visible = all.filter((s) => area(s) > 0).sort((a, b) => area(b) - area(a));
  return visible[0] ?? all[0] ?? null;
}

/** Splits text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The figure as a file that stands alone: the drawing as shown, its colours and type
 * written onto each element (the page's CSS does not travel), with its title above
 * and its sources, licence and address below.
 */
export function standaloneSvg(share: HTMLElement): { text: string; width: number; height: number } | null {
  const source = shownSvg(subjectOf(share));
  if (!source) return null;
  const doc = share.ownerDocument;
  const win = doc.defaultView!;
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = win.getComputedStyle(el);
    const target = to[i] as SVGElement;
    for (const prop of STYLED) {
      const value = style.getPropertyValue(prop);
      if (value) target.style.setProperty(prop, value);
    }
  });
  const box = source.viewBox.baseVal;
  const width = box.width;
  const fontSize = 12;
  const line = fontSize * 1.35;
  const perLine = Math.max(30, Math.floor(width / (fontSize * 0.55)));
  const foot = [
    ...wrap(`Sources: ${sourcesOf(share, true).join(' · ') || 'see the page'}`, perLine),
    ...wrap(LICENCE_LINE, perLine),
    ...wrap(`${SITE_NAME}: ${shareUrl(share)}`, perLine),
  ];
  const top = line * 2;
  const height = box.height + top + foot.length * line + line * 0.5;
  const colour = win.getComputedStyle(doc.body);
  const out = doc.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('font-family', colour.fontFamily);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', colour.backgroundColor);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = titleOf(share);
  const text = (content: string, y: number, size: number, weight = '400') => {
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', '4');
    t.setAttribute('y', String(y));
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', weight);
    t.setAttribute('fill', colour.color);
    t.textContent = content;
    return t;
  };
  const drawing = doc.createElementNS(SVG_NS, 'g');
  drawing.setAttribute('transform', `translate(${-box.x} ${top - box.y})`);
  drawing.append(...clone.childNodes);
  out.append(title, bg, text(titleOf(share), line * 1.2, 15, '650'), drawing);
  foot.forEach((l, i) => out.append(text(l, box.height + top + (i + 1) * line, fontSize - 1)));
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`,
    width,
    height,
  };
}

/** Downloads the figure as drawn, as SVG. */
export function downloadSvg(share: HTMLElement): void {
  const svg = standaloneSvg(share);
  if (!svg) return;
  saveBlob(share.ownerDocument, new Blob([svg.text], { type: 'image/svg+xml' }), fileName(share, 'svg'));
}

/** Downloads the figure as PNG at twice its size, for slides: drawn by the browser from the same SVG. */
export async function downloadPng(share: HTMLElement): Promise<void> {
  const svg = standaloneSvg(share);
  if (!svg) return;
  const doc = share.ownerDocument;
  const img = new Image();
  // A data: address, not a blob: one: the Content-Security-Policy allows images from data: only.
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await img.decode();
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(svg.width * 2);
  canvas.height = Math.round(svg.height * 2);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.scale(2, 2);
  ctx.drawImage(img, 0, 0, svg.width, svg.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) saveBlob(doc, blob, fileName(share, 'png'));
}
