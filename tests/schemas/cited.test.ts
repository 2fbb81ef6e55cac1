import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { citedRow, oneOf } from '../../src/schemas/cited';
import { DATASETS } from '../../src/schemas/datasets';

describe('citedRow', () => {
  it("citedRow(own, ['estimate', 'transcribed']) puts the shared columns last, in the CSV's order", () => {
    const row = citedRow({ date: z.string(), value: z.string() }, ['transcribed', 'estimate']);
    expect(Object.keys(row.shape)).toEqual(['date', 'value', 'estimate', 'transcribed', 'source', 'note']);
  });

  it('citedRow(own) without flags adds only source and note', () => {
    expect(Object.keys(citedRow({ date: z.string() }).shape)).toEqual(['date', 'source', 'note']);
  });

  it('every dataset row ends with source and note', () => {
    for (const d of DATASETS) expect(Object.keys(d.row.shape).slice(-2), d.id).toEqual(['source', 'note']);
  });
});

describe('oneOf', () => {
  it('oneOf(values) names every allowed value in its error', () => {
    const result = oneOf(['a', 'b', 'c']).safeParse('d');
    expect(result.error?.issues[0]?.message).toBe('expected one of a, b, c');
  });

  it('oneOf(values, error) uses the error given', () => {
    expect(oneOf(['x', 'y'], 'expected x or y').safeParse('z').error?.issues[0]?.message).toBe('expected x or y');
  });
});
