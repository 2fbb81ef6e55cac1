import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP } from '../../src/lib/csp';
import { globalHeaders } from '../support/server';

describe('CSP', () => {
  it("public/_headers sends the same policy as the pages' meta tag", () => {
    expect(globalHeaders('public')['Content-Security-Policy']).toBe(CSP);
  });

  it('CSP allows scripts only from our origin, without inline script or eval (WebAssembly for site search only)', () => {
    const script = CSP.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|https?:/);
  });

  it('public/_headers is readable as a static host would read it', () => {
    expect(readFileSync('public/_headers', 'utf8')).toMatch(/^\/\*$/m);
  });
});
