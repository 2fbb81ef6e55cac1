import { ANSWERS } from './guideAnswers';

/** A teacher guide's data activity, as `content/guides/*.yml` writes it. */
export interface GuideActivity {
  dataset: string;
  columns: string[];
  answer: string;
}

/** What a guide refers to: checked against the data so no link or column name in a guide can break. */
export interface GuideRefs {
  id: string;
  chapter: string;
  terms: string[];
  related?: string[];
  activity: GuideActivity;
  contested: { claim: string }[];
}

/** What the checks know: the published catalog, the glossary, the claim ledger and the chapters. */
export interface GuideWorld {
  catalog: { id: string; columns: { name: string }[] }[];
  glossary: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  chapters: ReadonlySet<string>;
}

/** Every broken reference in a guide, as `content/guides/<id>.yml: <field>: expected …, found …`. */
export function guideProblems(guide: GuideRefs, world: GuideWorld): string[] {
  const at = (field: string, expected: string, found: string) =>
    `content/guides/${guide.id}.yml: ${field}: expected ${expected}, found "${found}"`;
  const problems: string[] = [];
  if (!world.chapters.has(guide.chapter)) problems.push(at('chapter', 'a chapter id', guide.chapter));
  for (const t of guide.terms) if (!world.glossary.has(t)) problems.push(at('terms', 'a glossary id', t));
  for (const t of guide.related ?? []) if (!world.glossary.has(t)) problems.push(at('related', 'a glossary id', t));
  for (const c of guide.contested)
    if (!world.claims.has(c.claim)) problems.push(at('contested.claim', 'a claim id', c.claim));
  const { dataset, columns, answer } = guide.activity;
  const entry = world.catalog.find((d) => d.id === dataset);
  if (!entry) problems.push(at('activity.dataset', 'a dataset in /data/catalog.json', dataset));
  else {
    const names = new Set(entry.columns.map((c) => c.name));
    for (const c of columns) if (!names.has(c)) problems.push(at('activity.columns', `a column of ${dataset}`, c));
  }
  if (!(answer in ANSWERS)) problems.push(at('activity.answer', 'a worked answer in src/lib/guideAnswers.ts', answer));
  return problems;
}
