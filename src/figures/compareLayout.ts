import { COMPARED_ERAS, type ComparedEra } from '../lib/compareAlign';
import { element } from '../lib/dom';
import { INDICATOR_TEXT } from '../lib/compareSeries';
import { COMPARE_MARGIN, domainFraction, type CompareView, type PlacedMark } from './compareView';

/**
 * The comparative chart as a page shows it: the claims lane on top (real
 * links, positioned on the shared axis), then one titled panel per indicator,
 * and a crosshair across all of them. Built with whatever `document` it is
 * given, so the build (linkedom) and the browser make the same markup; the
 * panels' SVG comes from `drawPanel`, which is where Plot is used.
 */

/** A verdict's marker shape, as on the ledger's badge (`VerdictBadge.astro`): it reads without colour. */
const SHAPES: Record<string, { d: string; stroke: boolean }> = {
  supported: { d: 'M2.5 8.5l3.5 3.5 7.5-8', stroke: true },
  'partly-supported': { d: 'M8 1.5a6.5 6.5 0 1 0 0 13z', stroke: false },
  contested: { d: 'M8 1.8l6.6 12H1.4z', stroke: false },
  'not-supported': { d: 'M3 3l10 10M13 3L3 13', stroke: true },
  opinion: { d: 'M2 2.5h12v8H7l-3.5 3v-3H2z', stroke: false },
};

const slug = (verdict: string) => verdict.replace(/ /g, '-');
const ERA_LABEL: Record<ComparedEra, string> = { guilder: 'Guilder', sterling: 'Sterling', dollar: 'Dollar' };
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Half a marker's width and the step between levels of a lane row, in CSS px. */
const MARK_HALF_WIDTH = 19;
const LEVEL_PX = 26;
/** Room "the dollar today" takes beside its mark: the 12 px label and its 6 px gap, with a little over. */
const TODAY_LABEL_PX = 112;

export interface LayoutOptions {
  /** The width the panels are drawn at, in CSS px. */
  width: number;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** Base path for the links to each claim's page (`withBase('/claims/')`), or `null` to draw the markers without links. */
  claimsHref: string | null;
  drawPanel: (panel: CompareView['panels'][number], index: number) => Element;
}

/** An element of the chart: its class, and its text if it has any. */
const el = <K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string) =>
  element(doc, tag, { class: cls }, ...(text === undefined ? [] : [text]));

function icon(doc: Document, verdict: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = SHAPES[slug(verdict)] ?? SHAPES['opinion']!;
  if (slug(verdict) === 'partly-supported') {
    const circle = doc.createElementNS(SVG_NS, 'circle');
    for (const [k, v] of [
      ['cx', '8'],
      ['cy', '8'],
      ['r', '6.5'],
      ['class', 'outline'],
    ])
      circle.setAttribute(k!, v!);
    svg.append(circle);
  }
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', shape.d);
  path.setAttribute('class', shape.stroke ? 'stroke' : 'fill');
  svg.append(path);
  return svg;
}

const pct = (f: number) => `${(f * 100).toFixed(2)}%`;

/** One claim marker: a link to the claim in the ledger, verdict as colour, shape and text. */
function claimLink(
  doc: Document,
  view: CompareView,
  m: PlacedMark,
  claimsHref: string | null,
  selected: string,
): { link: HTMLElement; at: number } | null {
  const fs = m.xs.map((x) => domainFraction(view, x));
  const inside = fs.filter((f) => f >= 0 && f <= 1);
  if (inside.length === 0) return null;
  const a = el(
    doc,
    claimsHref === null ? 'span' : 'a',
    `compare-claim verdict-${slug(m.verdict)}${m.claim === selected ? ' is-selected' : ''}`,
  );
  if (claimsHref !== null) a.setAttribute('href', `${claimsHref}${m.claim}/`);
  // The dollar on the life-cycle axis sits anywhere in a range: the marker goes to its middle.
  const mid = (Math.min(...inside) + Math.max(...inside)) / 2;
  a.dataset['claim'] = m.claim;
  a.append(icon(doc, m.verdict), el(doc, 'span', 'compare-claim-n', String(m.n)));
  const year = m.date.slice(0, 4);
  a.append(el(doc, 'span', 'visually-hidden', `${m.short}, ${m.verdict}: ${m.eventTitle}, ${year}`));
  a.setAttribute('title', `${m.n}. ${m.short} (${m.verdict}): ${m.eventTitle}, ${year}`);
  return { link: a, at: mid };
}

/** The whole chart for one view at one width. */
export function renderCompareLayout(doc: Document, view: CompareView, opts: LayoutOptions): HTMLElement {
  const selected = view.claim;
  const root = el(doc, 'div', 'compare-layout');
  root.dataset['width'] = String(opts.width);
  root.setAttribute('style', `max-width: ${opts.width}px`);
  const track = `margin-left: ${pct(COMPARE_MARGIN.left / opts.width)}; margin-right: ${pct(COMPARE_MARGIN.right / opts.width)}`;

  const lane = el(doc, 'div', 'compare-lane');
  const plotWidth = opts.width - COMPARE_MARGIN.left - COMPARE_MARGIN.right;
  // A lane for each era the view shows.
  for (const era of COMPARED_ERAS.filter((e) => view.datings.some((d) => d.era === e))) {
    const row = el(doc, 'div', `compare-lane-row era-${era}`);
    row.append(el(doc, 'span', 'compare-lane-name', ERA_LABEL[era]));
    const t = el(doc, 'div', 'compare-lane-track');
    t.setAttribute('style', track);
    // Markers that would overlap go on a second (or third) level of the row rather than moving sideways.
    const ends: number[] = [];
    const links = view.marks
      .filter((m) => m.era === era)
      .map((m) => claimLink(doc, view, m, opts.claimsHref, selected))
      .filter((l): l is { link: HTMLElement; at: number } => l !== null)
      .sort((a, b) => a.at - b.at);
    for (const { link, at } of links) {
      const px = at * plotWidth;
      let level = ends.findIndex((end) => end < px - MARK_HALF_WIDTH);
      if (level === -1) level = ends.length;
      ends[level] = px + MARK_HALF_WIDTH;
      link.setAttribute('style', `left: ${pct(at)}; top: ${3 + level * LEVEL_PX}px`);
      t.append(link);
    }
    if (ends.length > 1) row.setAttribute('style', `height: ${30 + (ends.length - 1) * LEVEL_PX}px`);
    row.append(t);
    lane.append(row);
  }
  const todayRow = el(doc, 'div', 'compare-lane-row compare-lane-today era-dollar');
  todayRow.append(el(doc, 'span', 'compare-lane-name', 'Today'));
  const todayTrack = el(doc, 'div', 'compare-lane-track');
  todayTrack.setAttribute('style', track);
  const fs = view.today.map((x) => domainFraction(view, x)).filter((f) => f >= 0 && f <= 1);
  if (fs.length > 0) {
    const today = el(doc, 'span', 'compare-today');
    const [lo, hi] = [Math.min(...fs), Math.max(...fs)];
    today.setAttribute('style', `left: ${pct(lo)}; width: ${hi > lo ? pct(hi - lo) : '0'}`);
    // The label goes left of the mark where the row has no room for it on the right.
    const left = hi > 0.7 || (1 - hi) * plotWidth + COMPARE_MARGIN.right < TODAY_LABEL_PX;
    const label = el(doc, 'span', `compare-today-label${left ? ' is-left' : ''}`, 'the dollar today');
    today.append(label);
    todayTrack.append(today);
  }
  todayRow.append(todayTrack);
  lane.append(todayRow);
  root.append(lane);

  view.panels.forEach((panel, i) => {
    // A group, not a region: the steps of chapter 6 each draw a "Share of world GDP" panel, and regions of one name
    // are landmarks a screen reader cannot tell apart (axe's landmark-unique, where the steps show their figures).
    const section = el(doc, 'div', 'compare-panel');
    section.setAttribute('role', 'group');
    section.dataset['indicator'] = panel.indicator;
    const id = `${opts.idPrefix}-${panel.indicator}`;
    section.setAttribute('aria-labelledby', id);
    const title = el(doc, 'p', 'compare-panel-title');
    title.id = id;
    const text = INDICATOR_TEXT[panel.indicator];
    title.append(el(doc, 'strong', '', text.title), doc.createTextNode(', '), el(doc, 'span', '', text.unit));
    section.append(title, opts.drawPanel(panel, i));
    root.append(section);
  });

  const cross = el(doc, 'div', 'compare-crosshair');
  cross.setAttribute('aria-hidden', 'true');
  cross.hidden = true;
  root.append(cross);
  return root;
}
