/**
 * Runs `task` on every item with at most `workers` at a time, in order of
 * items. Browser tests use it to visit many pages with a few tabs: the pages are
 * served from disk, so a second tab mostly overlaps the waits for frames.
 */
export async function inPool<T>(
  items: readonly T[],
  workers: number,
  task: (item: T, worker: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, items.length) }, async (_, worker) => {
      while (next < items.length) await task(items[next++], worker);
    }),
  );
}
