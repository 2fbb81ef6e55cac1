import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterProse, unusedTermClaims } from '../../src/lib/glossaryUses';

interface Term {
  id: string;
  term: string;
  aliases?: string[];
  definition: string;
  chapters?: string[];
}

const terms = parse(readFileSync('content/glossary.yml', 'utf8')) as Term[];
const files = readdirSync('content/chapters');
const slugs = files.map((f) => f.replace(/^\d+-/, '').replace(/\.mdx$/, ''));
const entries = terms.map((t) => ({ ...t, aliases: t.aliases ?? [] }));
/** A chapter's text, by slug or by file id. */
const prose = (chapter: string) => {
  const file = files.find((f) => f === `${chapter}.mdx` || f.replace(/^\d+-/, '') === `${chapter}.mdx`);
  return file && chapterProse(readFileSync(`content/chapters/${file}`, 'utf8'));
};
const guides = readdirSync('content/guides').map(
  (f) => [f, parse(readFileSync(`content/guides/${f}`, 'utf8')) as { chapter: string; terms: string[] }] as const,
);

describe('glossary', () => {
  it('defines at least 30 terms, each with a unique kebab-case id', () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('covers the terms a teacher of this history needs', () => {
    const names = new Set(terms.flatMap((t) => [t.term, ...(t.aliases ?? [])].map((n) => n.toLowerCase())));
    const required = [
      'reserve currency',
      'triffin dilemma',
      'seigniorage',
      'current account',
      'fiat money',
      'gold standard',
      'gold-exchange standard',
      'bretton woods',
      'gold window',
      'london gold pool',
      'sdr',
      'cofer',
      'allocated reserves',
      'petrodollar',
      'swift',
      'sanctions',
      'quantitative easing',
      'treasury buyback',
      'wisselbank',
      'bill of exchange',
      'sterling area',
      'sterling balances',
      'devaluation',
      'convertibility',
      'halving',
      'block subsidy',
      '13f',
      'etf',
    ];
    expect(required.filter((r) => !names.has(r))).toEqual([]);
  });

  it('names each spelling once, so a first use in a chapter belongs to one term', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of terms)
      for (const name of [t.term, ...(t.aliases ?? [])].map((n) => n.toLowerCase())) {
        if (seen.has(name) && seen.get(name) !== t.id) clashes.push(`${name}: ${seen.get(name)} and ${t.id}`);
        seen.set(name, t.id);
      }
    expect(clashes).toEqual([]);
  });

  it('links only to chapters that exist', () => {
    const unknown = terms.flatMap((t) =>
      (t.chapters ?? []).filter((c) => !slugs.includes(c)).map((c) => `${t.id}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it('names a chapter for a term only if that chapter uses the term or an alias', () => {
    const claims = terms.flatMap((t) => (t.chapters ?? []).map((chapter) => ({ id: t.id, chapter })));
    expect(claims.length).toBeGreaterThan(30);
    expect(unusedTermClaims('content/glossary.yml', claims, entries, prose)).toEqual([]);
  });

  it('gives a teacher guide key terms its chapter uses (others go under `related`)', () => {
    const problems = guides.flatMap(([file, g]) =>
      unusedTermClaims(
        `content/guides/${file}: terms`,
        g.terms.map((id) => ({ id, chapter: g.chapter })),
        entries,
        prose,
      ),
    );
    expect(guides.length).toBe(files.length);
    expect(problems).toEqual([]);
  });
});
