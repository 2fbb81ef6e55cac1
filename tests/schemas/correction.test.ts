import { describe, expect, it } from 'vitest';
import { Checksums, Correction } from '../../src/schemas/correction';

const valid = {
  id: 'verdict-triffin',
  date: '2026-12-05',
  kind: 'correction',
  title: 'Triffin claim: verdict changed',
  affects: { claims: ['triffin'] },
  why: 'The evidence corrects two details.',
};

const messages = (input: unknown) => {
  const result = Correction.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('Correction', () => {
  it('Correction.parse(entry) fills empty lists for what an entry does not name', () => {
    const entry = Correction.parse(valid);
    expect(entry.affects).toEqual({ datasets: [], claims: ['triffin'], events: [], chapters: [], sources: [] });
    expect(entry).toMatchObject({ changes: [], checksums: [], merged: [], sources: [] });
  });

  it('Correction rejects an entry that concerns nothing', () => {
    expect(messages({ ...valid, affects: {} })).toEqual([
      'affects: expected at least one dataset, claim, event, chapter or source',
    ]);
  });

  it('Correction names the kinds it accepts and wants a full ISO date', () => {
    expect(messages({ ...valid, kind: 'fix', date: '2026-12' })).toEqual([
      'date: expected an ISO date (YYYY-MM-DD)',
      'kind: expected one of correction, clarification, merge, review, update',
    ]);
  });

  it('Correction asks for checksums in quotes (YAML reads an all-digit checksum as a number)', () => {
    const move = { dataset: 'guilder', before: 1234567890123456, after: 'abcdef0123456789' };
    expect(messages({ ...valid, affects: { datasets: ['guilder'] }, checksums: [move] })).toEqual([
      'checksums.0.before: expected a 16-digit hex checksum in quotes',
    ]);
  });

  it('Checksums maps dataset ids to 16-digit hex checksums', () => {
    expect(Checksums.safeParse({ guilder: '459a58816a4d8264' }).success).toBe(true);
    expect(Checksums.safeParse({ guilder: '459A58816A4D8264' }).success).toBe(false);
    expect(Checksums.safeParse({ Guilder: '459a58816a4d8264' }).success).toBe(false);
  });
});
