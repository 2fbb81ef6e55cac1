import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGuides, type LoadedGuide } from '../../lib/guidesContent';
import { packFiles } from '../../lib/guidesPack';
import { zip } from '../../lib/zip';

export const getStaticPaths = (async () =>
  (await loadGuides()).map((loaded) => ({
    params: { slug: loaded.slug },
    props: { loaded },
  }))) satisfies GetStaticPaths;

/**
 * One chapter's classroom pack: guide, worksheet, answers and the activity's data file in one zip; the
 * chapter's step figures are added as PNG once the build has drawn them (src/lib/packFigures.ts).
 */
export const GET: APIRoute<{ loaded: LoadedGuide }> = ({ props }) =>
  new Response(zip(packFiles(props.loaded)), { headers: { 'Content-Type': 'application/zip' } });
