import { INDICATOR_TEXT } from '../lib/compareSeries';
import type { CompareView } from './compareView';

/**
 * The data table of a view: exactly the points the panels draw (one row per
 * line and date), with the position each has on the axis. Built with the
 * document it is given, at build time and in the browser.
 */
export function renderCompareTable(doc: Document, view: CompareView, id: string): HTMLTableElement {
  const table = doc.createElement('table');
  table.id = id;
  const caption = doc.createElement('caption');
  caption.id = `${id}-caption`;
  caption.textContent = 'Every value the chart draws. † estimate. Positions on the axis as the chart reads them.';
  table.append(caption);
  const head = doc.createElement('thead');
  const hr = doc.createElement('tr');
  for (const [text, num] of [
    ['Indicator', false],
    ['Series', false],
    ['Date', false],
    ['On the axis', true],
    ['Value', true],
  ] as const) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    if (num) th.className = 'num';
    hr.append(th);
  }
  head.append(hr);
  table.append(head);
  const body = doc.createElement('tbody');
  const digits = view.align === 'lifecycle' ? 3 : 1;
  for (const panel of view.panels) {
    const seen = new Set<string>();
    for (const p of panel.points) {
      const key = `${p.line}|${p.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const tr = doc.createElement('tr');
      const cells = [
        INDICATOR_TEXT[panel.indicator].title,
        p.label,
        p.date,
        p.x.toFixed(digits),
        `${p.y}${p.estimate ? ' †' : ''}`,
      ];
      cells.forEach((text, i) => {
        const td = doc.createElement(i === 1 ? 'th' : 'td');
        if (i === 1) (td as HTMLTableCellElement).scope = 'row';
        if (i >= 3) td.className = 'num';
        td.textContent = text;
        tr.append(td);
      });
      body.append(tr);
    }
  }
  table.append(body);
  table.dataset['rows'] = String(body.childElementCount);
  table.setAttribute('aria-describedby', `${id}-caption`);
  return table;
}

/** What the table's disclosure says it holds. */
export function tableSummary(rows: number): string {
  return `Data table: the ${rows} values the chart draws`;
}
