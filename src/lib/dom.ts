/** Attributes for `element`, by name: `true` sets an empty attribute, `false` and `undefined` none. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Builds an HTML element in `doc` (the browser's, or linkedom's at build time): its attributes, then its children,
 * strings as text, never parsed as HTML, so values from data or an address cannot become markup.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  node.append(...children);
  return node;
}
