/** Minutes a reader needs for a text at about 230 words a minute (never less than one). */
export function readingMinutes(text: string): number {
  const words = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.round(words / 230));
}
