import { createHash } from 'node:crypto';

/**
 * The one inline script a page carries, allowed by its hash: with `?embed=1` the
 * page is marked before its first paint, so an embedded view never flashes the
 * whole page it is cut from (Share.astro hides the body until the embed module
 * has cut the page to its view, or for at most three seconds).
 */
export const EMBED_GUARD =
  "if(/[?&]embed=1(?:&|$)/.test(location.search))document.documentElement.classList.add('embed-pending')";

const guardHash = `'sha256-${createHash('sha256').update(EMBED_GUARD).digest('base64')}'`;

/**
 * The Content-Security-Policy every page sends: scripts only from our own
 * origin (no inline script but the embed guard above, no eval), nothing loaded from elsewhere. Site
 * search (Pagefind) runs WebAssembly, which `'wasm-unsafe-eval'` allows:
 * it compiles our own `/pagefind/*.wasm` and never lets JavaScript eval. Inline
 * styles stay allowed because charts colour their lines with style attributes.
 * `public/_headers` repeats it for hosts that read that file; a test keeps the two equal.
 */
export const CSP = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${guardHash}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
