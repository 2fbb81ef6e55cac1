/**
 * A chapter's lead figure, read from its MDX source: the first `<Figure>` or `<Step figure=…>` (a figure of
 * `src/figures/specs/`) or the first `<CompareStep>` (the comparative chart), with the state it is shown in.
 * The preview image of the chapter draws that figure in that state.
 */
export type ChapterLead =
  { kind: 'figure'; name: string; show: Record<string, unknown> } | { kind: 'compare'; show: string[]; claim?: string };

/** The text of the `{…}` that opens at `start` (a `{`), braces inside quoted strings not counted. */
function braced(source: string, start: number): string {
  let depth = 0;
  let quote = '';
  for (let i = start; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return source.slice(start, i + 1);
  }
  throw new Error('previewLead: a `{` that never closes');
}

/**
 * The object literal written in a prop (`show={{ x: [1531, 1610], caption: '…' }}`) as a value. The chapters
 * are the project's own source, written as plain literals (strings, numbers, arrays, objects): JSON once keys
 * are quoted and single-quoted strings are double-quoted.
 */
export function literal(text: string): Record<string, unknown> {
  const json = text
    .replace(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([A-Za-z_$][\w$]*)\s*:/g, (match, single, double, key) => {
      if (key !== undefined) return `"${key}":`;
      if (double !== undefined) return match;
      return JSON.stringify((single as string).replace(/\\'/g, "'"));
    })
    .replace(/,(\s*[}\]])/g, '$1');
  return JSON.parse(json) as Record<string, unknown>;
}

/** The first figure a chapter shows, or `undefined` for a chapter without one. */
export function chapterLead(mdx: string): ChapterLead | undefined {
  const tag = /<(Figure|Step|CompareStep)\b/g;
  for (let m = tag.exec(mdx); m; m = tag.exec(mdx)) {
    if (m[1] === 'CompareStep') {
      const at = mdx.indexOf('view={', m.index);
      const view = literal(braced(mdx, at + 'view='.length).slice(1, -1));
      return {
        kind: 'compare',
        show: view['show'] as string[],
        ...(typeof view['claim'] === 'string' ? { claim: view['claim'] } : {}),
      };
    }
    const showAt = mdx.indexOf('show={', m.index);
    if (showAt < 0) continue;
    // The `show` must be this tag's own, not a later tag's.
    const props = mdx.slice(m.index, showAt);
    const name = /\b(?:figure|name)="([^"]+)"/.exec(props)?.[1];
    if (!name || props.includes('<', 1)) continue;
    return { kind: 'figure', name, show: literal(braced(mdx, showAt + 'show='.length).slice(1, -1)) };
  }
  return undefined;
}
