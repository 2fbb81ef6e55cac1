import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bitmapPng, qrDataUri } from '../../src/lib/qrImage';

/** What a phone reads from the image: the PNG decoded, four pixels a module, inside a white margin. */
async function readBack(uri: string): Promise<string | undefined> {
  const png = Buffer.from(uri.replace(/^data:image\/png;base64,/, ''), 'base64');
  const { width } = await sharp(png).metadata();
  const { data, info } = await sharp(png)
    .resize(width * 4, width * 4, { kernel: 'nearest' })
    .extend({ top: 16, bottom: 16, left: 16, right: 16, background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

describe('qrDataUri', () => {
  it('draws a PNG that reads back to the link, for a local path and for a deployed deep link', async () => {
    for (const link of [
      '/essay/the-dollar-era/#gold-window-closes',
      'https://example.github.io/reserve-currencies/essay/the-dollar-era/#gold-official-price-bretton-woods',
    ]) {
      const uri = qrDataUri(link);
      expect(uri).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
      expect(await readBack(uri)).toBe(link);
    }
  });

  it('is one pixel a module with no margin: a longer link makes a larger code', async () => {
    const side = async (link: string) =>
      (await sharp(Buffer.from(qrDataUri(link).split(',')[1]!, 'base64')).metadata()).width;
    expect(await side('/essay/x/')).toBe(21);
    expect(await side(`https://example.github.io/${'a'.repeat(60)}`)).toBeGreaterThan(21);
  });
});

describe('bitmapPng', () => {
  it('writes a 1-bit greyscale image whose pixels are the ones asked for', async () => {
    const light = (x: number, y: number) => (x + y) % 3 === 0;
    const { data, info } = await sharp(bitmapPng(11, light)).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([11, 11]);
    for (let y = 0; y < 11; y++) for (let x = 0; x < 11; x++) expect(data[y * 11 + x]).toBe(light(x, y) ? 255 : 0);
  });
});
