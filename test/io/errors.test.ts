/** One-line DataErrors for failures the fixture corpus cannot hold (directories, permissions). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { openError } from '../../src/io/byte-source.js';
import { loadTable } from '../../src/io/index.js';

const root = mkdtempSync(join(tmpdir(), 'mlgate-io-errors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('file errors', () => {
  it('a directory without data files (a directory is a dataset: load-dataset.ts)', async () => {
    await expect(loadTable(root + '/', { format: 'csv' })).rejects.toThrow(DataError);
    await expect(loadTable(root + '/', { format: 'csv' })).rejects.toThrow(`${root}/: is a directory that holds no data files`);
  });

  it.each([
    ['EACCES', 'data.csv: cannot read the file: permission denied'],
    ['EPERM', 'data.csv: cannot read the file: permission denied'],
    ['ENOENT', 'data.csv: file not found'],
    ['EISDIR', 'data.csv: is a directory, not a file'],
    ['EIO', 'data.csv: cannot read the file: i/o error'],
  ])('%s', (code, message) => {
    const error = Object.assign(new Error(code === 'EIO' ? 'i/o error\nmore' : code), { code });
    const mapped = openError(error, 'data.csv');
    expect(mapped).toBeInstanceOf(DataError);
    expect(mapped.message).toBe(message);
  });
});
