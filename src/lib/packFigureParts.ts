/**
 * What a step figure shows around its drawing, as SVG for the classroom pack's PNG: the page draws its key, the
 * comparative chart's claim lanes and its panel titles in HTML and CSS, which a drawing taken out of its page leaves
 * behind. Each part is laid out in the drawing's own units, one under the other, in the page's order; colours stay
 * `var(--…)` for the caller to resolve with the light scheme's tokens.
 */

/** A horizontal band of the figure: its height, and its SVG once it knows where it starts. */
export interface FigurePart {
  height: number;
  draw: (y: number) => string;
}

/** The type size of the parts, as the drawings' own (13 px at the drawing's natural width). */
const SIZE = 13;
/** A generous average advance of Inter at `SIZE`, so estimated lines never run wider than the figure. */
const CHAR = SIZE * 0.6;
const LINE = 18;
const GAP = 8;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const styleValue = (el: Element, prop: string): string | undefined =>
  new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`).exec(el.getAttribute('style') ?? '')?.[1]?.trim();
const percent = (v: string | undefined) => Number.parseFloat(v ?? '0') / 100 || 0;
const classOf = (el: Element, prefix: string) =>
  [...el.classList].find((c) => c.startsWith(prefix))?.slice(prefix.length);

/** Words set in lines no wider than `width` (estimated). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && (last.length + 1 + word.length) * CHAR <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A paragraph of muted or plain text, wrapped to the figure's width. */
export function textPart(text: string, width: number, opts: { muted?: boolean; bold?: string } = {}): FigurePart {
  const lines = wrap(text, width - 8);
  const fill = opts.muted ? 'var(--text-muted)' : 'var(--text)';
  return {
    height: lines.length * LINE + 4,
    draw: (y) =>
      lines
        .map((line, i) => {
          // A bold lead (a panel's title before its unit) keeps its weight on the first line.
          const lead = i === 0 && opts.bold && line.startsWith(opts.bold) ? opts.bold : '';
          const rest = esc(line.slice(lead.length));
          const body = lead ? `<tspan font-weight="700" fill="var(--text)">${esc(lead)}</tspan>${rest}` : rest;
          return `<text x="4" y="${y + 14 + i * LINE}" font-size="${SIZE}" fill="${fill}">${body}</text>`;
        })
        .join(''),
  };
}

/** How a key's swatch is drawn: the CSS rules of `compare.css` (`.compare-key .swatch…`) and TriffinStep.astro. */
type Swatch =
  { kind: 'line'; color: string; width: number; dash?: boolean } | { kind: 'area' | 'dot' | 'bar'; color: string };

const SWATCHES: Record<string, Swatch> = {
  'era-guilder': { kind: 'line', color: 'var(--era-guilder)', width: 2.5 },
  'era-sterling': { kind: 'line', color: 'var(--era-sterling)', width: 2.5 },
  'era-dollar': { kind: 'line', color: 'var(--era-dollar)', width: 2.5 },
  'swatch-dashed': { kind: 'line', color: 'var(--text-muted)', width: 2.5, dash: true },
  'swatch-thin': { kind: 'line', color: 'var(--text-muted)', width: 1 },
  'swatch-today': { kind: 'bar', color: 'var(--era-dollar)' },
  'key-backing': { kind: 'line', color: 'var(--gold)', width: 2.5 },
  'key-claims': { kind: 'line', color: 'var(--era-dollar)', width: 2.5 },
  'key-demand': { kind: 'area', color: 'var(--text-muted)' },
  'key-actual': { kind: 'dot', color: 'var(--text-muted)' },
};

function swatchSvg(s: Swatch, x: number, y: number): string {
  const mid = y + 9;
  if (s.kind === 'line')
    return `<line x1="${x}" x2="${x + 24}" y1="${mid}" y2="${mid}" stroke="${s.color}" stroke-width="${s.width}"${s.dash ? ' stroke-dasharray="4 3"' : ''}/>`;
  if (s.kind === 'bar') return `<rect x="${x}" y="${mid - 3}" width="24" height="6" rx="3" fill="${s.color}"/>`;
  if (s.kind === 'dot') return `<circle cx="${x + 12}" cy="${mid}" r="4" fill="${s.color}"/>`;
  return `<rect x="${x}" y="${mid - 6}" width="24" height="12" fill="${s.color}" fill-opacity="0.2"/><line x1="${x}" x2="${x + 24}" y1="${mid - 6}" y2="${mid - 6}" stroke="${s.color}" stroke-width="1.5"/>`;
}

/** A key: each item's swatch and name, flowed into rows across the figure's width. */
export function keyPart(items: readonly { classes: string[]; text: string }[], width: number): FigurePart | null {
  const placed: { x: number; row: number; swatch: Swatch; text: string }[] = [];
  let x = 4;
  let row = 0;
  for (const item of items) {
    const swatch = item.classes.map((c) => SWATCHES[c]).find((s) => s !== undefined);
    if (!swatch || !item.text) continue;
    const w = 24 + 6 + item.text.length * CHAR;
    if (x > 4 && x + w > width) [x, row] = [4, row + 1];
    placed.push({ x, row, swatch, text: item.text });
    x += w + 18;
  }
  if (placed.length === 0) return null;
  return {
    height: (row + 1) * LINE + 4,
    draw: (y) =>
      `<g data-key="">${placed
        .map(
          (p) =>
            `<g data-key-item="">${swatchSvg(p.swatch, p.x, y + p.row * LINE)}<text x="${p.x + 30}" y="${y + p.row * LINE + 14}" font-size="${SIZE}" fill="var(--text)">${esc(p.text)}</text></g>`,
        )
        .join('')}</g>`,
  };
}

/** A verdict's marker icon as the page draws it (the `.compare-claim svg` rules of compare.css), at 12 px. */
function iconSvg(icon: Element | null, x: number, y: number, color: string): string {
  if (!icon) return '';
  const shapes = [...icon.children].map((c) => {
    const cls = c.getAttribute('class') ?? '';
    const paint =
      cls === 'fill'
        ? `fill="${color}"`
        : `fill="none" stroke="${color}" stroke-width="${cls === 'stroke' ? 2.4 : 1.8}" stroke-linecap="round"`;
    const attrs = [...c.attributes]
      .filter((a) => a.name !== 'class')
      .map((a) => `${a.name}="${esc(a.value)}"`)
      .join(' ');
    return `<${c.tagName.toLowerCase()} ${attrs} ${paint}/>`;
  });
  return `<svg x="${x}" y="${y}" width="12" height="12" viewBox="0 0 16 16" overflow="visible">${shapes.join('')}</svg>`;
}

/** The comparative chart's claim lanes (`.compare-lane`): each era's name and its numbered claim markers, and today. */
export function lanesPart(lane: Element, width: number): FigurePart {
  const rows = [...lane.querySelectorAll('.compare-lane-row')].map((row) => {
    const today = row.classList.contains('compare-lane-today');
    const height = Number.parseFloat(styleValue(row, 'height') ?? '') || (today ? 24 : 30);
    return { row, height, today };
  });
  return {
    height: rows.reduce((sum, r) => sum + r.height, 0) + 4,
    draw: (y0) => {
      let y = y0;
      return rows
        .map(({ row, height, today }) => {
          const era = `var(--era-${classOf(row, 'era-') ?? 'dollar'})`;
          const track = row.querySelector('.compare-lane-track');
          const left = width * percent(track ? styleValue(track, 'margin-left') : undefined);
          const span = width - left - width * percent(track ? styleValue(track, 'margin-right') : undefined);
          const out = [
            `<line x1="0" x2="${width}" y1="${y + height}" y2="${y + height}" stroke="var(--rule)"/>`,
            `<text x="4" y="${y + 19}" font-size="12" font-weight="650" fill="${era}">${esc(textOf(row.querySelector('.compare-lane-name')))}</text>`,
          ];
          for (const claim of row.querySelectorAll('.compare-claim')) {
            const cx = left + span * percent(styleValue(claim, 'left'));
            const top = y + (Number.parseFloat(styleValue(claim, 'top') ?? '3') || 3);
            const verdict = `var(--verdict-${classOf(claim, 'verdict-') ?? 'opinion'})`;
            const picked = claim.classList.contains('is-selected');
            const ink = picked ? 'var(--bg-raised)' : verdict;
            out.push(
              `<rect x="${cx - 17}" y="${top}" width="34" height="24" rx="12" fill="${picked ? verdict : 'var(--bg-raised)'}" stroke="${verdict}" stroke-width="1.5"/>`,
              iconSvg(claim.querySelector('svg'), cx - 13, top + 6, ink),
              `<text x="${cx + 6}" y="${top + 16.5}" font-size="12" font-weight="700" text-anchor="middle" fill="${ink}">${esc(textOf(claim.querySelector('.compare-claim-n')))}</text>`,
            );
          }
          if (today) {
            const bar = row.querySelector('.compare-today');
            if (bar) {
              const x = left + span * percent(styleValue(bar, 'left'));
              const w = span * percent(styleValue(bar, 'width'));
              const onLeft = bar.querySelector('.is-left') !== null;
              out.push(
                `<rect x="${x - 1}" y="${y + 9}" width="${Math.max(w, 2)}" height="6" rx="3" fill="${era}"/>`,
                `<text x="${onLeft ? x - 7 : x + w + 7}" y="${y + 16}" font-size="12" font-weight="650" fill="${era}"${onLeft ? ' text-anchor="end"' : ''}>${esc(textOf(bar.querySelector('.compare-today-label')))}</text>`,
              );
            }
          }
          y += height;
          return out.join('');
        })
        .join('');
    },
  };
}

/** The numbered claims the markers stand for, the one picked out on the chart said so. */
export function claimsPart(list: Element, picked: string, width: number): FigurePart {
  const items = [...list.querySelectorAll(':scope > li')].map((li, i) => {
    const short = textOf(li.querySelector(':scope > span, :scope > a'));
    const verdict = textOf(li.querySelector('.verdict-text'));
    const n = String(i + 1);
    return `${n} ${short} (${verdict}${n === picked ? '; picked out' : ''})`;
  });
  return textPart(`Markers: ${items.join(' · ')}`, width, { muted: true });
}

/** Stacks parts one under the other, `gap` apart; returns the markup and the total height. */
export function stack(parts: readonly FigurePart[], gap = GAP): { svg: string; height: number } {
  let y = 0;
  const svg = parts.map((p) => {
    const out = p.draw(y);
    y += p.height + gap;
    return out;
  });
  return { svg: svg.join(''), height: Math.max(0, y - gap) };
}
