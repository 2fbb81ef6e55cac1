import { inflateSync } from 'node:zlib';

/**
 * A WOFF 1.0 font as the TrueType/OpenType file it wraps (resvg reads only
 * those): each table inflated where it was compressed, laid out again behind
 * a plain sfnt header. WOFF's table checksums are the sfnt's, so they carry over.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('expected a WOFF 1.0 font (signature wOFF)');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return {
      tag: view.getUint32(at),
      checksum: view.getUint32(at + 16),
      data: compressed < length ? new Uint8Array(inflateSync(raw)) : raw,
    };
  });
  const pad = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * count;
  const out = new Uint8Array(headerSize + tables.reduce((sum, t) => sum + pad(t.data.length), 0));
  const sfnt = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(count));
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, count);
  sfnt.setUint16(6, 16 * 2 ** entrySelector);
  sfnt.setUint16(8, entrySelector);
  sfnt.setUint16(10, 16 * count - 16 * 2 ** entrySelector);
  let offset = headerSize;
  tables.forEach((t, i) => {
    sfnt.setUint32(12 + i * 16, t.tag);
    sfnt.setUint32(16 + i * 16, t.checksum);
    sfnt.setUint32(20 + i * 16, offset);
    sfnt.setUint32(24 + i * 16, t.data.length);
    out.set(t.data, offset);
    offset += pad(t.data.length);
  });
  return out;
}
