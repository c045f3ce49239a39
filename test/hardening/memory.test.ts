/**
 * Issue 14, inputs larger than memory: a file that will not fit fails at once with one line
 * naming its size and the remedy — never an out-of-memory kill. Tested with a sparse file (100 GB
 * that occupies no disk; refused before a byte is read) and with a small limit injected through
 * MLGATE_MEMORY_LIMIT.
 */
import { closeSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError, describeError } from '../../src/errors.js';
import { loadTablePair } from '../../src/io/load-pair.js';
import { loadTable } from '../../src/io/load.js';
import { MEMORY_FACTORS, parseByteSize } from '../../src/io/memory-budget.js';
import { cliInProcess } from '../support/cli-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-memory-'));

function sparse(name: string, bytes: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

function csv(name: string, rows: number): string {
  const path = join(dir, name);
  writeFileSync(path, `x,y\n${Array.from({ length: rows }, (_, i) => `${i},${i % 7}`).join('\n')}\n`);
  return path;
}

afterEach(() => vi.unstubAllEnvs());

describe('a file larger than memory is refused before it is read', () => {
  it('a 100 GB (sparse) CSV: one line with its size, the need and the remedies', async () => {
    const path = sparse('huge.csv', 100e9);
    const error = await loadTable(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const line = describeError(error);
    expect(line).not.toContain('\n');
    expect(line).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: is 100\\.0 GB on disk; reading it needs about 130\\.0 GB of memory \\(1\\.3× the CSV size\\), but .* is available on this machine: sample it with \`max-rows\`, or compare against a reference profile instead of the full file \\(MLGATE_MEMORY_LIMIT overrides the figure\\)$`));
  });

  it('MLGATE_MEMORY_LIMIT sets the figure: a 100 KB CSV under a 64 KB limit is refused, under the default it loads', async () => {
    const path = csv('small.csv', 12_000);
    expect((await loadTable(path)).rowCount).toBe(12_000);
    vi.stubEnv('MLGATE_MEMORY_LIMIT', '64K');
    await expect(loadTable(path)).rejects.toThrow(/small\.csv: is \d+\.\d KB on disk; reading it needs about \d+\.\d KB of memory .*, but 65\.5 KB is MLGATE_MEMORY_LIMIT: sample it with `max-rows`/);
  });

  it('JSON counts five times its size, and a gzip file its decompressed size', async () => {
    expect(MEMORY_FACTORS.json).toBe(5);
    const json = join(dir, 'rows.json');
    writeFileSync(json, JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ x: i }))));
    const gz = join(dir, 'rows.csv.gz');
    writeFileSync(gz, gzipSync(`x\n${'1\n'.repeat(200_000)}`));
    vi.stubEnv('MLGATE_MEMORY_LIMIT', '200K');
    await expect(loadTable(json)).rejects.toThrow(/rows\.json: is 10\d\.\d KB on disk; reading it needs about 5\d\d\.\d KB.*\(5× the JSON size\)/);
    await expect(loadTable(gz)).rejects.toThrow(/rows\.csv\.gz: is \d+ bytes on disk \(about 400\.0 KB decompressed\); reading it needs about 520\.0 KB/);
  });

  it('two files read together (drift-report\'s pair) count together', async () => {
    const a = csv('a.csv', 4000);
    const b = csv('b.csv', 4000);
    vi.stubEnv('MLGATE_MEMORY_LIMIT', String(Math.round(1.5 * 1.3 * 35_000)));
    await expect(loadTable(a)).resolves.toBeDefined();
    const error = await loadTablePair(a, {}, b, {}, { worker: undefined, minBytes: 0 }).catch((e: unknown) => e);
    expect(describeError(error)).toMatch(/a\.csv: is .* on disk; reading it with .*b\.csv needs about/);
  });

  it('the CLI exits 2 with that one line (was an out-of-memory kill)', async () => {
    const path = sparse('huge2.csv', 100e9);
    const run = await cliInProcess(['validate-data', '--data', path, '--reference', path]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('is 100.0 GB on disk');
  });

  it('reads sizes written as people write them', () => {
    expect(parseByteSize('512M')).toBe(512 * 1024 ** 2);
    expect(parseByteSize('6G')).toBe(6 * 1024 ** 3);
    expect(parseByteSize('1.5GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseByteSize('1000')).toBe(1000);
    expect(parseByteSize('lots')).toBeUndefined();
    expect(parseByteSize(undefined)).toBeUndefined();
  });
});
