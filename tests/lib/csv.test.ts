import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../src/lib/csv';

describe('parseCsv', () => {
  it('parseCsv(text) numbers records by the line they start on, across quoted line breaks', () => {
    const records = parseCsv('a,b\n"x\ny",1\nz,2\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', '1'] },
      { line: 4, cells: ['z', '2'] },
    ]);
  });

  it('parseCsv(text) reads doubled quotes, CRLF endings and empty trailing cells', () => {
    expect(parseCsv('a,"say ""hi""",\r\n').map((r) => r.cells)).toEqual([['a', 'say "hi"', '']]);
  });

  it('parseCsv(formatCsv(rows)) gives back every cell', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), (pairs) => {
        const rows = pairs.map(([x, y]) => ({ x: `v${x}`, y }));
        const parsed = parseCsv(formatCsv(['x', 'y'], rows)).slice(1);
        expect(parsed.map((r) => r.cells)).toEqual(rows.map((r) => [r.x, r.y]));
      }),
    );
  });

  it('formatCsv(columns, rows) joins lists with ; and writes null as an empty cell', () => {
    expect(formatCsv(['a', 'b'], [{ a: ['x', 'y'], b: null }])).toBe('a,b\nx;y,\n');
  });
});
