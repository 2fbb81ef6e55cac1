import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { CSP, EMBED_GUARD } from '../../src/lib/csp';
import { globalHeaders } from '../support/server';

describe('CSP', () => {
  it("public/_headers sends the same policy as the pages' meta tag", () => {
    expect(globalHeaders('public')['Content-Security-Policy']).toBe(CSP);
  });

  it('CSP allows scripts only from our origin, no eval (WebAssembly for site search only), one inline script by its hash', () => {
    const script = CSP.split('; ').find((d) => d.startsWith('script-src'));
    const hash = createHash('sha256').update(EMBED_GUARD).digest('base64');
    expect(script).toBe(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`);
    expect(CSP.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|https?:/);
    expect(script).not.toMatch(/unsafe-inline/);
  });

  it('the inline script only marks an embedded page: no markup, no network, nothing from the address but a test', () => {
    expect(EMBED_GUARD.length).toBeLessThan(160);
    expect(EMBED_GUARD).not.toMatch(/innerHTML|write|fetch|import|eval|src|href|=\s*location/);
    expect(EMBED_GUARD).toMatch(/classList\.add\('embed-pending'\)/);
  });

  it('public/_headers is readable as a static host would read it', () => {
    expect(readFileSync('public/_headers', 'utf8')).toMatch(/^\/\*$/m);
  });
});
