/** expandFileInput on a temporary directory tree. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { expandFileInput, segmentPattern } from '../../src/io/glob.js';

const root = mkdtempSync(join(tmpdir(), 'mlgate-glob-'));
for (const file of ['a.csv', 'b.csv', 'c.parquet', '.hidden.csv', 'data/x1.csv', 'data/x2.csv', 'data/deep/x3.csv', 'data/.git/y.csv', 'we[ird].csv']) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), 'a\n1\n');
}
mkdirSync(join(root, 'dir.csv'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('expandFileInput', () => {
  it.each([
    ['*.csv', ['a.csv', 'b.csv', 'we[ird].csv']],
    ['?.csv', ['a.csv', 'b.csv']],
    ['[ab].csv', ['a.csv', 'b.csv']],
    ['[!a].csv', ['b.csv']],
    ['.*.csv', ['.hidden.csv']],
    ['data/*.csv', ['data/x1.csv', 'data/x2.csv']],
    ['data/**/*.csv', ['data/deep/x3.csv', 'data/x1.csv', 'data/x2.csv']],
    ['**/x?.csv', ['data/deep/x3.csv', 'data/x1.csv', 'data/x2.csv']],
    ['data/**', ['data/deep/x3.csv', 'data/x1.csv', 'data/x2.csv']],
    ['we\\[ird\\].csv', ['we[ird].csv']],
    ['*.{csv,parquet}', []],
  ])('%s', (pattern, expected) => {
    if (expected.length === 0) {
      expect(() => expandFileInput(pattern, root)).toThrow(new DataError(`no file matches "${pattern}"`));
    } else {
      expect(expandFileInput(pattern, root)).toEqual(expected);
    }
  });

  it('returns a plain path unchanged, existing or not', () => {
    expect(expandFileInput('missing.csv', root)).toEqual(['missing.csv']);
  });

  it('keeps absolute patterns absolute', () => {
    expect(expandFileInput(`${root}/data/x*.csv`)).toEqual([`${root}/data/x1.csv`, `${root}/data/x2.csv`]);
  });

  it('translates segments to anchored expressions', () => {
    expect(segmentPattern('a*b?.c[0-9]').test('aXYbZ.c7')).toBe(true);
    expect(segmentPattern('a*').test('ba')).toBe(false);
  });
});
