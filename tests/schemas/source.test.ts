import { describe, expect, it } from 'vitest';
import { Source } from '../../src/schemas/source';

const entry = {
  id: 'fred-gfdebtn',
  author: 'U.S. Department of the Treasury',
  title: 'Federal Debt: Total Public Debt',
  publisher: 'Federal Reserve Bank of St. Louis',
  year: 2025,
  locator: 'series GFDEBTN',
  accessed: '2025-01-10',
};

describe('Source', () => {
  it('keeps a licence without its final full stop, so a page that ends the sentence never prints two', () => {
    expect(Source.parse({ ...entry, licence: 'Public domain.' }).licence).toBe('Public domain');
    expect(Source.parse({ ...entry, licence: 'CC BY 4.0' }).licence).toBe('CC BY 4.0');
  });
});
