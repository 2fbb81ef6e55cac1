import type { Series } from '../../charts/types';
import { ukPublicDebt, type UkPublicDebtRow } from '../../schemas/datasets/ukPublicDebt';
import { usFederalDebt, type UsFederalDebtRow } from '../../schemas/datasets/usFederalDebt';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';
import { claimMarkers, defaultRise, inWindow } from './eraAlignment';

/**
 * Public debt of the issuers of sterling and the dollar, in percent of GDP, on
 * an axis of years since each era's default start. One definition per line,
 * never spliced: the UK from the IMF Historical Public Debt Database alone
 * (general government, 1800–2015; the Clio Infra series before 1800 is a
 * different, central-government definition and falls outside the window), the
 * US as OMB gross federal debt at fiscal year ends and, dotted, Treasury total
 * public debt at quarter ends. There is no Dutch series in the data.
 */
export function alignedDebtSeries(uk: readonly UkPublicDebtRow[], us: readonly UsFederalDebtRow[]): Series[] {
  const sterling0 = defaultRise('sterling');
  const dollar0 = defaultRise('dollar');
  const usRows = (measure: UsFederalDebtRow['measure'], basis: UsFederalDebtRow['basis']) =>
    us.filter((r) => r.measure === measure && r.basis === basis && r.unit === 'pct-gdp');
  return [
    ...series(
      'uk-imf-hpdd',
      `UK from ${sterling0}`,
      COLOUR.sterling,
      toPoints(
        uk.filter((r) => r.series === 'imf-hpdd'),
        { value: (r) => r.debt_pct_gdp, shiftX: (x) => x - sterling0 },
      ).filter((p) => inWindow(p.x)),
      { shortLabel: 'UK' },
    ),
    ...series(
      'us-gross-federal-debt',
      `US from ${dollar0}, OMB`,
      COLOUR.dollar,
      toPoints(usRows('gross-federal-debt', 'fiscal-year-end'), {
        value: (r) => r.value,
        shiftX: (x) => x - dollar0,
      }).filter((p) => inWindow(p.x)),
      { shortLabel: 'US OMB' },
    ),
    ...series(
      'us-total-public-debt',
      `US from ${dollar0}, FRED`,
      COLOUR.dollar,
      toPoints(usRows('total-public-debt', 'quarter-end'), {
        value: (r) => r.value,
        quarterly: true,
        shiftX: (x) => x - dollar0,
      }).filter((p) => inWindow(p.x)),
      { shortLabel: 'US FRED', dashed: true },
    ),
  ];
}

/** British and US public debt aligned on the start of sterling's and the dollar's eras. */
export const alignedDebt = defineFigure({
  id: 'aligned-debt',
  title: "The issuer's public debt, percent of GDP, by years since its currency's era began",
  description:
    "Line chart on an axis of years since each era's default start (sterling 1850, dollar 1913, from data/eras.yml). UK general government debt (IMF) stands near 260 % around year −30, just after the Napoleonic Wars, falls to about 30 % by year 50, and peaks again near 270 % at year 96 (1946). US gross federal debt (OMB) peaks near 119 % at year 33 (1946), falls to about a third of GDP by year 60 and passes 120 % again after year 107 (2020); Treasury total public debt, dotted, runs to year 113. There are no Dutch debt data. Vertical rules mark where the article's claims about war debt fall on this axis.",
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'years-since-start',
  data: { ukPublicDebt, usFederalDebt },
  series: (rows) => alignedDebtSeries(rows.ukPublicDebt, rows.usFederalDebt),
  markers: () =>
    claimMarkers([
      { claim: 'rise-after-victory', era: 'sterling', event: 'battle-of-waterloo', label: 'UK Waterloo' },
      { claim: 'nixon-1971', era: 'dollar', event: 'nixon-closes-gold-window', label: 'Gold window' },
      { claim: 'war-debt-devaluation', era: 'sterling', event: 'devaluation-1949', label: '£ devalued' },
      { claim: 'debt-391b-34t', era: 'dollar', event: 'federal-debt-passes-34-trillion', label: 'US debt claim' },
    ]),
});
