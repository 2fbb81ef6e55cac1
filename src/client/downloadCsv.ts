import { runTriffin } from '../lib/triffin';
import type { PresetId, TriffinSliders } from '../lib/triffinPresets';
import { parseTimelineState } from '../state/timeline';
import { fileName, LICENCE_LINE, saveBlob, SITE_NAME, sourcesOf, titleOf } from './shareMeta';
import { shareUrl, subjectOf } from './shareSubject';
import { loadTables } from './tableLoad';

/** Rows as shown: a header and one array of cells per row. */
export interface Table {
  columns: string[];
  rows: string[][];
}

/** A cell, quoted when it must be; text a spreadsheet would run as a formula is defused with a leading `'`. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A line chart's plotted values, read from its data table (the one copy of the numbers the page carries):
 * only the lines the reader has left on. The sources are the figure's source list, in the file's header.
 */
function chartTable(subject: HTMLElement): Table | null {
  const view = subject.querySelector('script[data-chart-view]')?.textContent;
  const table = subject.querySelector('table');
  if (!view || !table) return null;
  const { series } = JSON.parse(view) as { series: { id: string; label: string }[] };
  const off = new Set(
    [...subject.querySelectorAll<HTMLInputElement>('[data-series-toggle]')]
      .filter((i) => !i.checked)
      .map((i) => i.value),
  );
  const rows: string[][] = [];
  series.forEach((s, i) => {
    if (off.has(s.id)) return;
    for (const row of table.tBodies[0]?.rows ?? []) {
      const cell = row.cells[i + 1];
      const v = cell?.dataset['v'];
      if (!cell || v === undefined || v === '') continue;
      const text = cell.textContent ?? '';
      rows.push([
        s.label,
        row.cells[0]?.textContent?.trim() ?? '',
        v,
        text.includes('†') ? 'yes' : '',
        text.includes('‡') ? 'yes' : '',
      ]);
    }
  });
  return { columns: ['series', 'date', 'value', 'estimate', 'transcribed'], rows };
}

/**
 * A figure's data table as it reads. A step's figure uses its scrolly's table,
 * cut to the years its drawing shows (the drawing's `data-x`), so the file holds
 * what the step plots and not the whole story's series.
 */
function htmlTable(subject: HTMLElement): Table | null {
  const own = subject.querySelector('table');
  const table = own ?? subject.closest('.scrolly')?.querySelector('table');
  if (!table) return null;
  const [x0, x1] = (subject.querySelector<SVGSVGElement>('.chart-drawing svg[data-x]')?.dataset['x'] ?? '')
    .split(' ')
    .map(Number);
  const inView = (tr: HTMLTableRowElement) => {
    if (own || x0 === undefined || x1 === undefined || !Number.isFinite(x0) || !Number.isFinite(x1)) return true;
    const x = Number(tr.dataset['x']);
    return Number.isFinite(x) && x >= x0 && x <= x1;
  };
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    columns: [...table.querySelectorAll('thead th')].map(text),
    rows: [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')]
      .filter(inView)
      .map((tr) => [...tr.children].map(text)),
  };
}

/** The timeline's events in the years shown and matching the filters (the list below hides the others). */
function timelineTable(doc: Document): Table {
  const state = parseTimelineState(doc.defaultView!.location.search);
  const rows = [...doc.querySelectorAll<HTMLElement>('[data-event-item]')]
    .filter((li) => !li.hidden)
    .map((li) => ({ li, date: li.querySelector('time')?.getAttribute('datetime') ?? '' }))
    .filter(({ date }) => {
      const year = Number(date.slice(0, 4));
      return year >= state.from && year <= state.to;
    })
    .map(({ li, date }) => {
      const a = li.querySelector('a');
      return [li.dataset['eventItem'] ?? '', date, a?.textContent?.trim() ?? '', a?.href ?? ''];
    });
  return { columns: ['id', 'date', 'title', 'page'], rows };
}

/** The claims the ledger shows under its filters (one on a claim's own page), each with its page's address. */
function claimsTable(doc: Document): Table {
  const rows = [...doc.querySelectorAll<HTMLElement>('[data-claim]')]
    .filter((el) => !el.hidden)
    .map((el) => [
      el.id,
      el.dataset['verdict'] ?? '',
      (el.querySelector('h1, h3')?.textContent ?? '').trim(),
      new URL(el.dataset['page'] ?? `#${el.id}`, doc.defaultView!.location.href).href,
    ]);
  return { columns: ['id', 'verdict', 'claim', 'page'], rows };
}

interface TriffinPayload {
  years: number;
  presets: { id: PresetId; startYear: number; startLiabilities: number; unit: string; sliders: TriffinSliders }[];
}

/** The model run the Triffin explorer shows, recomputed from the same inputs (its sliders). */
function triffinTable(subject: HTMLElement): Table | null {
  const el = subject.querySelector<HTMLElement>('[data-triffin]') ?? subject.closest<HTMLElement>('[data-triffin]');
  if (!el) return null;
  const payload = JSON.parse(el.dataset['triffin'] ?? '{}') as TriffinPayload;
  const pressed = el.querySelector<HTMLElement>('[data-preset][aria-pressed="true"]')?.dataset['preset'];
  const preset = payload.presets.find((p) => p.id === pressed) ?? payload.presets[0];
  if (!preset) return null;
  const sliders = { ...preset.sliders };
  for (const input of el.querySelectorAll<HTMLInputElement>('input[data-key]')) {
    const key = input.dataset['key'] as keyof TriffinSliders;
    if (key in sliders && input.value !== '') sliders[key] = Number(input.value);
  }
  const run = runTriffin({
    ...sliders,
    startYear: preset.startYear,
    years: payload.years,
    startLiabilities: preset.startLiabilities,
  });
  const unit = preset.unit.toUpperCase();
  return {
    columns: [
      'year',
      `demand (${unit})`,
      `liabilities (${unit})`,
      `backing (${unit})`,
      'cover (backing ÷ liabilities)',
      `shortfall (${unit})`,
    ],
    rows: run.path.map((y) =>
      [y.year, y.demand, y.liabilities, y.backing, y.cover, y.shortfall].map((v) => String(+v.toPrecision(6))),
    ),
  };
}

/** The rows behind what a share control's figure or view shows. */
export function shownTable(share: HTMLElement): Table | null {
  const subject = subjectOf(share);
  const doc = share.ownerDocument;
  switch (share.dataset['shareCsv']) {
    case 'timeline':
      return timelineTable(doc);
    case 'claims':
      return claimsTable(doc);
    case 'triffin':
      return triffinTable(subject);
    default:
      return chartTable(subject) ?? htmlTable(subject);
  }
}

/** The CSV text: a header of `#` lines (title, view, sources, licence, date), then the rows. */
export function csvText(share: HTMLElement, table: Table): string {
  const head = [
    titleOf(share),
    `From ${SITE_NAME}: ${shareUrl(share)}`,
    `Downloaded ${new Date().toISOString().slice(0, 10)}`,
    ...sourcesOf(share).map((s) => `Source: ${s}`),
    LICENCE_LINE,
  ].map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
  const body = [table.columns, ...table.rows].map((r) => r.map(cell).join(','));
  return [...head, ...body].join('\r\n') + '\r\n';
}

/** Downloads the data behind what is shown, as CSV with its sources and licence. */
export async function downloadCsv(share: HTMLElement): Promise<void> {
  // A long table is on a page of its own until a reader first needs it: the figure's, or its scrolly's.
  const subject = subjectOf(share);
  // An island that draws its table itself (the comparative chart's) draws it now, for the view shown.
  subject.dispatchEvent(new Event('table:need'));
  await loadTables(subject.querySelector('details[data-table-page]') ? subject : subject.closest('.scrolly'));
  const table = shownTable(share);
  if (!table) return;
  const text = csvText(share, table);
  saveBlob(share.ownerDocument, new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName(share, 'csv'));
}
