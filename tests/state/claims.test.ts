import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/schemas/claim';
import {
  CLAIMS_DEFAULTS,
  formatClaimsState,
  parseClaimsState,
  VERDICT_SLUGS,
  verdictSlug,
} from '../../src/state/claims';
import { claimsStates } from './fixtures';

describe('claims URL state', () => {
  it('VERDICT_SLUGS spells every verdict of the schema, in its order', () => {
    expect(VERDICT_SLUGS).toEqual(VERDICTS.map(verdictSlug));
  });

  it('parseClaimsState(formatClaimsState(s)) gives back s', () => {
    fc.assert(
      fc.property(claimsStates, (s) => {
        expect(parseClaimsState(formatClaimsState(s))).toEqual(s);
      }),
    );
  });

  it('formatClaimsState(parseClaimsState(q)) is canonical: formatting twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (junk) => {
        const once = formatClaimsState(parseClaimsState(junk));
        expect(formatClaimsState(parseClaimsState(once))).toBe(once);
      }),
    );
  });

  it('formatClaimsState writes nothing for the defaults and only what is set otherwise', () => {
    expect(formatClaimsState(CLAIMS_DEFAULTS)).toBe('');
    expect(formatClaimsState({ verdict: 'partly-supported', era: '' })).toBe('?verdict=partly-supported');
    expect(formatClaimsState({ verdict: 'contested', era: 'sterling' })).toBe('?verdict=contested&era=sterling');
    expect(formatClaimsState({ verdict: '', era: 'bitcoin' })).toBe('?era=bitcoin');
  });

  it('parseClaimsState never throws and falls back to every claim on junk', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        expect(() => parseClaimsState(junk)).not.toThrow();
      }),
    );
    expect(parseClaimsState('?verdict=maybe&era=martian')).toEqual(CLAIMS_DEFAULTS);
    expect(parseClaimsState('?verdict=%E0%A4%A&era=<script>')).toEqual(CLAIMS_DEFAULTS);
    expect(parseClaimsState('?verdict=&era=')).toEqual(CLAIMS_DEFAULTS);
  });

  it('parseClaimsState reads a verdict spelled as shown (spaces, capitals)', () => {
    expect(parseClaimsState('?verdict=partly+supported').verdict).toBe('partly-supported');
    expect(parseClaimsState('?verdict=Not%20Supported&era=dollar')).toEqual({
      verdict: 'not-supported',
      era: 'dollar',
    });
  });

  it('parseClaimsState keeps the other filter when one is junk', () => {
    expect(parseClaimsState('?verdict=contested&era=yen')).toEqual({ verdict: 'contested', era: '' });
  });
});
