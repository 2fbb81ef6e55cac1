/**
 * An MDX chapter read as text, for the checks and pages that work on its words
 * (glossary uses, where each number comes from): its body without the front
 * matter, and every tag replaced by what the caller makes of it.
 */

/** The chapter's text after its front matter. */
export const mdxBody = (mdx: string): string => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');

/**
 * The text with each component or HTML tag (`<Value … />`, `<Step …>`, `</a>`) replaced by `replace(tag)`; a tag
 * runs to its closing `>`, past quoted strings and `{…}` expressions, so attributes holding `>` stay inside it.
 */
export function replaceTags(body: string, replace: (tag: string) => string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '<' && /[A-Za-z/]/.test(body[i + 1] ?? '')) {
      const start = i;
      let depth = 0;
      let quote = '';
      for (i++; i < body.length; i++) {
        const d = body[i]!;
        if (quote) {
          if (d === quote) quote = '';
        } else if (d === '"' || d === "'" || d === '`') quote = d;
        else if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === '>' && depth === 0) break;
      }
      out += replace(body.slice(start, i + 1));
      continue;
    }
    out += c;
  }
  return out;
}
