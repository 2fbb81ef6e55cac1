/**
 * An SVG as a `data:` address, so a small picture (the site's icon) comes with the page instead of as a request of
 * its own after it. Double quotes become single (the address sits in a double-quoted attribute); what a URL may not
 * hold as it is (spaces, `<`, `>`, `#`, `%`, anything outside ASCII) is percent-encoded, as the W3C checker asks,
 * and the rest is left readable.
 */
export function svgDataUri(svg: string): string {
  const text = svg.trim().replace(/\s+/g, ' ').replaceAll('"', "'");
  return `data:image/svg+xml,${text.replace(/[^\w!$&'()*+,\-./:;=?@~]/gu, (c) => encodeURIComponent(c))}`;
}
