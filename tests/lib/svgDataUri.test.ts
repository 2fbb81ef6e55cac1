import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgDataUri } from '../../src/lib/svgDataUri';

describe('svgDataUri', () => {
  const icon = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');

  it('writes an address with no character a URL must not hold, that decodes to the same drawing', () => {
    const uri = svgDataUri(icon);
    expect(uri.startsWith('data:image/svg+xml,')).toBe(true);
    expect(uri).not.toMatch(/[\s<>#"]/);
    const decoded = decodeURIComponent(uri.slice('data:image/svg+xml,'.length));
    expect(decoded.replaceAll("'", '"')).toBe(icon.trim().replace(/\s+/g, ' '));
  });
});
