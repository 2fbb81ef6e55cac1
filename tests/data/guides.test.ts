import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { publishedDatasets } from '../../src/lib/catalog';
import { parseCsv } from '../../src/lib/csv';
import { ANSWERS, formatResult, type WorkedAnswer } from '../../src/lib/guideAnswers';
import { guideProblems, type GuideRefs } from '../../src/lib/guides';
import type { LoadedGuide } from '../../src/lib/guidesContent';
import { worksheetMarkdown } from '../../src/lib/guidesMarkdown';
import { LESSON_PLANS } from '../../src/lib/guidesLessons';
import { SOURCE_READINGS } from '../../src/lib/guidesSources';
import { loadClaims, loadSources } from '../../src/lib/data';

/** A guide's file: its references and the activity students do. */
type GuideFile = GuideRefs & { activity: GuideRefs['activity'] & { title: string; steps: string[] } };

const files = readdirSync('content/guides').filter((f) => f.endsWith('.yml'));
const guides = files.map((f) => ({
  id: f.replace(/\.yml$/, ''),
  ...(parse(readFileSync(`content/guides/${f}`, 'utf8')) as Omit<GuideFile, 'id'>),
}));
const chapters = readdirSync('content/chapters').map((f) => f.replace(/\.mdx$/, ''));
const glossary = (parse(readFileSync('content/glossary.yml', 'utf8')) as { id: string }[]).map((t) => t.id);
const world = {
  catalog: publishedDatasets().map((d) => d.entry),
  glossary: new Set(glossary),
  claims: new Set(loadClaims().map((c) => c.id)),
  chapters: new Set(chapters),
};
const published = (id: string) => publishedDatasets().find((d) => d.entry.id === id)!.rows;

/** A published CSV's rows as strings, read straight from data/, without the site's schemas. */
function csv(id: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(readFileSync(`data/${id}.csv`, 'utf8')).map((r) => r.cells);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}
const values = (a: WorkedAnswer) => a.results.map((r) => r.value);
const byDate = (a: Record<string, string>, b: Record<string, string>) => a['date']!.localeCompare(b['date']!);

describe('teacher guides', () => {
  it('there is one guide per chapter, named after its slug', () => {
    expect(guides.map((g) => g.chapter).sort()).toEqual(chapters.sort());
    for (const g of guides) expect(g.id).toBe(g.chapter.replace(/^\d+-/, ''));
  });

  it('guideProblems finds no broken file, column, glossary term or claim in any guide', () => {
    expect(guides.flatMap((g) => guideProblems(g, world))).toEqual([]);
  });

  it('guideProblems names a column the catalog does not list, a missing term and a missing claim', () => {
    const g = guides[0]!;
    const broken = {
      ...g,
      terms: [...g.terms, 'no-such-term'],
      contested: [{ claim: 'no-such-claim' }],
      activity: { ...g.activity, columns: ['date', 'sharre'] },
    };
    expect(guideProblems(broken, world)).toEqual([
      `content/guides/${g.id}.yml: terms: expected a glossary id, found "no-such-term"`,
      `content/guides/${g.id}.yml: contested.claim: expected a claim id, found "no-such-claim"`,
      `content/guides/${g.id}.yml: activity.columns: expected a column of ${g.activity.dataset}, found "sharre"`,
    ]);
  });

  it('every data column a worked answer shows is one its activity tells students to use', () => {
    for (const g of guides) {
      const answer = ANSWERS[g.activity.answer]!(published);
      const names = world.catalog.find((d) => d.id === g.activity.dataset)!.columns.map((c) => c.name);
      expect(answer.columns.filter((c) => names.includes(c)).every((c) => g.activity.columns.includes(c))).toBe(true);
    }
  });
});

/** The numbers and dates a text names (`1819`, `13.5`, `2021-12`); a short range, `0 to 4`, names 0, 1, 2, 3 and 4. */
function named(text: string): Set<string> {
  const found = new Set(text.match(/\d{4}-\d{2}|\d+(?:[.,]\d+)*/g) ?? []);
  for (const [, a, b] of text.matchAll(/(\d+) to (\d+)/g))
    if (Number(b) - Number(a) <= 10) for (let n = Number(a); n <= Number(b); n++) found.add(String(n));
  return found;
}

describe('worksheets', () => {
  it('no blank of a worksheet gives a value the answers give (a found row or a result) that the task itself does not name', () => {
    const leaks = guides.flatMap((g) => {
      const answer = ANSWERS[g.activity.answer]!(published);
      const entry = world.catalog.find((d) => d.id === g.activity.dataset)!;
      const sheet = worksheetMarkdown(
        { chapterTitle: g.id, guide: g, dataset: { entry }, answer } as unknown as LoadedGuide,
        `data/${entry.id}.csv`,
      );
      const blanks = sheet
        .split('## My results')[1]!
        .split('\n## ')[0]!
        .split('\n')
        .filter((l) => l.includes('____'));
      // What the answers give: every cell of the rows students find, and every result as printed and as a bare number.
      const given = new Set([
        ...answer.rows.flat().flatMap((c) => [...named(String(c))]),
        ...answer.results.flatMap((r) => [...named(formatResult(r)), ...named(String(r.value))]),
      ]);
      const task = named([g.activity.title, ...g.activity.steps].join('\n'));
      return blanks.flatMap((b) =>
        [...named(b.replace(/_+$/, ''))]
          .filter((n) => given.has(n) && !task.has(n))
          .map((n) => `${g.id}: "${b}" gives ${n}`),
      );
    });
    expect(leaks).toEqual([]);
  });
});

describe('worked answers, recomputed from the CSV files', () => {
  const answer = (key: string) => ANSWERS[key]!(published);

  it('usd-share-first-last: first and last dollar share of the current COFER release, and the change', () => {
    const usd = csv('reserve-currency-shares')
      .filter((r) => r['currency'] === 'USD' && r['basis'] === 'allocated' && r['vintage'] === '2026-07')
      .sort(byDate);
    const first = Number(usd[0]!['share']);
    const last = Number(usd.at(-1)!['share']);
    expect(values(answer('usd-share-first-last'))).toEqual([first, last, last - first]);
  });

  it('guilder-per-pound: change in per cent over each half century', () => {
    const v = (y: string) =>
      Number(csv('guilder').find((r) => r['date'] === y && r['measure'] === 'nlg-per-gbp')!['value']);
    const pct = (a: string, b: string) => ((v(b) - v(a)) / v(a)) * 100;
    expect(values(answer('guilder-per-pound'))).toEqual([
      pct('1650', '1700'),
      pct('1700', '1750'),
      pct('1750', '1800'),
    ]);
  });

  it('sterling-devaluations: the two devaluations and the fall since 1913', () => {
    const v = (y: string) => Number(csv('usd-gbp').find((r) => r['date'] === y)!['usd_per_gbp']);
    const pct = (a: string, b: string) => ((v(b) - v(a)) / v(a)) * 100;
    expect(values(answer('sterling-devaluations'))).toEqual([
      pct('1948', '1950'),
      pct('1966', '1968'),
      pct('1913', '1968'),
    ]);
    expect(answer('sterling-devaluations').results.every((r) => r.value < 0)).toBe(true);
  });

  it('dollar-prices-since-1971: price ratio, what $100 of 1971 buys, and the worst year', () => {
    const rows = csv('us-inflation').sort(byDate);
    const ratio = Number(rows.at(-1)!['cpi_index']) / Number(rows.find((r) => r['date'] === '1971')!['cpi_index']);
    const worst = Math.max(...rows.filter((r) => r['date']! >= '1971').map((r) => Number(r['inflation_pct'])));
    expect(values(answer('dollar-prices-since-1971'))).toEqual([ratio, 100 / ratio, worst]);
  });

  it('gold-cover-ratio: the first year foreign claims pass the gold stock, and the ratio in 1971', () => {
    const rows = csv('us-gold-vs-liabilities');
    const gold = (y: string) =>
      Number(rows.find((r) => r['date'] === y && r['series'] === 'gold-stock-total')!['value_usd_mn']);
    const liab = (y: string) =>
      Number(
        rows.find((r) => r['date'] === y && r['series'] === 'liabilities-total' && r['line'] !== '2')!['value_usd_mn'],
      );
    const years = [...new Set(rows.filter((r) => r['series'] === 'gold-stock-total').map((r) => r['date']!))].sort();
    const first = years.find((y) => liab(y) / gold(y) > 1)!;
    expect(values(answer('gold-cover-ratio'))).toEqual([
      Number(first),
      liab(first) / gold(first),
      liab('1971') / gold('1971'),
    ]);
  });

  it('gdp-share-peaks: the highest share of each leading economy in one Maddison release', () => {
    const rows = csv('world-gdp-shares').filter((r) => r['vintage'] === 'mpd-2010');
    const top = (c: string) => Math.max(...rows.filter((r) => r['country'] === c).map((r) => Number(r['share_pct'])));
    expect(values(answer('gdp-share-peaks'))).toEqual([top('NLD'), top('GBR'), top('USA')]);
  });

  it('reserves-before-after-2022: change in the dollar and renminbi shares since 2021-12', () => {
    const rows = csv('reserve-currency-shares').filter((r) => r['basis'] === 'allocated' && r['vintage'] === '2026-07');
    const change = (c: string) => {
      const own = rows.filter((r) => r['currency'] === c).sort(byDate);
      return Number(own.at(-1)!['share']) - Number(own.find((r) => r['date'] === '2021-12')!['share']);
    };
    expect(values(answer('reserves-before-after-2022'))).toEqual([change('USD'), change('CNY')]);
  });

  it('bitcoin-issued-by-epoch: share of the final supply issued by the end of epochs 0 to 4', () => {
    const rows = csv('bitcoin-supply');
    const final = Math.max(...rows.map((r) => Number(r['supply_end_sat'])));
    expect(values(answer('bitcoin-issued-by-epoch'))).toEqual(
      rows.slice(0, 5).map((r) => (Number(r['supply_end_sat']) / final) * 100),
    );
  });

  it('uk-debt-after-1815: the peak of 1800-1850, 1913, and the fall between', () => {
    const rows = csv('uk-public-debt').filter((r) => r['series'] === 'clio-infra');
    const peak = Math.max(
      ...rows.filter((r) => r['date']! >= '1800' && r['date']! <= '1850').map((r) => Number(r['debt_pct_gdp'])),
    );
    const y1913 = Number(rows.find((r) => r['date'] === '1913')!['debt_pct_gdp']);
    expect(values(answer('uk-debt-after-1815'))).toEqual([peak, y1913, peak - y1913]);
  });
});

describe('lesson plans and source readings', () => {
  it('LESSON_PLANS: the stages of each plan add up to 45 and 90 minutes', () => {
    expect(LESSON_PLANS.map((p) => p.stages.reduce((sum, s) => sum + s.minutes, 0))).toEqual([45, 90]);
  });

  it('SOURCE_READINGS cite bibliography entries and fit existing chapters, with 3 to 5 questions each', () => {
    const sources = loadSources();
    for (const r of SOURCE_READINGS) {
      expect(sources.has(r.source)).toBe(true);
      expect(r.chapters.every((c) => chapters.includes(c))).toBe(true);
      expect(r.questions.length).toBeGreaterThanOrEqual(3);
      expect(r.questions.length).toBeLessThanOrEqual(5);
    }
  });
});
