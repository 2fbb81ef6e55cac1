import { withBase } from './url';

/** A chapter's slug: its file id without the order prefix (`04-the-dollar-era` → `the-dollar-era`). */
export const chapterSlug = (id: string): string => id.replace(/^\d+-/, '');

/** The address of a chapter, from its file id. */
export const chapterHref = (id: string): string => withBase(`/essay/${chapterSlug(id)}/`);
