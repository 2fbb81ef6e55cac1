import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { crc32 } from './zip';

/**
 * A QR code of `text` as a PNG `data:` address: one pixel per module, black on white, no quiet zone (the paper
 * around it is one). Error correction L (7 %): a code printed on clean paper reads back without more. A 1-bit PNG
 * is the densest way to put the code in a page's HTML: about 360 bytes as sent for a deep link of a deployed site,
 * against about 550 for the same code as an SVG path, and the code is carried by every page that prints figures.
 * Print scales it with `image-rendering: pixelated`, so its edges stay sharp.
 */
export function qrDataUri(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' });
  return `data:image/png;base64,${bitmapPng(modules.size, (x, y) => !modules.get(y, x)).toString('base64')}`;
}

/** A square 1-bit greyscale PNG of `size` pixels a side; `light(x, y)` says which pixels are white. */
export function bitmapPng(size: number, light: (x: number, y: number) => boolean): Buffer {
  const stride = Math.ceil(size / 8) + 1; // each row starts with its filter byte (0: none)
  const pixels = Buffer.alloc(stride * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (light(x, y)) pixels[y * stride + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  const header = Buffer.alloc(13); // width, height, bit depth 1, colour type 0 (greyscale), then three zeros
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 1;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, check]);
}
