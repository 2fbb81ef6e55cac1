/**
 * A dataset's notes as a page shows them. They are written for the dataset's README: lines wrapped by hand, each
 * release or topic starting a line, column names and values in Markdown's code spans ("filter on `vintage`").
 */

/**
 * The notes in paragraphs: a line that starts with a code span (`` `2026-07`: the release of… ``) or a new sentence
 * after a finished one starts a paragraph; any other line break was only where the writer wrapped, and reads as a
 * space. So a narrow screen flows the text instead of breaking it where the source did.
 */
export function noteParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    const last = paragraphs.at(-1);
    const starts = last === undefined || line.startsWith('`') || (/[.:;]$/.test(last) && /^[A-Z0-9]/.test(line));
    if (starts) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] = `${last} ${line}`;
  }
  return paragraphs;
}

/** A text cut into its prose and the code spans it writes with backticks, so a page sets those in code type. */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  return text
    .split(/`([^`\n]+)`/)
    .map((part, i) => ({ text: part, code: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}
