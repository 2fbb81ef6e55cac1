/**
 * The Content-Security-Policy every page sends: scripts only from our own
 * origin (no inline script, no eval), nothing loaded from elsewhere. Site
 * search (Pagefind) runs WebAssembly, which `'wasm-unsafe-eval'` allows:
 * it compiles our own `/pagefind/*.wasm` and never lets JavaScript eval. Inline
 * styles stay allowed because charts colour their lines with style attributes.
 * `public/_headers` repeats it for hosts that read that file; a test keeps the two equal.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
