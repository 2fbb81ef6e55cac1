import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { BOOT, CSP } from '../../src/lib/csp';
import { globalHeaders } from '../support/server';

describe('CSP', () => {
  it("public/_headers sends the same policy as the pages' meta tag", () => {
    expect(globalHeaders('public')['Content-Security-Policy']).toBe(CSP);
  });

  it('CSP allows scripts only from our origin, no eval (WebAssembly for site search only), one inline script by its hash', () => {
    const script = CSP.split('; ').find((d) => d.startsWith('script-src'));
    const hash = createHash('sha256').update(BOOT).digest('base64');
    expect(script).toBe(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`);
    expect(CSP.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|https?:/);
    expect(script).not.toMatch(/unsafe-inline/);
  });

  it("the inline script marks an embedded page, names the address's keys, and adds only what the build listed on <html>: no markup, no fetch, no eval", () => {
    // Every page carries it inline: about a kilobyte and a half, 0.9 KB compressed.
    expect(BOOT.length).toBeLessThan(1600);
    // The address is read for `embed=1` and for the names of its keys (lowercase letters), never a value; of its
    // `#place` only whether there is one.
    expect(BOOT.match(/location\.\w+/g)).toEqual(['location.hash', 'location.search']);
    const keys = "q=s.match(/[?&][a-z]+=/g);if(q)h.dataset.keys=q.join('')";
    expect(BOOT).toContain(keys);
    expect(BOOT.replace(keys, '')).not.toMatch(/innerHTML|write|fetch|import|eval|Function|=\s*location|dataset\.keys/);
    expect(BOOT).toMatch(/classList\.add\('embed-pending'\)/);
    // The only addresses it sets come from the page's own data-modules and data-manifest attributes.
    expect([...BOOT.matchAll(/\.(src|href)=(\w+)/g)].map((m) => m[2])).toEqual(['u', 'f']);
  });

  it('public/_headers is readable as a static host would read it', () => {
    expect(readFileSync('public/_headers', 'utf8')).toMatch(/^\/\*$/m);
  });
});
