import { addSummaries, type ExplorerModel, type PackedSearch } from '../lib/timelinePacked';

/**
 * The summaries that search reads besides the titles, fetched once, when the
 * reader first searches (or opens a link that searches): the first view does
 * without them. `ready` turns true once every event's search text holds its
 * summary, or the fetch failed and titles alone are searched.
 */
export function searchLoader(url: string, model: ExplorerModel): { readonly ready: boolean; load(): Promise<void> } {
  let loading: Promise<void> | undefined;
  let ready = false;
  return {
    get ready() {
      return ready;
    },
    load() {
      loading ??= fetch(url)
        .then((r) => r.json() as Promise<PackedSearch>)
        .then((packed) => addSummaries(model, packed))
        .catch(() => undefined)
        .finally(() => {
          ready = true;
        });
      return loading;
    },
  };
}
