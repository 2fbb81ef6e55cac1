import { describe, expect, it } from 'vitest';
import { drawPlot, PLOT_FONT_PX } from '../../src/charts/plot';
import { comparePanel, Y_INSET } from '../../src/figures/compareChart';
import { compareView, panelHeight } from '../../src/figures/compareView';
import { loadCompareData } from '../../src/lib/compareData';
import { ALIGNMENTS, type DatingChoice } from '../../src/lib/compareAlign';
import { alignPoints } from '../../src/lib/comparePoints';
import { fromPayload, toPayload, type ComparePayload } from '../../src/lib/comparePayload';
import { PLOT_COLOUR } from '../../src/charts/plot';
import { INDICATORS } from '../../src/lib/compareSeries';
import { loadRows, loadSources } from '../../src/lib/data';
import { buildDocument } from '../../src/lib/document';
import { worldGdpShares } from '../../src/schemas/datasets/worldGdpShares';
import { COMPARE_DEFAULTS } from '../../src/state/compare';

const data = loadCompareData();

describe('compareSeries and the comparative chart', () => {
  it('every series cites sources from the bibliography, and every GDP value drawn is a row of world-gdp-shares', () => {
    const sources = loadSources();
    for (const s of data.series) {
      expect(s.sources.length).toBeGreaterThan(0);
      for (const id of s.sources) expect(sources.has(id)).toBe(true);
    }
    const rows = new Set(loadRows(worldGdpShares).map((r) => `${r.date}|${r.share_pct}`));
    const gdp = data.series.filter((s) => s.indicator === 'gdp');
    expect(gdp).toHaveLength(6);
    for (const s of gdp) for (const p of s.points) expect(rows.has(`${p.date}|${p.value}`)).toBe(true);
  });

  it('comparePanel draws estimates dashed, lone rows as dots and its text at ≥ 12 px', () => {
    const view = compareView(data, COMPARE_DEFAULTS);
    const gdp = view.panels.find((p) => p.indicator === 'gdp')!;
    const svg = drawPlot(
      { width: 960, height: panelHeight(false), document: buildDocument() },
      comparePanel({
        indicator: 'gdp',
        align: view.align,
        points: gdp.points,
        today: view.today,
        axisTitle: true,
        narrow: false,
      }),
    );
    // Maddison's benchmark years before 1950 are decades apart: dots, never a line across the gap.
    expect(gdp.points.filter((p) => p.alone).length).toBeGreaterThan(10);
    expect(svg.querySelectorAll('circle').length).toBe(gdp.points.filter((p) => p.alone).length);
    expect(PLOT_FONT_PX).toBeGreaterThanOrEqual(12);
    expect(svg.getAttribute('style') ?? '').not.toMatch(/font-size:\s*(\d|1[01])px/);
    // A run of estimates is its own dashed path; the rows after it are a solid one.
    const points = alignPoints(
      [
        {
          id: 'e',
          indicator: 'gdp',
          era: 'dollar',
          label: 'e',
          secondary: false,
          curve: 'linear',
          maxGap: 1.5,
          sources: ['x'],
          points: ['1946', '1947', '1948', '1949', '1950'].map((date, i) => ({ date, value: i + 5, estimate: i < 3 })),
        },
      ],
      data.eras,
      COMPARE_DEFAULTS,
    );
    const drawn = drawPlot(
      { width: 960, height: panelHeight(false), document: buildDocument() },
      comparePanel({ indicator: 'gdp', align: 'since', points, today: view.today, axisTitle: false, narrow: false }),
    );
    expect(drawn.querySelectorAll('[stroke-dasharray="5 4"] path, path[stroke-dasharray="5 4"]').length).toBe(1);
  });

  it('every panel holds every value it draws, at both widths, under every alignment and dating: nothing runs past its top or bottom', () => {
    const counts = Object.fromEntries(data.eras.map((e) => [e.id, e.datings.length]));
    const datings: DatingChoice[] = [];
    for (let g = 0; g < counts['guilder']!; g++)
      for (let s = 0; s < counts['sterling']!; s++)
        for (let d = 0; d < counts['dollar']!; d++) datings.push({ guilder: g, sterling: s, dollar: d });
    const doc = buildDocument();
    const outside: string[] = [];
    const notRound: string[] = [];
    const drawn = new Set<string>();
    let checked = 0;
    for (const align of ALIGNMENTS)
      for (const dating of datings) {
        const view = compareView(data, { align, datings: dating, show: [...INDICATORS] });
        for (const panel of view.panels) {
          // Datings that place the same values in a panel draw the same y axis: each is drawn once.
          const key = `${align}|${panel.indicator}|${panel.points.map((p) => `${p.line}${p.date}`).join()}`;
          if (drawn.has(key)) continue;
          drawn.add(key);
          // The phone's plot is the shortest (with the axis title under it), the wide one's the tallest.
          for (const [narrow, axisTitle] of [
            [true, true],
            [false, false],
          ] as const) {
            const options = comparePanel({
              indicator: panel.indicator,
              align,
              points: panel.points,
              today: view.today,
              axisTitle,
              narrow,
            });
            const svg = drawPlot({ width: narrow ? 360 : 960, height: panelHeight(narrow), document: doc }, options);
            const y = (svg as unknown as { scale(name: 'y'): { domain: number[]; apply(v: number): number } }).scale(
              'y',
            );
            const [d0, d1] = y.domain as [number, number];
            // The domain's ends are round numbers (two significant digits at most).
            for (const end of [d0, d1])
              if (Number(end.toPrecision(2)) !== end) notRound.push(`${align} ${panel.indicator}: ${end}`);
            // The frame the lines are clipped to, less half a line's width: what is inside it is drawn whole.
            const top = options.marginTop! + 1;
            const bottom = panelHeight(narrow) - options.marginBottom! - 1;
            for (const p of panel.points) {
              const py = y.apply(p.y);
              checked++;
              if (p.y < Math.min(d0, d1) || p.y > Math.max(d0, d1) || py < top || py > bottom)
                outside.push(`${align} ${panel.indicator} ${p.label} ${p.date}: ${p.y}`);
            }
          }
        }
      }
    expect(checked).toBeGreaterThan(10_000);
    expect([...new Set(outside)]).toEqual([]);
    expect([...new Set(notRound)]).toEqual([]);
    expect(Y_INSET).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('the explorer draws from the data the build does: the Bank of England rate, one unbroken run of changes, is a stepped line in every alignment, not dots', () => {
    // The island fetches the data as JSON (src/pages/compare/data.json.ts) and reads it back.
    const fetched = fromPayload(JSON.parse(JSON.stringify(toPayload(data, '/claims/'))) as ComparePayload);
    expect(fetched.series).toEqual(data.series);
    const doc = buildDocument();
    for (const align of ALIGNMENTS)
      for (const narrow of [false, true]) {
        const view = compareView(fetched, { ...COMPARE_DEFAULTS, align, show: ['rate'] });
        const panel = view.panels[0]!;
        const boe = panel.points.filter((p) => p.series === 'rate-sterling-bank-rate');
        expect(boe.length, align).toBeGreaterThan(500);
        expect(
          boe.filter((p) => p.alone),
          align,
        ).toEqual([]);
        const svg = drawPlot(
          { width: narrow ? 360 : 960, height: panelHeight(narrow), document: doc },
          comparePanel({ indicator: 'rate', align, points: panel.points, today: view.today, axisTitle: true, narrow }),
        );
        const sterling = (sel: string) =>
          [...svg.querySelectorAll(sel)].filter(
            (n) =>
              (n.getAttribute('stroke') ?? n.getAttribute('fill') ?? n.parentElement?.getAttribute('stroke')) ===
              PLOT_COLOUR.sterling,
          );
        expect(sterling('circle'), `${align} ${narrow ? 'narrow' : 'wide'}`).toHaveLength(0);
        expect(sterling('path').length, `${align} ${narrow ? 'narrow' : 'wide'}`).toBe(1);
      }
  });
});
