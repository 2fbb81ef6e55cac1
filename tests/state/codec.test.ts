import { describe, expect, it } from 'vitest';
import { defineCodec, idField, upgradeTo, type Migration } from '../../src/state/codec';

/** Version 1 called the field `e`; version 2 calls it `event`. */
const renameE: Migration = (p) => {
  const out = new URLSearchParams(p);
  const e = out.get('e');
  out.delete('e');
  if (e !== null && !out.has('event')) out.set('event', e);
  return out;
};
const codec = defineCodec({ event: '' }, { event: idField('event') }, [], { current: 2, upgrades: { 1: renameE } });

describe('defineCodec with a version', () => {
  it('parse upgrades a link without v (version 1) through the upgrades', () => {
    expect(codec.parse('?e=nixon-1971')).toEqual({ event: 'nixon-1971' });
  });

  it('parse reads a current link as it is, and does not upgrade it again', () => {
    expect(codec.parse('?v=2&event=nixon-1971&e=other')).toEqual({ event: 'nixon-1971' });
  });

  it('parse reads a junk or future v as the current version', () => {
    expect(codec.parse('?v=99&event=bretton-woods')).toEqual({ event: 'bretton-woods' });
    expect(codec.parse('?v=<b>&e=x&event=y')).toEqual({ event: 'y' });
  });

  it('format writes v once the format has moved past version 1, and nothing for the defaults', () => {
    expect(codec.format({ event: 'nixon-1971' })).toBe('?v=2&event=nixon-1971');
    expect(codec.format({ event: '' })).toBe('');
  });

  it('upgradeTo drops v and leaves other parameters alone at version 1', () => {
    expect(upgradeTo({ current: 1, upgrades: {} })(new URLSearchParams('v=1&a=b')).toString()).toBe('a=b');
  });
});
