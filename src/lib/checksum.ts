import { createHash } from 'node:crypto';

/**
 * A dataset's checksum: SHA-256 over its validated rows as JSON, first 16 hex
 * digits. Computed on parsed values, not on the file, so `2.80` and `2.8` or a
 * re-quoted cell leave it alone; any change to a published value moves it.
 */
export function datasetChecksum(rows: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
}

/** A checksum move as a corrections entry records it, with the entry's date and its line for messages. */
export interface RecordedMove {
  date: string;
  line: number;
  dataset: string;
  before: string;
  after: string;
}

/**
 * Each dataset's current checksum: the recorded one, moved by every corrections entry that moves it, in
 * date order. Each move must start where the last one ended, so the entries form one unbroken record;
 * `problems` names every move that does not (as `<file>:<line>:checksums: …`).
 */
export function chainChecksums(
  file: string,
  recorded: ReadonlyMap<string, string>,
  moves: readonly RecordedMove[],
): { current: Map<string, string>; problems: string[] } {
  const current = new Map(recorded);
  const problems: string[] = [];
  const show = (s: string | undefined) => (s === undefined ? 'nothing' : `"${s}"`);
  for (const move of [...moves].sort((a, b) => a.date.localeCompare(b.date))) {
    const before = current.get(move.dataset);
    if (before !== move.before)
      problems.push(
        `${file}:${move.line}:checksums: expected ${move.dataset}'s checksum before this entry to be ${show(before)}, found ${show(move.before)}`,
      );
    current.set(move.dataset, move.after);
  }
  return { current, problems };
}

/**
 * Why a dataset's values may not be published as they are, or `undefined` when they may: its checksum
 * `sum` must equal the `published` one. `dir` is the data folder as messages name it (`data`).
 */
export function unpublishedChange(dir: string, id: string, sum: string, published: string | undefined) {
  if (published === undefined)
    return `${dir}/checksums.yml:1:${id}: expected the checksum of ${id} as first published, found nothing; a new dataset records it there as "${id}: '${sum}'"`;
  if (published === sum) return undefined;
  return (
    `${dir}/${id}.csv: the published values of ${id} changed (checksum ${published} → ${sum}) with no entry in ${dir}/corrections.yml. ` +
    `If the change is meant, add an entry there saying what changed and why, with ` +
    `"checksums: [{ dataset: ${id}, before: '${published}', after: '${sum}' }]"; otherwise undo the change.`
  );
}
