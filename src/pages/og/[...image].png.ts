import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCards, type PreviewCard } from '../../lib/previewCards';
import { previewChapters } from '../../lib/previewChapters';
import { renderPreview } from '../../lib/previewImage';
import { PREVIEW_CHARTS } from './_previewFigures';

export const getStaticPaths = (async () =>
  previewCards(await previewChapters(), PREVIEW_CHARTS).map((card) => ({
    params: { image: card.image.replace(/^og\//, '').replace(/\.png$/, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

/** A page's link preview image (1200×630 PNG), drawn at build time: its title beside its own chart. */
export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.card)), { headers: { 'Content-Type': 'image/png' } });
