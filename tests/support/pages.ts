/** Event pages (`/timeline/<id>/`): one template, one page per event. */
export const isEventPage = (p: string) => /^\/timeline\/[^/]+\/$/.test(p);

/** Claim pages (`/claims/<id>/`): one template, one page per claim. */
export const isClaimPage = (p: string) => /^\/claims\/[^/]+\/$/.test(p);
