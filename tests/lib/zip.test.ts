import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zip } from '../../src/lib/zip';
import { unzip } from '../../src/lib/zipRead';

describe('zip', () => {
  it('crc32 gives the standard check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('zip(files) round-trips names and bytes, UTF-8 names included', () => {
    const files = [
      { name: 'guide.md', data: '# Die Ära des Dollars\n' },
      { name: 'data/gold-price.csv', data: 'date,usd_per_oz\n1934,35\n' },
      { name: 'empty.txt', data: '' },
    ];
    const out = unzip(zip(files));
    expect(out.map((f) => [f.name, new TextDecoder().decode(f.data)])).toEqual(files.map((f) => [f.name, f.data]));
  });

  it('zip(files) is the same byte for byte for the same files, so builds are reproducible', () => {
    const files = [{ name: 'a.txt', data: 'a' }];
    expect(zip(files)).toEqual(zip(files));
  });

  it('zip(files) is read by the system unzip, when there is one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'));
    const file = path.join(dir, 'kit.zip');
    writeFileSync(file, zip([{ name: 'notes/readme.txt', data: 'hello' }]));
    let listed: string;
    try {
      listed = execFileSync(
        'python3',
        [
          '-c',
          'import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);z.testzip();print(z.read("notes/readme.txt").decode())',
          file,
        ],
        { encoding: 'utf8' },
      );
    } catch {
      return;
    }
    expect(listed.trim()).toBe('hello');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});
