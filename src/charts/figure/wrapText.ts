import { joinUnits } from '../../lib/nobreak';

/**
 * Breaks `text` into lines no wider than `maxWidth` at spaces, never inside a
 * word nor at a no-break space (a number and its sign, "8.9 %", stay on one
 * line): a word wider than the line stands on a line of its own.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of joinUnits(text.trim()).split(/[^\S\u00a0]+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The lines of the first of `candidates` (a full label, then shorter ones
 * written for the purpose) that fits in `maxLines` lines of `maxWidth`. When
 * none fits, the candidate that needs the fewest lines, wrapped in full: a
 * label grows a line rather than losing words.
 */
export function fitText(
  candidates: readonly string[],
  maxWidth: number,
  maxLines: number,
  measure: (s: string) => number,
): string[] {
  let best: string[] | undefined;
  for (const text of candidates) {
    const lines = wrapText(text, maxWidth, measure);
    if (lines.length <= maxLines && lines.every((l) => measure(l) <= maxWidth)) return lines;
    if (!best || lines.length < best.length) best = lines;
  }
  return best ?? [];
}
