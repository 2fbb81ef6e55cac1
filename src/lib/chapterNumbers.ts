/**
 * Every number a chapter's text reads from the data (`<Value … />` in its MDX),
 * in reading order, with the sentence it stands in and the section it is under:
 * what a chapter's "numbers" page lists, each with its dataset row and sources,
 * for a reader who cannot hover or tap a number (a keyboard, a screen reader,
 * paper).
 */
import type { ValueQuery } from './lookup';
import { mdxBody, replaceTags } from './mdxText';

/** A `<Value … />` tag: the row and field it reads, and how it prints the number. */
export type ValueTag = ValueQuery & { format: string | undefined };

/** A sentence of the text that holds numbers: its words, and its numbers as indices into `values`. */
export interface NumberSentence {
  /** The `##` heading above it, if any. */
  section: string | undefined;
  parts: (string | number)[];
}

/** One `<Value … />` tag's props; undefined for any other tag. */
export function valueProps(tag: string): ValueTag | undefined {
  if (!/^<Value\s/.test(tag)) return undefined;
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const dataset = attr('dataset');
  const field = attr('field');
  const where = /\bwhere=\{\{(.*?)\}\}/s.exec(tag)?.[1];
  if (!dataset || !field || where === undefined) throw new Error(`Value: cannot read the tag ${tag}`);
  const pairs = [...where.matchAll(/(\w+):\s*(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))/g)];
  const query = Object.fromEntries(pairs.map((m) => [m[1]!, m[4] !== undefined ? Number(m[4]) : (m[2] ?? m[3])!]));
  return { dataset, field, where: query, format: attr('format') };
}

/**
 * Markdown's marks around words (a list item's, links, emphasis, code) reduced to the words, and straight quotes
 * curled as the chapter page shows them (the build's smart quotes): an apostrophe or closing quote after a letter,
 * an opening one at a word's start.
 */
const plain = (s: string) =>
  s
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/(^|[\s([])'/g, '$1‘')
    .replace(/'/g, '’')
    .replace(/(^|[\s([])"/g, '$1“')
    .replace(/"/g, '”');

/** The numbers in an MDX chapter's text (`values`, in order) and the sentences they stand in. */
export function chapterNumbers(mdx: string): { values: ValueTag[]; sentences: NumberSentence[] } {
  const values: ValueTag[] = [];
  const text = replaceTags(mdxBody(mdx), (tag) => {
    const value = valueProps(tag);
    // An HTML tag in the text (a link, emphasis) leaves its words in the sentence; a component (a figure, a
    // claim's note, a step) stands between blocks and keeps the paragraphs around it apart.
    if (value) return `\uE000${values.push(value) - 1}\uE000`;
    return /^<\/?[a-z]/.test(tag) ? '' : '\n\n';
  });
  const sentences: NumberSentence[] = [];
  let section: string | undefined;
  // Paragraphs, and each item of a list on its own.
  for (const block of text.split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/)) {
    const heading = /^\s*##\s+(.+)$/m.exec(block);
    if (heading) section = plain(heading[1]!).trim();
    if (!block.includes('\uE000')) continue;
    // Sentences end at . ! or ? (a closing quote or bracket may follow) before a capital, a quote or a number.
    for (const sentence of plain(block)
      .trim()
      .split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"(\uE000])/))
      if (sentence.includes('\uE000'))
        sentences.push({ section, parts: sentence.split('\uE000').map((part, i) => (i % 2 ? Number(part) : part)) });
  }
  return { values, sentences };
}
