/**
 * An attribute's value as the built HTML writes it and as a script reads it, for the build steps that rewrite pages
 * after Astro has written them (`deferModules.ts`, `tablePages.ts`, `typeset.ts`).
 */

/** Text written into a double-quoted attribute. */
export const escapeAttribute = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** An attribute's value as written back to its text: the references Astro writes there read as characters. */
export const unescapeAttribute = (s: string): string =>
  s.replace(/&(quot|#39|lt|gt|amp);/g, (_, ref: string) => ATTRIBUTE_REFERENCES[ref]!);

const ATTRIBUTE_REFERENCES: Record<string, string> = { quot: '"', '#39': "'", lt: '<', gt: '>', amp: '&' };
