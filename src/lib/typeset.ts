import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeAttribute, unescapeAttribute } from './htmlAttribute';
import { hasStrandableUnit, joinUnits } from './nobreak';
import { curlQuotes } from './quotes';

/**
 * Typographic quotes for the pages as the reader gets them. The chapters' prose is typeset by the Markdown
 * processor, but the rest of a page (a chapter's standfirst, figure titles and captions, the events' and sources'
 * texts from the data, the pages written in Astro) reaches the HTML with typewriter quotes. After the build, every
 * page's text and its readable attributes get apostrophes and quotation marks ("the world's", 'Sterling Balances')
 * as a book would print them (“the world’s”, ‘Sterling Balances’), and a number keeps its sign on its line ("8.9 %"
 * with a no-break space, `nobreak.ts`). Code, scripts, styles and form fields stay as written, and so do the data
 * downloads: what a reader copies into a spreadsheet or a program is unchanged.
 */

/** Elements inside a line of text: a quote at the edge of one reads on from the text before it. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'data',
  'dfn',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'tspan',
]);
/** Attributes a person reads or hears (a tooltip, a label, an image's text, a search box's hint). */
const READ_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'placeholder', 'data-notes']);
/** `<meta>` tags whose `content` is read as text (search results, link previews). */
const READ_META =
  /\b(?:name|property)="(?:description|og:description|og:title|og:image:alt|twitter:title|twitter:description|twitter:image:alt)"/;

/** The references HTML writes quotes as, read back so they are typeset too; every other reference stays. */
const QUOTE_ENTITIES: Record<string, string> = { '#39': "'", '#x27': "'", quot: '"', '#34': '"', '#x22': '"' };
const decode = (s: string) => s.replace(/&(#39|#x27|quot|#34|#x22);/g, (_, e: string) => QUOTE_ENTITIES[e]!);
const quoted = (s: string) => /['"]|&(#39|#x27|quot|#34|#x22);/.test(s);
/** Text with something to typeset: a typewriter quote, or a number whose sign a line could strand. */
const typesettable = (s: string) => quoted(s) || hasStrandableUnit(s);
/** A piece of prose typeset: its quotes, and its numbers joined to their signs. */
const typeset = (s: string, before = '') => joinUnits(curlQuotes(s, before));

/** Keys whose strings are addresses, ids or queries, never prose. */
const NOT_PROSE_KEYS = new Set(['id', 'url', 'href', 'src', 'query', 'base', 'chapter', 'scrolly', 'explorer']);

/**
 * A JSON value a page's script shows text from (an event's panel, a chart redrawn, the presenter's notes), with
 * the quotes of its prose typeset as the page's own text is; ids, addresses and queries as they were.
 */
export function typesetJson(value: unknown, key = ''): unknown {
  if (typeof value === 'string')
    return NOT_PROSE_KEYS.has(key) || /^(https?:|data:|[/?#])/.test(value) ? value : typeset(value);
  if (Array.isArray(value)) return value.map((v) => typesetJson(v, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetJson(v, k)]));
  return value;
}

/** JSON text with its prose typeset; as it was when nothing changes, or when it is not JSON. */
export function typesetJsonText(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  const before = JSON.stringify(parsed);
  const after = JSON.stringify(typesetJson(parsed));
  // "<" written as an escape, so no string in an inline script can close it.
  return after === before ? text : after.replaceAll('<', '\\u003c');
}

/** A tag with its readable attributes typeset; every other attribute as it was. */
function typesetTag(tag: string, name: string): string {
  if (!typesettable(tag)) return tag;
  const meta = name === 'meta' && READ_META.test(tag);
  return tag.replace(/(\s)([\w:-]+)="([^"]*)"/g, (whole, space: string, attr: string, value: string) => {
    if (READ_ATTRIBUTES.has(attr) || (meta && attr === 'content')) return `${space}${attr}="${typeset(decode(value))}"`;
    // A script's data in an attribute (the presenter's deck, the Triffin presets): its prose, as on the page.
    if (attr.startsWith('data-') && /^(\{|\[)/.test(value)) {
      const json = unescapeAttribute(value);
      const out = typesetJsonText(json);
      return out === json ? whole : `${space}${attr}="${escapeAttribute(out)}"`;
    }
    return whole;
  });
}

/** An element whose content is not prose, whole: its content may hold "<" that is not a tag (`width<600px`). */
const VERBATIM_ELEMENT = /<(script|style|pre|code|kbd|samp|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** One page's HTML with the quotes of its text and readable attributes typeset; the rest byte for byte as it was. */
export function typesetHtml(html: string): string {
  if (!typesettable(html)) return html;
  let out = '';
  let before = '';
  const prose = (chunk: string) => {
    for (const part of chunk.split(/(<!--[\s\S]*?-->|<[^>]*>)/)) {
      if (part.startsWith('<')) {
        const match = /^<(\/?)([a-zA-Z][\w:-]*)/.exec(part);
        const name = match?.[2]?.toLowerCase() ?? '';
        if (!INLINE.has(name)) before = '';
        out += match && !match[1] ? typesetTag(part, name) : part;
      } else if (part) {
        const text = typesettable(part) ? typeset(decode(part), before) : part;
        out += text;
        before = text.at(-1) ?? before;
      }
    }
  };
  let last = 0;
  for (const m of html.matchAll(VERBATIM_ELEMENT)) {
    prose(html.slice(last, m.index));
    // A script's data inline (a chart's view, redrawn when a series is toggled): its prose, as on the page.
    const json = /^<script\b[^>]*\btype="application\/json"[^>]*>([\s\S]*)<\/script>$/i.exec(m[0]);
    out += json ? m[0].replace(json[1]!, () => typesetJsonText(json[1]!)) : m[0];
    // Inline code reads as a word ("the `id`'s value" has an apostrophe); a block ends the line.
    before = /^(code|kbd|samp)$/i.test(m[1]!) ? 'x' : '';
    last = m.index + m[0].length;
  }
  prose(html.slice(last));
  return out;
}

/**
 * Applies `typesetHtml` to every page in the build's output folder, and `typesetJsonText` to the JSON its scripts
 * fetch (the timeline's events, the comparative chart's data); the published data under `data/` stay as they are.
 * Returns how many files it changed.
 */
export function typesetPages(dist: string): number {
  let changed = 0;
  for (const e of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    const file = path.join(e.parentPath, e.name);
    const page = e.name.endsWith('.html');
    const fetched = e.name.endsWith('.json') && !path.relative(dist, file).startsWith(`data${path.sep}`);
    if (!e.isFile() || (!page && !fetched)) continue;
    const html = readFileSync(file, 'utf8');
    const out = page ? typesetHtml(html) : typesetJsonText(html);
    if (out !== html) {
      writeFileSync(file, out);
      changed++;
    }
  }
  return changed;
}
