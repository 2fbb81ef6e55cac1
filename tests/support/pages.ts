/** Event pages (`/timeline/<id>/`): one template, one page per event. */
export const isEventPage = (p: string) => /^\/timeline\/[^/]+\/$/.test(p);
