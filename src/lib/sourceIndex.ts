import type { Source } from '../schemas/source';

/**
 * The bibliography by id. `get` and `has` also accept a former id that an
 * entry lists in `aliases`, so rows and links that still cite it resolve to
 * the merged entry; iteration (`keys`, `values`, `size`) lists each entry once,
 * under its current id, so the published bibliography has no duplicates.
 */
export class SourceIndex extends Map<string, Source> {
  readonly #current = new Map<string, string>();

  /** Records `alias` as a former id of the entry `id`. */
  addAlias(alias: string, id: string): void {
    this.#current.set(alias, id);
  }

  /** The current id for `id`: itself, or the entry it was merged into; `undefined` when unknown. */
  resolve(id: string): string | undefined {
    if (super.has(id)) return id;
    return this.#current.get(id);
  }

  override get(id: string): Source | undefined {
    const current = this.resolve(id);
    return current === undefined ? undefined : super.get(current);
  }

  override has(id: string): boolean {
    return this.resolve(id) !== undefined;
  }
}
