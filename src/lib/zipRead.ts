import { crc32 } from './zip';

/** A file read back from a zip. */
export interface UnzippedFile {
  name: string;
  data: Uint8Array;
}

/**
 * Reads a zip of stored (uncompressed) entries through its central directory, checking each
 * entry's CRC: enough to test what `src/lib/zip.ts` writes, without a dependency.
 */
export function unzip(bytes: Uint8Array): UnzippedFile[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('expected an end-of-central-directory record');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files: UnzippedFile[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`expected a central directory entry at ${at}`);
    if (view.getUint16(at + 10, true) !== 0) throw new Error('expected a stored entry');
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    if (crc32(data) !== crc) throw new Error(`CRC mismatch in ${name}`);
    files.push({ name, data });
    at += 46 + nameLength + extra;
  }
  return files;
}
