/**
 * The streaming engine against the whole-table path: a file profiled chunk by chunk (CSV batches,
 * Parquet row groups, many files, Hive partitions) gives the profile of the loaded table — exactly
 * on every exact field, within the stated bounds for the moments and the quantile sketch. Type
 * inference across batches, and the errors for files that disagree.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/load.js';
import type { Table } from '../../src/io/table.js';
import { profileTable, type Profile } from '../../src/profile/index.js';
import { profileStreaming } from '../../src/profile/engines/streaming.js';
import { NO_PROGRESS } from '../../src/profile/engines/progress.js';
import { writeDelimited, writeParquet } from '../../bench/lib/write-table.js';
import { wideTable } from '../../bench/lib/wide-table.js';
import { expectEquivalent, expectValid } from './equivalence.js';

const root = mkdtempSync(join(tmpdir(), 'mlgate-streaming-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SMALL = { quantileK: 32, categoryCap: 50, numericCap: 40, hllPrecision: 10 };

/** The two profiles with the source list left out (they name different engines). */
function compare(streamed: Profile, whole: Profile): void {
  expectValid(streamed);
  expectEquivalent({ ...streamed, sources: [] }, { ...whole, sources: [] });
}

describe('profileStreaming equals profileTable of the loaded data', () => {
  for (const file of ['examples/drift-report/reference.csv', 'test/fixtures/drift/mixed.csv', 'test/fixtures/drift/digits.csv', 'test/fixtures/io/basic.csv.gz', 'test/fixtures/io/typed.parquet']) {
    it(`${file}, batches of 100 rows`, async () => {
      const streamed = await profileStreaming(file, { settings: SMALL, batchRows: 100, chunkBytes: 2048, progress: NO_PROGRESS });
      compare(streamed, profileTable(await loadTable(file), { settings: SMALL }));
      expect(streamed.sources).toEqual([{ engine: 'streaming', input: file, files: 1, rows: streamed.rows }]);
    });
  }

  it('a Parquet file of many row groups and a CSV of many batches (20,000 × 25, wide bench table)', async () => {
    const table = wideTable(20_000, 5);
    await writeParquet(table, join(root, 'wide.parquet'), { rowGroupSize: 3000 });
    await writeDelimited(table, join(root, 'wide.csv'));
    const whole = profileTable(table, { settings: SMALL });
    compare(await profileStreaming(join(root, 'wide.parquet'), { settings: SMALL, progress: NO_PROGRESS }), whole);
    compare(await profileStreaming(join(root, 'wide.csv'), { settings: SMALL, batchRows: 2500, chunkBytes: 65536, progress: NO_PROGRESS }), whole);
  });

  it('a Hive-partitioned directory of Parquet shards, partition columns included', async () => {
    const table = wideTable(6000, 9);
    const shards: Table[] = [];
    for (let s = 0; s < 3; s++) {
      const rows = Array.from({ length: 2000 }, (_, i) => s * 2000 + i);
      const part: Table = {
        source: `s${s}`,
        rowCount: rows.length,
        columns: table.columns.slice(0, 6).map((c) => (c.type === 'string' ? { ...c, codes: Int32Array.from(rows, (r) => c.codes[r]) } : { ...c, values: Float64Array.from(rows, (r) => c.values[r]) })),
      };
      shards.push(part);
      mkdirSync(join(root, `hive/year=202${s}/region=eu`), { recursive: true });
      await writeParquet(part, join(root, `hive/year=202${s}/region=eu/part-0.parquet`), { rowGroupSize: 700 });
    }
    writeFileSync(join(root, 'hive/_SUCCESS'), '');
    const streamed = await profileStreaming(join(root, 'hive'), { settings: SMALL, progress: NO_PROGRESS });
    const loaded = await loadTable(join(root, 'hive'));
    expect(loaded.columns.map((c) => c.name).slice(-2)).toEqual(['year', 'region']);
    compare(streamed, profileTable(loaded, { settings: SMALL }));
    const year = streamed.columns.find((c) => c.name === 'year')!;
    expect(year.values.entries).toEqual([[2020, 2000], [2021, 2000], [2022, 2000]]);
  });

  it('reads a column again as text when a later batch contradicts its type (as the whole-file reader does)', async () => {
    const lines = ['id,v,w'];
    for (let i = 0; i < 5000; i++) lines.push(`${i},${i % 7 === 0 ? '' : (i % 13) + 0.5},${i}`);
    lines.push('5000,n/a,5000');
    writeFileSync(join(root, 'late-text.csv'), lines.join('\n') + '\n');
    const streamed = await profileStreaming(join(root, 'late-text.csv'), { settings: SMALL, batchRows: 1000, chunkBytes: 4096, progress: NO_PROGRESS });
    const whole = profileTable(await loadTable(join(root, 'late-text.csv')), { settings: SMALL });
    expect(streamed.columns.map((c) => c.type)).toEqual(['integer', 'string', 'integer']);
    compare(streamed, whole);
  });

  it('profiles a header-only file as its columns with no rows', async () => {
    writeFileSync(join(root, 'header-only.csv'), 'a,b\n');
    const profile = await profileStreaming(join(root, 'header-only.csv'), { progress: NO_PROGRESS });
    expectValid(profile);
    expect(profile.rows).toBe(0);
    expect(profile.columns.map((c) => [c.name, c.count, c.nulls])).toEqual([['a', 0, 0], ['b', 0, 0]]);
  });

  it('refuses files whose columns disagree, naming the file and the column', async () => {
    mkdirSync(join(root, 'disagree'), { recursive: true });
    writeFileSync(join(root, 'disagree/a.csv'), 'x,y\n1,2\n');
    writeFileSync(join(root, 'disagree/b.csv'), 'x,z\n1,2\n');
    await expect(profileStreaming(join(root, 'disagree'), { progress: NO_PROGRESS })).rejects.toThrow(/disagree\/b\.csv: has no column "y", which ".*disagree\/a\.csv" has; the parts of a dataset must have the same columns/);
  });
});

describe('two lanes (the input split in two, profiles merged)', () => {
  const SPLIT = { settings: SMALL, splitBytes: 10_000, batchRows: 500, chunkBytes: 4096, progress: NO_PROGRESS, lanes: 2 as const };

  it('a CSV split at a line start, a Parquet file by row groups, a directory by files: the one-lane profile within the bounds', async () => {
    const table = wideTable(6000, 21);
    await writeDelimited(table, join(root, 'lanes.csv'));
    await writeParquet(table, join(root, 'lanes.parquet'), { rowGroupSize: 1000 });
    mkdirSync(join(root, 'lanes-dir'), { recursive: true });
    for (const s of [0, 1, 2]) await writeDelimited({ ...table, rowCount: 2000, columns: table.columns.map((c) => (c.type === 'string' ? { ...c, codes: c.codes.subarray(s * 2000, (s + 1) * 2000) } : { ...c, values: c.values.subarray(s * 2000, (s + 1) * 2000) })) }, join(root, `lanes-dir/part-${s}.csv`));
    for (const input of ['lanes.csv', 'lanes.parquet', 'lanes-dir']) {
      const one = await profileStreaming(join(root, input), { ...SPLIT, lanes: 1 });
      const two = await profileStreaming(join(root, input), SPLIT);
      expect(two.sources).toEqual(one.sources);
      compare(two, one);
      // Deterministic: the split depends on the input only.
      expect(JSON.stringify(await profileStreaming(join(root, input), SPLIT))).toBe(JSON.stringify(two));
    }
  });

  it('falls back to one lane when the CSV split lands inside a quoted field', async () => {
    const lines = ['id,note'];
    for (let i = 0; i < 400; i++) lines.push(`${i},plain`);
    lines.push(`400,"${'line\n'.repeat(3000)}end"`);
    for (let i = 401; i < 800; i++) lines.push(`${i},plain`);
    writeFileSync(join(root, 'quoted.csv'), lines.join('\n') + '\n');
    const one = await profileStreaming(join(root, 'quoted.csv'), { ...SPLIT, lanes: 1 });
    const two = await profileStreaming(join(root, 'quoted.csv'), SPLIT);
    expect(two).toEqual(one);
    expect(two.rows).toBe(800);
  });

  it('reports an error in the second half with the row number a single read gives', async () => {
    const lines = ['a,b'];
    for (let i = 0; i < 3000; i++) lines.push(`${i},${i}`);
    lines.push('3000,1,extra');
    writeFileSync(join(root, 'ragged.csv'), lines.join('\n') + '\n');
    await expect(profileStreaming(join(root, 'ragged.csv'), SPLIT)).rejects.toThrow(/ragged\.csv, row 3001: has 3 fields but the header has 2/);
  });
});

describe('the progress line', () => {
  function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
    const s = { isTTY, text: '', write(chunk: string) { s.text += chunk; return true; } };
    return s as unknown as NodeJS.WriteStream & { text: string };
  }

  it('is written on a terminal, rewritten in place and erased at the end; never on a pipe', async () => {
    const { terminalProgress } = await import('../../src/profile/engines/progress.js');
    const tty = stream(true);
    const progress = terminalProgress(tty);
    progress.update(1, 3, 1_234_567);
    progress.done();
    expect(tty.text).toMatch(/^\rprofiling: 1\/3 files, 1,234,567 rows \([\d,]+ rows\/s\)\x1b\[K\r\x1b\[K$/);
    const pipe = stream(false);
    const quiet = terminalProgress(pipe);
    quiet.update(1, 3, 10);
    quiet.done();
    expect(pipe.text).toBe('');
  });
});
