import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { renderTimeline } from '../../charts/timeline/render';
import { drawFigure } from '../../charts/figure/draw';
import { drawPlot } from '../../charts/plot';
import { comparePanel } from '../../figures/compareChart';
import { compareView, panelHeight } from '../../figures/compareView';
import { FIGURES } from '../../figures/index';
import { triffinHistory } from '../../figures/triffinHistory';
import { drawTriffinFigure } from '../../figures/triffinModel';
import type { FigureState } from '../../figures/types';
import { figureView } from '../../figures/view';
import { loadCompareData } from '../../lib/compareData';
import { INDICATOR_TEXT } from '../../lib/compareSeries';
import { loadEvents, loadRows } from '../../lib/data';
import { decimalYear } from '../../lib/dates';
import { TIMELINE_MIN, timelineStyleVars } from '../../lib/timelineConstants';
import { timelineModel } from '../../lib/timelineData';
import { buildDocument } from '../../lib/document';
import { FORMATS } from '../../lib/format';
import type { ChapterLead } from '../../lib/previewLead';
import type { PreviewChart, PreviewCharts } from '../../lib/previewCards';
import { runTriffin } from '../../lib/triffin';
import { TRIFFIN_YEARS, triffinPresets } from '../../lib/triffinPresets';
import type { Claim } from '../../schemas/claim';
import { sterlingBalances } from '../../schemas/datasets/sterlingBalances';
import { usGoldVsLiabilities } from '../../schemas/datasets/usGoldVsLiabilities';
import type { EventRow } from '../../schemas/event';
import type { EraId } from '../../schemas/vocab';
import { COMPARE_DEFAULTS } from '../../state/compare';
import { triffinCodec, type PresetSliders } from '../../state/triffin';

/**
 * Which chart each page's preview image carries, drawn by the same figure code as the page: a chapter its
 * lead figure, an event its era's series with a rule at its date, a claim its place on the aligned chart or
 * its evidence, /compare/ and /triffin/ their default views. Each chart comes with a key that changes when
 * what it draws changes, so the image cache is read without drawing.
 */

/** The series that speak for an era when an event names no dataset of its own, most telling first. */
const ERA_FIGURES: Record<EraId, string[]> = {
  guilder: ['guilder-silver', 'guilder-per-pound', 'gdp-shares-early'],
  sterling: ['uk-debt', 'usd-per-gbp', 'sterling-balances'],
  dollar: ['us-debt', 'gold-price-usd', 'reserve-shares-current'],
  bitcoin: ['bitcoin-subsidy', 'reserve-shares-current'],
};
/** The aligned figures, where claims are placed on the eras' common clock. */
const ALIGNED = ['aligned-gdp-share', 'aligned-debt'];
/** Years shown on either side of an event. */
const AROUND = 30;
const MIN_SPAN = 16;
/** Years before a series begins in which an event is still drawn on it. */
const LEAD = 3;
/** Lines a chart can hold and still read at thumbnail size. */
const FEW = 5;

/** A named figure in one state, drawn as on its page; `keep` filters its markers. */
function figureChart(name: string, state: Partial<FigureState>, keep?: (id: string) => boolean): PreviewChart {
  const view = figureView(name, state);
  const markers = keep ? view.markers.filter((m) => keep(m.id)) : view.markers;
  const drawing = {
    series: view.series,
    markers,
    formatY: FORMATS[view.spec.axisFormat],
    ...(view.xDomain ? { xDomain: view.xDomain } : {}),
    ...(view.yDomain ? { yDomain: view.yDomain } : {}),
    ...(view.band ? { band: view.band } : {}),
  };
  return {
    title: view.spec.title,
    key: JSON.stringify(['figure', name, digest(name), state, markers, view.xDomain, view.yDomain, view.band]),
    draw: () =>
      drawFigure(drawing, { title: view.spec.title, description: view.description, document: buildDocument() }),
  };
}

/** What a figure draws from, once per build: a digest of every line's points, the years it covers, its lines. */
const known = new Map<string, { digest: string; extent: [number, number]; lines: number }>();
function about(name: string) {
  if (!known.has(name)) {
    const { series } = figureView(name);
    const xs = series.flatMap((s) => s.points.filter((p) => p.y !== null).map((p) => p.x));
    const points = series.map((s) => [s.id, s.colour, s.dashed, s.points.map((p) => [p.x, p.y, p.estimate])]);
    known.set(name, {
      digest: createHash('sha256').update(JSON.stringify(points)).digest('hex'),
      extent: [Math.min(...xs), Math.max(...xs)],
      lines: series.length,
    });
  }
  return known.get(name)!;
}
const digest = (name: string) => about(name).digest;
/** The years a figure has values for. */
const extent = (name: string) => about(name).extent;

/** Figures that draw from a dataset, on a calendar axis. */
const figuresOf = (dataset: string) =>
  Object.values(FIGURES)
    .filter((f) => f.xAxis === 'year' && Object.values(f.data).some((d) => d.id === dataset))
    .map((f) => f.id);

/** The years around `at` that a figure covering [lo, hi] can show. */
function window(at: number, [lo, hi]: [number, number]): [number, number] {
  let from = Math.max(lo, at - AROUND);
  let to = Math.min(hi, at + AROUND);
  if (to - from < MIN_SPAN) {
    from = Math.max(lo, to - MIN_SPAN);
    to = Math.min(hi, from + MIN_SPAN);
  }
  return [Math.floor(from), Math.ceil(to)];
}

/** The first of `names` with values at the event's date, drawn around it with the event's rule. */
function eventOn(names: readonly string[], event: EventRow): PreviewChart | undefined {
  const at = decimalYear(event.date);
  // An event shortly before a series begins (the whitepaper before the first block) still reads on it.
  const covering = names.filter((n) => FIGURES[n] && extent(n)[0] - LEAD <= at && at <= extent(n)[1] + 0.5);
  // A chart of many lines does not read at thumbnail size: one of a few lines first.
  const name = covering.find((n) => about(n).lines <= FEW) ?? covering[0];
  if (!name) return undefined;
  const [lo, hi] = extent(name);
  return figureChart(name, { x: window(at, [Math.min(lo, Math.floor(at) - 1), hi]), events: [event.id] });
}

function eventChart(event: EventRow): PreviewChart | undefined {
  return eventOn([...event.datasets.flatMap(figuresOf), ...ERA_FIGURES[event.era as EraId]], event);
}

function claimChart(claim: Claim): PreviewChart | undefined {
  const own = (id: string) => id.startsWith(`claim-${claim.id}-`);
  const aligned = ALIGNED.find((n) => FIGURES[n]?.markers?.().some((m) => own(m.id)));
  if (aligned) return figureChart(aligned, {}, own);
  const evidence = claim.datasets.flatMap(figuresOf);
  const related = loadEvents()
    .filter((e) => e.claims.includes(claim.id))
    .sort((a, b) => a.importance - b.importance);
  // Its evidence first (at a dated event it bears on, else whole), then a related event on its own era's chart.
  for (const event of related) {
    const chart = eventOn(evidence, event);
    if (chart) return chart;
  }
  if (evidence[0]) return figureChart(evidence[0], {});
  return related.map(eventChart).find((chart) => chart !== undefined);
}

/** The panels' size on a card: one panel fills the chart box; several share it, each shorter. */
const PANEL_WIDTH = 480;
/** Room above each panel for its title, as the page writes it above the panel. */
const PANEL_TITLE = 22;
const SVG_NS = 'http://www.w3.org/2000/svg';
const ERA_LEGEND = [
  { label: 'Guilder', colour: 'var(--era-guilder)' },
  { label: 'Sterling', colour: 'var(--era-sterling)' },
  { label: 'Dollar', colour: 'var(--era-dollar)' },
];
/** The comparative chart's panels for a view, stacked under their titles as on the page. */
function compareChart(show: readonly string[], claim = ''): PreviewChart {
  const view = compareView(loadCompareData(), {
    ...COMPARE_DEFAULTS,
    show: show as typeof COMPARE_DEFAULTS.show,
    claim,
  });
  // One panel fills the chart box; several share it, each as short as the page draws panels on a phone.
  const height = view.panels.length === 1 ? 300 : panelHeight(true);
  return {
    title: 'By years since each era began; dotted: the dollar today',
    legend: ERA_LEGEND,
    key: JSON.stringify(['compare', show, claim, view.panels, view.today, PANEL_WIDTH, height]),
    draw: () => {
      const document = buildDocument();
      const svg = document.createElementNS(SVG_NS, 'svg');
      let y = 0;
      view.panels.forEach((panel, i) => {
        const title = document.createElementNS(SVG_NS, 'text');
        title.setAttribute('x', '0');
        title.setAttribute('y', String(y + 15));
        title.setAttribute('font-size', '15');
        title.setAttribute('font-weight', '600');
        title.setAttribute('fill', 'var(--text)');
        title.textContent = INDICATOR_TEXT[panel.indicator].title;
        svg.append(title);
        y += PANEL_TITLE;
        // The panel's own options set its height (the page's); the card's stands in for it.
        const drawn = drawPlot(
          { width: PANEL_WIDTH, height, document },
          {
            ...comparePanel({
              indicator: panel.indicator,
              align: view.align,
              points: panel.points,
              today: view.today,
              axisTitle: i === view.panels.length - 1,
              narrow: false,
            }),
            height,
          },
        );
        drawn.setAttribute('y', String(y));
        svg.append(drawn);
        y += height;
      });
      svg.setAttribute('viewBox', `0 0 ${PANEL_WIDTH} ${y}`);
      return svg;
    },
  };
}

/** The Triffin model's default run, as /triffin/ first draws it. */
function triffinChart(): PreviewChart {
  const usRows = loadRows(usGoldVsLiabilities);
  const presets = triffinPresets(usRows, loadRows(sterlingBalances));
  const initial = triffinCodec(Object.fromEntries(presets.map((p) => [p.id, p.sliders])) as PresetSliders).defaults;
  const preset = presets.find((p) => p.id === initial.preset)!;
  const run = runTriffin({
    ...initial,
    startYear: preset.startYear,
    years: TRIFFIN_YEARS,
    startLiabilities: preset.startLiabilities,
  });
  const history = initial.history ? triffinHistory(usRows) : [];
  return {
    title: 'The model: backing, claims and unmet demand',
    legend: [
      { label: 'Backing (gold)', colour: 'var(--gold)' },
      { label: 'Claims of foreigners', colour: 'var(--era-dollar)' },
    ],
    key: JSON.stringify(['triffin', run, preset.unit, history]),
    draw: () =>
      drawTriffinFigure(
        { run, unit: preset.unit, history, events: [] },
        { width: 600, height: 400, document: buildDocument() },
      ),
  };
}

/** The timeline's drawing width for an image, and its own stylesheet, for an image with no page around it. */
const [TIMELINE_WIDTH, TIMELINE_CSS] = [640, 'src/styles/timeline.css'];

/**
 * The whole timeline, as /timeline/ draws it, with its stylesheet inside the drawing: an image has no page CSS.
 * Its era colour (`--era`, `--series`) is a custom property set per element, which resvg does not read: the
 * element's era becomes its `color` and the rules read `currentColor`.
 */
function timelineChart(): PreviewChart {
  const model = timelineModel();
  const domain: [number, number] = [TIMELINE_MIN, new Date().getUTCFullYear() + 1];
  const css = readFileSync(TIMELINE_CSS, 'utf8');
  return {
    title: `Every event, ${TIMELINE_MIN} to today, in its era's lane`,
    key: JSON.stringify(['timeline', model, domain, css, TIMELINE_WIDTH]),
    draw: () => {
      const document = buildDocument();
      // Drawn narrower than the page's wide drawing, so its type stays legible at thumbnail size.
      const svg = renderTimeline(model, {
        width: TIMELINE_WIDTH,
        document,
        domain,
        selected: '',
        title: 'Timeline',
        description: '',
      });
      for (const el of svg.querySelectorAll('[class*="era-"], [style*="--series"]')) {
        const era = /era-(\w+)/.exec(`${el.getAttribute('class') ?? ''} ${el.getAttribute('style') ?? ''}`)?.[1];
        if (era) el.setAttribute('color', `var(--era-${era})`);
      }
      const vars = Object.fromEntries(
        timelineStyleVars()
          .split('; ')
          .map((v) => v.split(': ') as [string, string]),
      );
      const style = document.createElementNS(SVG_NS, 'style');
      style.textContent = css
        .replace(/var\(--(era|series)\)/g, 'currentColor')
        .replace(/var\((--timeline-[\w-]+)\)/g, (match, name: string) => vars[name] ?? match);
      svg.prepend(style);
      return svg;
    },
  };
}

function leadChart(lead: ChapterLead): PreviewChart {
  return lead.kind === 'compare' ? compareChart(lead.show, lead.claim) : figureChart(lead.name, lead.show);
}

/** The charts of every kind of page, for `previewCards`. */
export const PREVIEW_CHARTS: PreviewCharts = {
  chapter: (c) => (c.lead ? leadChart(c.lead) : undefined),
  event: eventChart,
  claim: claimChart,
  page: (path) =>
    path === '/compare/'
      ? compareChart(COMPARE_DEFAULTS.show)
      : path === '/'
        ? compareChart(['gdp'])
        : path === '/triffin/'
          ? triffinChart()
          : path === '/timeline/'
            ? timelineChart()
            : undefined,
};
