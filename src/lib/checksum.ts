import { createHash } from 'node:crypto';

/**
 * A dataset's checksum: SHA-256 over its validated rows as JSON, first 16 hex
 * digits. Computed on parsed values, not on the file, so `2.80` and `2.8` or a
 * re-quoted cell leave it alone; any change to a published value moves it.
 */
export function datasetChecksum(rows: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
}
