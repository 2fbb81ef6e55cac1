import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromBuffer } from '@capsizecss/unpack';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../src/lib/woff';

const require = createRequire(import.meta.url);
const WOFF = readFileSync(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff'));

/** The sfnt checksum of a table: its bytes as big-endian 32-bit words, summed modulo 2³². */
function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  const sfnt = woffToSfnt(WOFF);
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const count = view.getUint16(4);
  const tables = Array.from({ length: count }, (_, i) => ({
    tag: String.fromCharCode(...sfnt.subarray(12 + i * 16, 16 + i * 16)),
    checksum: view.getUint32(16 + i * 16),
    offset: view.getUint32(20 + i * 16),
    length: view.getUint32(24 + i * 16),
  }));

  it('keeps the font flavour and every table of the WOFF file', () => {
    const woff = new DataView(WOFF.buffer, WOFF.byteOffset, WOFF.byteLength);
    expect(view.getUint32(0)).toBe(woff.getUint32(4));
    expect(count).toBe(woff.getUint16(12));
    expect(tables.map((t) => t.tag)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hhea', 'name', 'OS/2']));
  });

  it('lays each table out whole, 4-byte aligned, with the sfnt checksum of its inflated bytes', () => {
    for (const t of tables) {
      expect(t.offset % 4, t.tag).toBe(0);
      expect(t.offset + t.length, t.tag).toBeLessThanOrEqual(sfnt.length);
      const data = sfnt.slice(t.offset, t.offset + t.length);
      // The head table's checksum is taken with its checkSumAdjustment field zeroed.
      if (t.tag === 'head') data.fill(0, 8, 12);
      expect(checksum(data), t.tag).toBe(t.checksum);
    }
  });

  it('gives a font that reads with the same metrics as the WOFF file it came from', async () => {
    const fromSfnt = await fromBuffer(Buffer.from(sfnt));
    const fromWoff = await fromBuffer(WOFF);
    expect(fromSfnt.familyName).toBe('Source Serif 4');
    expect(fromSfnt).toEqual(fromWoff);
  });

  it('refuses what is not a WOFF 1.0 file', () => {
    expect(() => woffToSfnt(sfnt)).toThrow(/WOFF 1\.0/);
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/WOFF 1\.0/);
  });
});
