import { describe, expect, it } from 'vitest';
import { citation, citations, CITATION_STYLES } from '../../src/lib/cite';

const view = {
  title: 'Triffin model',
  url: 'https://example.org/triffin/?preset=uk-1948&history=1',
  accessed: '2026-12-06',
};

describe('citation', () => {
  it('citations(view) gives all five styles, each carrying the view’s URL', () => {
    const all = citations(view);
    expect(all.map((c) => c.style)).toEqual([...CITATION_STYLES]);
    for (const c of all) expect(c.text).toContain(view.url);
  });

  it("citation('APA', view) names the author, date, title, site, access date and URL", () => {
    expect(citation('APA', view)).toBe(
      'Reserve Currencies Project. (2026, December 5). Triffin model. Reserve currencies: a history to test. Retrieved December 6, 2026, from https://example.org/triffin/?preset=uk-1948&history=1',
    );
  });

  it("citation('MLA', view) abbreviates long months and ends with the access date", () => {
    expect(citation('MLA', { ...view, published: '2027-06-01' })).toBe(
      '“Triffin model.” Reserve currencies: a history to test, Reserve Currencies Project, 1 June 2027, https://example.org/triffin/?preset=uk-1948&history=1. Accessed 6 Dec. 2026.',
    );
  });

  it("citation('Chicago', view) writes dates in full", () => {
    expect(citation('Chicago', view)).toContain('December 5, 2026. Accessed December 6, 2026.');
  });

  it("citation('BibTeX', t) escapes BibTeX's special characters in the title", () => {
    const text = citation('BibTeX', { ...view, title: 'Debt & deficits: 100% {of} GDP_#1' });
    expect(text).toContain('title = {{Debt \\& deficits: 100\\% \\{of\\} GDP\\_\\#1}}');
    expect(text).toMatch(/^@misc\{reservecurrencies2026debt,/);
    expect(text).toContain('urldate = {2026-12-06}');
  });

  it("citation('RIS', t) keeps every field on one line and closes the record", () => {
    const lines = citation('RIS', { ...view, title: 'Two\nlines' }).split('\n');
    expect(lines).toContain('TI  - Two lines');
    expect(lines).toContain('UR  - https://example.org/triffin/?preset=uk-1948&history=1');
    expect(lines).toContain('Y2  - 2026/12/06');
    expect(lines.at(-1)).toBe('ER  - ');
  });

  it('citation(style, site) names the site once when the site itself is cited', () => {
    const site = {
      title: 'Reserve currencies: a history to test',
      url: 'https://example.org/',
      accessed: '2026-12-06',
    };
    for (const style of ['APA', 'MLA', 'Chicago'] as const)
      expect(citation(style, site).split('Reserve currencies: a history to test')).toHaveLength(2);
  });

  it('gives a title typographic quotes in the styles pasted into prose, and keeps it as it is in BibTeX and RIS', () => {
    const t = { ...view, title: `The dollar's "exorbitant privilege"` };
    for (const style of ['APA', 'MLA', 'Chicago'] as const)
      expect(citation(style, t)).toContain('The dollar’s “exorbitant privilege”');
    expect(citation('BibTeX', t)).toContain(`The dollar's "exorbitant privilege"`);
    expect(citation('RIS', t)).toContain(`TI  - The dollar's "exorbitant privilege"`);
  });
});
