/** Event pages (`/timeline/<id>/`): one template, one page per event. */
export const isEventPage = (p: string) => /^\/timeline\/[^/]+\/$/.test(p);

/** Claim pages (`/claims/<id>/`): one template, one page per claim. */
export const isClaimPage = (p: string) => /^\/claims\/[^/]+\/$/.test(p);

/** A figure's data table on a page of its own (`<page>/<figure>-table/`): one template, one page per long table. */
export const isTablePage = (p: string) => /-table\/$/.test(p);

/** Pages built from one template, one page per item: event, claim and figure-table pages. */
const TEMPLATES = [isEventPage, isClaimPage, isTablePage];

/**
 * Every page but the pages of one template, of which every `every`-th (the first included): a check that
 * reads what a template brings (its scripts, styles, layout) reads it on a spread of its pages.
 */
export function sampleTemplates(pages: readonly string[], every = 4): string[] {
  return TEMPLATES.reduce<string[]>(
    (kept, is) => {
      const own = pages.filter(is);
      return kept.filter((p) => !is(p) || own.indexOf(p) % every === 0);
    },
    [...pages],
  );
}

/** Of each template, the `n` pages that weigh most by `weight` (e.g. their HTML as sent), heaviest first. */
export function heaviestOfTemplates(pages: readonly string[], n: number, weight: (p: string) => number): string[] {
  return TEMPLATES.flatMap((is) =>
    pages
      .filter(is)
      .map((p) => ({ p, w: weight(p) }))
      .sort((a, b) => b.w - a.w)
      .slice(0, n)
      .map(({ p }) => p),
  );
}
