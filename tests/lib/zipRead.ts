import { crc32 } from 'node:zlib';

/** Reads a zip archive of stored (uncompressed) entries, checking each entry's CRC: the reader a test trusts. */
export function readStoredZip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const method = view.getUint16(at + 8, true);
    const crc = view.getUint32(at + 14, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const data = bytes.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    if (method !== 0) throw new Error(`${name}: compression method ${method}, expected stored (0)`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC ${crc32(data)} does not match ${crc}`);
    files.set(name, decoder.decode(data));
    at += 30 + nameLength + extra + size;
  }
  const end = bytes.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('no end-of-central-directory record');
  if (view.getUint16(end + 10, true) !== files.size) throw new Error('central directory count differs');
  return files;
}
