import type { FigureSpec } from './types';

/**
 * Every named figure the essay can show, collected from `specs/*.ts`: each
 * file exports one `FigureSpec`. Adding a figure is adding a file.
 */
const modules = import.meta.glob<Record<string, unknown>>('./specs/*.ts', { eager: true });

const isSpec = (value: unknown): value is FigureSpec =>
  typeof value === 'object' &&
  value !== null &&
  'id' in value &&
  'series' in value &&
  typeof (value as FigureSpec).series === 'function';

export const FIGURES: Readonly<Record<string, FigureSpec>> = Object.fromEntries(
  Object.values(modules)
    .flatMap((m) => Object.values(m).filter(isSpec))
    .map((spec) => [spec.id, spec]),
);

export type FigureName = string;
