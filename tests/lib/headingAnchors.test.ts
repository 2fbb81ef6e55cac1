import { describe, expect, it } from 'vitest';
import { ANCHOR_LABEL, headingAnchor } from '../../src/lib/headingAnchors';

describe('heading anchors', () => {
  it("headingAnchor('debt-since-1971') is a space, then a named link to the heading", () => {
    const [space, link] = headingAnchor('debt-since-1971');
    expect(space).toEqual({ type: 'text', value: ' ' });
    expect(link).toMatchObject({
      type: 'element',
      tagName: 'a',
      properties: {
        href: '#debt-since-1971',
        ariaLabel: ANCHOR_LABEL,
        className: ['heading-anchor', 'ui'],
        // Left out of the search index: a section's result reads "Victory, debt and gold", not "… #".
        dataPagefindIgnore: 'all',
      },
    });
    expect(ANCHOR_LABEL).toBe('Link to this section');
  });
});
