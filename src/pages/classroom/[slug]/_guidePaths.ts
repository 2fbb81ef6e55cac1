import type { GetStaticPaths } from 'astro';
import { loadGuides, type LoadedGuide } from '../../../lib/guidesContent';

/** What a teacher guide's pages are handed. */
export interface GuideProps {
  /** The guide with its chapter, key terms and worked answer. */
  loaded: LoadedGuide;
}

/**
 * One path per teacher guide, at its chapter's slug: the guide and its answers
 * page share them. (The leading underscore keeps this module from being a route.)
 */
export const guidePaths = (async () =>
  (await loadGuides()).map((loaded) => ({
    params: { slug: loaded.slug },
    props: { loaded } satisfies GuideProps,
  }))) satisfies GetStaticPaths;
