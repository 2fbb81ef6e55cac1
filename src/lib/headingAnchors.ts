/**
 * Gives each section heading of a chapter (`h2`, `h3`) a visible link to
 * itself, so a reader can copy the address of a section as of a step. The
 * link follows the heading's text (a space, then `#`) and is named for
 * assistive technology; `src/styles/anchors.css` shows it on hover and focus,
 * and always on touch screens. Site search leaves the `#` out of its index, so a
 * section's result reads as its heading. `headingAnchorsPlugin` runs inside Astro's
 * Markdown processor (Sätteri) as a hast plugin.
 */
import Slugger from 'github-slugger';
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/** The accessible name of every heading's anchor. */
export const ANCHOR_LABEL = 'Link to this section';

/** The nodes to append to a heading with this id: a space and the anchor link. */
export function headingAnchor(id: string): Element['children'] {
  return [
    { type: 'text', value: ' ' },
    {
      type: 'element',
      tagName: 'a',
      properties: {
        className: ['heading-anchor', 'ui'],
        href: `#${id}`,
        ariaLabel: ANCHOR_LABEL,
        dataPagefindIgnore: 'all',
      },
      children: [{ type: 'text', value: '#' }],
    },
  ];
}

/**
 * A Sätteri hast plugin, made afresh for each document: appends an anchor link
 * to every `h2` and `h3`. Astro gives headings their ids after the site's
 * plugins run, so a heading without one gets here the id Astro would give it
 * (the same slugger over the same text, every heading of the page counted), and
 * Astro keeps it.
 */
export function headingAnchorsPlugin(): () => HastPluginDefinition {
  return () => {
    const slugger = new Slugger();
    return {
      name: 'heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const given = node.properties['id'];
          const id = typeof given === 'string' ? given : slugger.slug(ctx.textContent(node));
          if (typeof given !== 'string') ctx.setProperty(node, 'id', id);
          if (node.tagName === 'h2' || node.tagName === 'h3') ctx.appendChild(node, headingAnchor(id));
        },
      },
    };
  };
}
