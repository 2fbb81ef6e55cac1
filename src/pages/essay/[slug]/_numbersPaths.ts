import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { chapterSlug } from '../../../lib/chapters';
import { chapterNumbers } from '../../../lib/chapterNumbers';

/**
 * One path per chapter whose text shows numbers from the data, for its page of where each number comes from
 * (`numbers.astro`) and for the sitemap. (The leading underscore keeps this module from being a route.)
 */
export const numbersPaths = (async () =>
  (await getCollection('chapters'))
    .filter((chapter) => chapterNumbers(chapter.body ?? '').values.length > 0)
    .map((chapter) => ({ params: { slug: chapterSlug(chapter.id) }, props: { chapter } }))) satisfies GetStaticPaths;
