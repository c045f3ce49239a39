/**
 * safe-unzip against archives written by Python's zipfile (scripts/reference/artifact-zips.py):
 * extracted files must hash to what zipfile itself reads back (test/fixtures/artifacts/expected.json),
 * and archives with entries that would leave the directory are refused whole.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractZip } from '../../src/artifacts/safe-unzip.js';
import { DataError } from '../../src/errors.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/artifacts');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, Record<string, string>>;

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function freshDir(): string {
  const parent = mkdtempSync(join(tmpdir(), 'mlgate-unzip-'));
  return join(parent, 'out');
}

describe('extractZip', () => {
  for (const archive of ['plain.zip', 'zip64.zip']) {
    it(`extracts ${archive} exactly as Python's zipfile reads it`, async () => {
      const out = freshDir();
      const files = await extractZip(join(FIXTURES, archive), out, archive);
      expect(files).toEqual(Object.keys(expected[archive]).sort());
      for (const [name, hash] of Object.entries(expected[archive])) expect(sha256(join(out, name)), name).toBe(hash);
    });
  }

  const refused: Array<[string, RegExp]> = [
    ['traversal.zip', /refusing the entry "\.\.\/evil\.txt": its path leads outside the download directory/],
    ['traversal-nested.zip', /refusing the entry "a\/\.\.\/\.\.\/evil\.txt": its path leads outside/],
    ['traversal-backslash.zip', /refusing the entry "\.\.\\evil\.txt": its path leads outside/],
    ['absolute.zip', /refusing the entry "\/tmp\/mlgate-evil\.txt": its path is absolute/],
    ['symlink.zip', /refusing the entry "link": it is a symbolic link/],
    ['duplicate.zip', /entry "a\.txt": the archive holds this name twice/],
  ];
  for (const [archive, message] of refused) {
    it(`refuses ${archive} and writes nothing outside the directory`, async () => {
      const out = freshDir();
      const parent = resolve(out, '..');
      const error = await extractZip(join(FIXTURES, archive), out, `artifact x (id 1, run 2)`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataError);
      expect((error as Error).message).toMatch(/^artifact x \(id 1, run 2\)/);
      expect((error as Error).message).toMatch(message);
      expect(readdirSync(parent)).toEqual(['out']);
      expect(existsSync('/tmp/mlgate-evil.txt')).toBe(false);
    });
  }

  it('refuses traversal before extracting anything (the valid entry ahead of it is not written)', async () => {
    const out = freshDir();
    await expect(extractZip(join(FIXTURES, 'traversal.zip'), out, 'a')).rejects.toThrow(DataError);
    expect(readdirSync(out)).toEqual([]);
  });

  it('detects a damaged download by its checksum', async () => {
    const bytes = readFileSync(join(FIXTURES, 'plain.zip'));
    // metrics.json is stored (method 0): flip one byte of its data, which the CRC-32 covers.
    const at = bytes.indexOf(Buffer.from('{"accuracy"'));
    expect(at).toBeGreaterThan(0);
    const damaged = Buffer.from(bytes);
    damaged[at + 2] ^= 0x01;
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-unzip-')), 'damaged.zip');
    writeFileSync(path, damaged);
    await expect(extractZip(path, freshDir(), 'artifact d')).rejects.toThrow('artifact d, entry "metrics.json": checksum mismatch (the download is damaged)');
  });

  it('says a file that is not a zip is not one', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-unzip-')), 'not.zip');
    writeFileSync(path, 'id,y\n1,2\n');
    await expect(extractZip(path, freshDir(), 'artifact n')).rejects.toThrow('artifact n: not a readable zip archive (no end of central directory record)');
  });
});
