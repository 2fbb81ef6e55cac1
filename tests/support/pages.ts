/** Event pages (`/timeline/<id>/`): one template, one page per event. */
export const isEventPage = (p: string) => /^\/timeline\/[^/]+\/$/.test(p);

/**
 * The pages a check that costs a page load visits: every page that is not an
 * event page, and a fixed sample of the event pages (every `every`-th and the
 * last), which share one template and one script. The performance budgets, whose
 * figures differ from one event to the next, visit every page instead.
 */
export function pagesWithEventSample(pages: readonly string[], every = 8): string[] {
  const events = pages.filter(isEventPage);
  const sample = new Set(events.filter((_, i) => i % every === 0 || i === events.length - 1));
  return pages.filter((p) => !isEventPage(p) || sample.has(p));
}
