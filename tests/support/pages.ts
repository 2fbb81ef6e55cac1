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
