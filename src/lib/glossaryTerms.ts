/**
 * Marks the first use of each glossary term in a chapter. The marked word
 * becomes a link to the term's glossary entry, followed by the definition in a
 * hidden note: without JavaScript the reader follows the link; with it,
 * `client/glossary.ts` turns the link into a disclosure button that shows the
 * note on hover, focus and tap. `glossaryPlugin` runs it inside Astro's
 * Markdown processor (Sätteri) as a hast plugin.
 */
import type { Element, Parents as HastParents, Properties, Text } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/** A glossary entry as the marking needs it. */
export interface GlossaryEntry {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
}

/** The hast nodes this module writes. */
export type TextNode = Text;
export type ElementNode = Element;

/** Elements whose text is never marked: links, code, headings, figures, controls. */
const SKIP = new Set([
  'a',
  'abbr',
  'button',
  'code',
  'dfn',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
/** Text is marked only in running prose. */
const PROSE = new Set(['p', 'li']);

/** One spelling's pattern, and the entry it belongs to. */
export interface TermPattern {
  entry: GlossaryEntry;
  pattern: RegExp;
}

/**
 * One pattern per spelling, longest first, so "Triffin dilemma" wins over a
 * shorter alias at the same place. A spelling with capitals after its first
 * letter (an acronym, a name) must match its case; others match any case.
 */
export function termPatterns(entries: GlossaryEntry[]): TermPattern[] {
  // A space in a spelling matches any run of white space, a line break of the source included.
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
  return entries
    .flatMap((entry) => [entry.term, ...entry.aliases].map((spelling) => ({ entry, spelling })))
    .sort((a, b) => b.spelling.length - a.spelling.length)
    .map(({ entry, spelling }) => ({
      entry,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}-])${escape(spelling)}(?![\\p{L}\\p{N}-])`,
        /\p{Lu}/u.test(spelling.slice(1)) ? 'u' : 'iu',
      ),
    }));
}

const text = (value: string): TextNode => ({ type: 'text', value });
const element = (tagName: string, properties: Properties, children: ElementNode['children']): ElementNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The mark for one use: the linked word and its hidden note. */
export function termMark(entry: GlossaryEntry, word: string, href: string): ElementNode {
  return element('span', { className: ['gloss'] }, [
    element('a', { className: ['gloss-term'], href, dataGloss: entry.id }, [text(word)]),
    element('span', { className: ['gloss-def'], id: `gloss-${entry.id}`, hidden: true, role: 'note' }, [
      element('strong', {}, [text(entry.term)]),
      text(`: ${entry.definition} `),
      element('a', { href }, [text('In the glossary')]),
    ]),
  ]);
}

/**
 * Splits one text into plain text and marks for the entries not yet in
 * `used` (which it updates), earliest use first. Returns undefined when the
 * text holds no unused term.
 */
export function markTerms(
  value: string,
  patterns: TermPattern[],
  used: Set<string>,
  href: (id: string) => string,
): (TextNode | ElementNode)[] | undefined {
  let best: { entry: GlossaryEntry; index: number; word: string } | undefined;
  for (const { entry, pattern } of patterns) {
    if (used.has(entry.id)) continue;
    const m = pattern.exec(value);
    if (m && (!best || m.index < best.index)) best = { entry, index: m.index, word: m[0] };
  }
  if (!best) return undefined;
  used.add(best.entry.id);
  const before = value.slice(0, best.index);
  const after = value.slice(best.index + best.word.length);
  return [
    ...(before ? [text(before)] : []),
    termMark(best.entry, best.word, href(best.entry.id)),
    ...(after ? (markTerms(after, patterns, used, href) ?? [text(after)]) : []),
  ];
}

/**
 * A Sätteri hast plugin: marks each entry's first use in running prose (`p`,
 * `li`, not inside links, headings, figures or inline components), once per document.
 */
export function glossaryPlugin({
  entries,
  href,
}: {
  entries: GlossaryEntry[];
  href: (id: string) => string;
}): HastPluginDefinition {
  const patterns = termPatterns(entries);
  return {
    name: 'glossary-terms',
    text(node, ctx) {
      let inProse = false;
      for (let p: Readonly<HastParents> | undefined = ctx.parent(node); p; p = ctx.parent(p)) {
        if (p.type === 'mdxJsxTextElement') return;
        if (p.type === 'element' && SKIP.has(p.tagName)) return;
        if (p.type === 'element' && PROSE.has(p.tagName)) inProse = true;
      }
      if (!inProse) return;
      const used = (ctx.data['glossaryUsed'] ??= new Set<string>()) as Set<string>;
      const parts = markTerms(node.value, patterns, used, href);
      if (parts) ctx.replaceNode(node, parts);
    },
  };
}
