import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Essay chapters: MDX files in `content/chapters/`, ordered by `order`. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: z.object({
    /** Chapter title. */
    title: z.string(),
    /** One-sentence summary for the table of contents and link previews. */
    description: z.string(),
    /** Position in the essay, from 1. */
    order: z.number().int().min(1),
    /** The era the chapter is mainly about, for its colour; none for general chapters. */
    era: z.enum(['guilder', 'sterling', 'dollar', 'bitcoin']).optional(),
  }),
});

export const collections = { chapters };
