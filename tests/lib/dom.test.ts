import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/lib/document';
import { element } from '../../src/lib/dom';

describe('element', () => {
  it('sets attributes as given, bare for true, none for false or undefined, then appends children', () => {
    const doc = buildDocument();
    const button = element(
      doc,
      'button',
      { type: 'button', class: 'a b', hidden: true, disabled: false, title: undefined, tabindex: 0 },
      'Next ',
      element(doc, 'span', {}, '→'),
    );
    expect(button.getAttributeNames().sort()).toEqual(['class', 'hidden', 'tabindex', 'type']);
    expect([button.type, button.className, button.getAttribute('hidden'), button.getAttribute('tabindex')]).toEqual([
      'button',
      'a b',
      '',
      '0',
    ]);
    expect(button.innerHTML).toBe('Next <span>→</span>');
  });

  it('writes strings as text: markup in data stays text', () => {
    const doc = buildDocument();
    const p = element(doc, 'p', { title: '"><img src=x>' }, '<img src=x onerror=alert(1)>');
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(p.getAttribute('title')).toBe('"><img src=x>');
  });
});
