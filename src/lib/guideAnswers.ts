import {
  at,
  num,
  pctChange,
  peak,
  pick,
  result,
  str,
  type DataRow,
  type RowsOf,
  type WorkedAnswer,
} from './guideResults';

export { formatResult, type AnswerResult, type WorkedAnswer } from './guideResults';

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
        result(
          `Dollar share, ${str(first, 'date')}`,
          num(first, 'share'),
          2,
          '%',
          'Dollar share in the first row, and its date',
        ),
        result(
          `Dollar share, ${str(last, 'date')}`,
          num(last, 'share'),
          2,
          '%',
          'Dollar share in the last row, and its date',
        ),
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
        result(
          `Price level ${str(last, 'date')} ÷ price level 1971`,
          ratio,
          2,
          'times',
          'Price level in the last year of the file ÷ price level 1971',
        ),
        result(
          `What 1971's $100 buys in ${str(last, 'date')}, in 1971 dollars`,
          100 / ratio,
          2,
          'dollars',
          "What 1971's $100 buys in the last year of the file, in 1971 dollars",
        ),
        result(
          `Highest yearly inflation since 1971 (${str(high, 'date')})`,
          num(high, 'inflation_pct'),
          1,
          '%',
          'Highest yearly inflation since 1971, and its year',
        ),
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
        result(
          `Liabilities ÷ gold, ${str(first.g, 'date')}`,
          ratio(first),
          2,
          '',
          'Liabilities ÷ gold in that first year',
        ),
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
        result(
          `Peak share of ${str(r, 'country')} (${str(r, 'date')})`,
          num(r, 'share_pct'),
          2,
          '%',
          `Peak share of ${str(r, 'country')}, and its year`,
        ),
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
          "Change in the dollar's share, 2021-12 to the last date in the file",
        ),
        result(
          `Change in the renminbi's share, 2021-12 to ${str(cny.last, 'date')}`,
          change(cny),
          2,
          'percentage points',
          "Change in the renminbi's share, 2021-12 to the last date in the file",
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
        result(
          `Highest debt 1800–1850 (${str(high, 'date')})`,
          num(high, 'debt_pct_gdp'),
          1,
          '% of GDP',
          'Highest debt 1800–1850, and its year',
        ),
        result('Debt in 1913', num(y1913, 'debt_pct_gdp'), 1, '% of GDP'),
        result(
          `Fall from ${str(high, 'date')} to 1913`,
          num(high, 'debt_pct_gdp') - num(y1913, 'debt_pct_gdp'),
          1,
          'percentage points',
          'Fall from that highest year to 1913',
        ),
      ],
    };
  },
};
