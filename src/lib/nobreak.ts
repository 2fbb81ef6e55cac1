/**
 * No-break spaces where a line must not end: between a number and the sign that belongs to it ("8.9 %", "20.3 †"),
 * so a narrow screen never starts a line with "%". Used on every page after the build (`typeset.ts`) and where a
 * chart's labels are broken into lines (`wrapText`).
 */

/** A number, then the space a line may break at, then the percent, per-mille or estimate sign that belongs to it. */
const STRANDABLE = /(\d)[ \t\n]+([%‰†])/g;

/** Whether `text` has a number whose sign a line could strand. */
export const hasStrandableUnit = (text: string): boolean => text.search(STRANDABLE) >= 0;

/** A number and the percent, per-mille or estimate sign after it, joined by a no-break space. */
export function joinUnits(text: string): string {
  return text.replace(STRANDABLE, '$1\u00a0$2');
}
