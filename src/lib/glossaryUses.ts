/**
 * Which glossary terms a chapter's text actually uses, by the same patterns that link a term's first use
 * (`termPatterns`). The glossary's "In the essay" lines and a teacher guide's key terms may name a chapter
 * for a term only if this finds the term there; the build stops otherwise.
 */
import { termPatterns, type GlossaryEntry } from './glossaryTerms';
import { mdxBody, replaceTags } from './mdxText';

/**
 * The prose of an MDX chapter, as the glossary marking sees it: the front matter, `import`/`export` lines and
 * every component tag with its attributes (`<Value … />`, `<Step …>`, a step's presenter notes) are removed,
 * leaving the chapter's title, its running text (the text inside steps included) and the captions its figures
 * show. Headings and links stay: a term in them is a use the reader reads. The title is read from the front
 * matter, or given when the text comes without it (a content collection's `body`).
 */
export function chapterProse(mdx: string, title = /^---\n[^]*?^title:\s*(.+)$/m.exec(mdx)?.[1] ?? ''): string {
  // A figure's or step's caption is shown with the figure: its words are read.
  const out = replaceTags(
    mdxBody(mdx),
    (tag) => [...tag.matchAll(/\bcaption\s*[:=]\s*(["'])(.*?)\1/gs)].map((m) => ` ${m[2]} `).join('') + ' ',
  );
  const prose = out
    .split('\n')
    .filter((line) => !/^(import|export)\s/.test(line))
    .join('\n');
  return `${title}\n\n${prose}`;
}

/** The ids of the entries whose term or an alias the text uses. */
export function termsUsed(text: string, entries: GlossaryEntry[]): Set<string> {
  return new Set(termPatterns(entries).flatMap(({ entry, pattern }) => (pattern.test(text) ? [entry.id] : [])));
}

/** A term named for a chapter whose text never uses it: `<file>: <id>: "<chapter>" never uses "<term>"`. */
export function unusedTermClaims(
  where: string,
  claims: { id: string; chapter: string }[],
  entries: GlossaryEntry[],
  prose: (chapter: string) => string | undefined,
): string[] {
  const used = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const { id, chapter } of claims) {
    const text = prose(chapter);
    const entry = entries.find((e) => e.id === id);
    if (text === undefined || !entry) continue; // unknown ids and chapters are reported by their own checks
    if (!used.has(chapter)) used.set(chapter, termsUsed(text, entries));
    if (!used.get(chapter)!.has(id))
      problems.push(
        `${where}: ${id}: the chapter "${chapter}" never uses "${entry.term}"${entry.aliases.length > 0 ? ` or ${entry.aliases.map((a) => `"${a}"`).join(', ')}` : ''}`,
      );
  }
  return problems;
}
