/** A table row as the published data give it: column name → validated value. */
export type DataRow = Record<string, unknown>;

/** One computed result of a data activity: a number with the digits and unit it is printed with. */
export interface AnswerResult {
  /** What was computed, in words. */
  label: string;
  value: number;
  /** Decimals to print. */
  digits: number;
  /** Unit written after the number (`%`, `percentage points`, `BTC`). */
  unit: string;
}

/** A worked answer: the rows a student picks out (only the columns the activity names), then the results. */
export interface WorkedAnswer {
  columns: string[];
  rows: (string | number)[][];
  results: AnswerResult[];
}

/** Reads one dataset's published rows by id. */
export type RowsOf = (dataset: string) => DataRow[];

const num = (row: DataRow, column: string): number => {
  const v = row[column];
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new Error(`expected a number in ${column}, found ${String(v)}`);
  return v;
};
const str = (row: DataRow, column: string): string => String(row[column]);
const pick = (rows: DataRow[], columns: string[]) =>
  rows.map((r) => columns.map((c) => (r[c] as string | number) ?? ''));
const pctChange = (from: number, to: number) => ((to - from) / from) * 100;
const result = (label: string, value: number, digits: number, unit: string): AnswerResult => ({
  label,
  value,
  digits,
  unit,
});

/** The one row of `rows` whose `date` is `date`; a missing row stops the build. */
function at(rows: DataRow[], date: string): DataRow {
  const row = rows.find((r) => str(r, 'date') === date);
  if (!row) throw new Error(`expected a row dated ${date}`);
  return row;
}

/** The row with the largest value in `column`. */
function peak(rows: DataRow[], column: string): DataRow {
  return rows.reduce((best, r) => (num(r, column) > num(best, column) ? r : best));
}

/** The latest COFER release: allocated reserves, vintage 2026-07. */
const cofer = (rowsOf: RowsOf, currency: string) =>
  rowsOf('reserve-currency-shares')
    .filter((r) => r['currency'] === currency && r['basis'] === 'allocated' && r['vintage'] === '2026-07')
    .sort((a, b) => str(a, 'date').localeCompare(str(b, 'date')));

/** The worked answer of each activity, by the activity's `answer` key in `content/guides/*.yml`. */
export const ANSWERS: Record<string, (rowsOf: RowsOf) => WorkedAnswer> = {
  'usd-share-first-last': (rowsOf) => {
    const usd = cofer(rowsOf, 'USD');
    const first = usd[0]!;
    const last = usd[usd.length - 1]!;
    const columns = ['date', 'currency', 'share'];
    return {
      columns,
      rows: pick([first, last], columns),
      results: [
        result(`Dollar share, ${str(first, 'date')}`, num(first, 'share'), 2, '%'),
        result(`Dollar share, ${str(last, 'date')}`, num(last, 'share'), 2, '%'),
        result('Change', num(last, 'share') - num(first, 'share'), 2, 'percentage points'),
      ],
    };
  },
  'guilder-per-pound': (rowsOf) => {
    const rows = rowsOf('guilder').filter((r) => r['measure'] === 'nlg-per-gbp');
    const years = ['1650', '1700', '1750', '1800'].map((y) => at(rows, y));
    const columns = ['date', 'measure', 'value'];
    return {
      columns,
      rows: pick(years, columns),
      results: years
        .slice(1)
        .map((r, i) =>
          result(
            `Change ${str(years[i]!, 'date')}–${str(r, 'date')}`,
            pctChange(num(years[i]!, 'value'), num(r, 'value')),
            1,
            '%',
          ),
        ),
    };
  },
  'sterling-devaluations': (rowsOf) => {
    const rows = rowsOf('usd-gbp');
    const years = ['1913', '1948', '1950', '1966', '1968'].map((y) => at(rows, y));
    const [y1913, y1948, y1950, y1966, y1968] = years.map((r) => num(r, 'usd_per_gbp')) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const columns = ['date', 'usd_per_gbp'];
    return {
      columns,
      rows: pick(years, columns),
      results: [
        result('Change 1948–1950 (the 1949 devaluation)', pctChange(y1948, y1950), 1, '%'),
        result('Change 1966–1968 (the 1967 devaluation)', pctChange(y1966, y1968), 1, '%'),
        result('Change 1913–1968', pctChange(y1913, y1968), 1, '%'),
      ],
    };
  },
  'dollar-prices-since-1971': (rowsOf) => {
    const rows = rowsOf('us-inflation').sort((a, b) => str(a, 'date').localeCompare(str(b, 'date')));
    const start = at(rows, '1971');
    const last = rows[rows.length - 1]!;
    const after = rows.filter((r) => str(r, 'date') >= '1971' && typeof r['inflation_pct'] === 'number');
    const high = peak(after, 'inflation_pct');
    const columns = ['date', 'cpi_index', 'inflation_pct'];
    const ratio = num(last, 'cpi_index') / num(start, 'cpi_index');
    return {
      columns,
      rows: pick([start, high, last], columns),
      results: [
        result(`Price level ${str(last, 'date')} ÷ price level 1971`, ratio, 2, 'times'),
        result(`What 1971's $100 buys in ${str(last, 'date')}, in 1971 dollars`, 100 / ratio, 2, 'dollars'),
        result(`Highest yearly inflation since 1971 (${str(high, 'date')})`, num(high, 'inflation_pct'), 1, '%'),
      ],
    };
  },
  'gold-cover-ratio': (rowsOf) => {
    const rows = rowsOf('us-gold-vs-liabilities');
    const gold = rows.filter((r) => r['series'] === 'gold-stock-total');
    // In a break year the source prints two totals; line 1 is the one comparable with the year before.
    const liab = rows.filter((r) => r['series'] === 'liabilities-total' && (r['line'] === null || r['line'] === 1));
    const years = gold
      .map((g) => ({ g, l: liab.find((l) => l['date'] === g['date']) }))
      .filter((p): p is { g: DataRow; l: DataRow } => p.l !== undefined)
      .sort((a, b) => str(a.g, 'date').localeCompare(str(b.g, 'date')));
    const ratio = (p: { g: DataRow; l: DataRow }) => num(p.l, 'value_usd_mn') / num(p.g, 'value_usd_mn');
    const first = years.find((p) => ratio(p) > 1);
    if (!first) throw new Error('expected a year in which liabilities exceed gold');
    const y1971 = years.find((p) => p.g['date'] === '1971')!;
    return {
      columns: ['date', 'gold-stock-total', 'liabilities-total', 'liabilities ÷ gold'],
      rows: years.map((p) => [
        str(p.g, 'date'),
        num(p.g, 'value_usd_mn'),
        num(p.l, 'value_usd_mn'),
        ratio(p).toFixed(3),
      ]),
      results: [
        result('First year liabilities exceed gold', Number(str(first.g, 'date')), 0, ''),
        result(`Liabilities ÷ gold, ${str(first.g, 'date')}`, ratio(first), 2, ''),
        result('Liabilities ÷ gold, 1971', ratio(y1971), 2, ''),
      ],
    };
  },
  'gdp-share-peaks': (rowsOf) => {
    const rows = rowsOf('world-gdp-shares').filter((r) => r['vintage'] === 'mpd-2010');
    const peaks = ['NLD', 'GBR', 'USA'].map((c) =>
      peak(
        rows.filter((r) => r['country'] === c),
        'share_pct',
      ),
    );
    const columns = ['date', 'country', 'share_pct'];
    return {
      columns,
      rows: pick(peaks, columns),
      results: peaks.map((r) =>
        result(`Peak share of ${str(r, 'country')} (${str(r, 'date')})`, num(r, 'share_pct'), 2, '%'),
      ),
    };
  },
  'reserves-before-after-2022': (rowsOf) => {
    const pair = (currency: string) => {
      const rows = cofer(rowsOf, currency);
      return { before: at(rows, '2021-12'), last: rows[rows.length - 1]! };
    };
    const usd = pair('USD');
    const cny = pair('CNY');
    const columns = ['date', 'currency', 'share'];
    const change = (p: { before: DataRow; last: DataRow }) => num(p.last, 'share') - num(p.before, 'share');
    return {
      columns,
      rows: pick([usd.before, usd.last, cny.before, cny.last], columns),
      results: [
        result(
          `Change in the dollar's share, 2021-12 to ${str(usd.last, 'date')}`,
          change(usd),
          2,
          'percentage points',
        ),
        result(
          `Change in the renminbi's share, 2021-12 to ${str(cny.last, 'date')}`,
          change(cny),
          2,
          'percentage points',
        ),
      ],
    };
  },
  'bitcoin-issued-by-epoch': (rowsOf) => {
    const rows = rowsOf('bitcoin-supply').sort((a, b) => num(a, 'epoch') - num(b, 'epoch'));
    const final = num(rows[rows.length - 1]!, 'supply_end_sat');
    const first = rows.slice(0, 5);
    const columns = ['epoch', 'subsidy_sat', 'supply_end_sat'];
    return {
      columns,
      rows: pick(first, columns),
      results: first.map((r) =>
        result(
          `Share of all bitcoin issued by the end of epoch ${num(r, 'epoch')}`,
          (num(r, 'supply_end_sat') / final) * 100,
          2,
          '%',
        ),
      ),
    };
  },
  'uk-debt-after-1815': (rowsOf) => {
    const rows = rowsOf('uk-public-debt').filter((r) => r['series'] === 'clio-infra');
    const high = peak(
      rows.filter((r) => str(r, 'date') >= '1800' && str(r, 'date') <= '1850'),
      'debt_pct_gdp',
    );
    const y1913 = at(rows, '1913');
    const columns = ['date', 'series', 'debt_pct_gdp'];
    return {
      columns,
      rows: pick([high, y1913], columns),
      results: [
        result(`Highest debt 1800–1850 (${str(high, 'date')})`, num(high, 'debt_pct_gdp'), 1, '% of GDP'),
        result('Debt in 1913', num(y1913, 'debt_pct_gdp'), 1, '% of GDP'),
        result(
          `Fall from ${str(high, 'date')} to 1913`,
          num(high, 'debt_pct_gdp') - num(y1913, 'debt_pct_gdp'),
          1,
          'percentage points',
        ),
      ],
    };
  },
};

/** Prints a result as its number with the digits and unit it asks for (`2.39 %`, `1960`). */
export function formatResult(r: AnswerResult): string {
  const n = r.value.toLocaleString('en-GB', {
    minimumFractionDigits: r.digits,
    maximumFractionDigits: r.digits,
    useGrouping: r.unit !== '',
  });
  return r.unit === '' ? n : `${n} ${r.unit}`;
}
