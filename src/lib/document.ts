import { parseHTML } from 'linkedom';

/** A fresh server-side document for chart modules to build SVG with at build time. */
export function buildDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document;
}
