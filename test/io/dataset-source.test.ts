/**
 * Datasets named by a glob or a directory: the files found (Hive partitions, bookkeeping files
 * skipped, .gz), loadTable's concatenation checked against loading the files one by one, and the
 * one-line errors for empty matches, mixed formats, disagreeing columns and partition keys.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { loadTable } from '../../src/io/load.js';
import { resolveDatasetSource, inferPartitionType } from '../../src/io/dataset-source.js';
import { isNumeric, type Table } from '../../src/io/table.js';
import { writeParquet } from '../../bench/lib/write-table.js';

const root = mkdtempSync(join(tmpdir(), 'mlgate-dataset-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string | Uint8Array): string {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** Rows of a column as plain values (null for missing) for comparing tables. */
function cells(table: Table, name: string): unknown[] {
  const c = table.columns.find((x) => x.name === name)!;
  if (isNumeric(c)) return Array.from(c.values, (v) => (Number.isNaN(v) ? null : v));
  return Array.from(c.codes, (k) => (k < 0 ? null : c.dictionary[k]));
}

describe('resolveDatasetSource', () => {
  write('hive/year=2024/month=01/part-0.csv', 'a,b\n1,x\n2,y\n');
  write('hive/year=2024/month=02/part-0.csv.gz', gzipSync('a,b\n3,z\n'));
  write('hive/year=2023/month=12/part-1.csv', 'a,b\n4,x\n');
  write('hive/year=2023/month=12/_SUCCESS', '');
  write('hive/year=2023/month=12/.part-1.csv.crc', 'x');
  write('hive/_temporary/0/part-9.csv', 'a,b\n99,q\n');

  it('lists a directory recursively, sorted, skipping bookkeeping, with typed partition columns', () => {
    const source = resolveDatasetSource(join(root, 'hive'));
    expect(source.format).toBe('csv');
    expect(source.files.map((f) => f.path.slice(root.length + 1))).toEqual([
      'hive/year=2023/month=12/part-1.csv',
      'hive/year=2024/month=01/part-0.csv',
      'hive/year=2024/month=02/part-0.csv.gz',
    ]);
    expect(source.files.map((f) => f.gzip)).toEqual([false, false, true]);
    expect(source.partitionColumns).toEqual([{ name: 'year', type: 'integer' }, { name: 'month', type: 'integer' }]);
    expect(source.files[1].partitions).toEqual([{ name: 'year', text: '2024' }, { name: 'month', text: '01' }]);
  });

  it('reads partitions below the fixed part of a glob', () => {
    const source = resolveDatasetSource(join(root, 'hive/year=2024/*/*.csv*'));
    expect(source.files).toHaveLength(2);
    expect(source.partitionColumns.map((p) => p.name)).toEqual(['month']);
  });

  it('infers partition types like CSV columns', () => {
    expect(inferPartitionType(['01', '12'])).toBe('integer');
    expect(inferPartitionType(['0.5', '2'])).toBe('number');
    expect(inferPartitionType(['2024-01-01', null])).toBe('datetime');
    expect(inferPartitionType(['true', 'false'])).toBe('boolean');
    expect(inferPartitionType(['EU', '01'])).toBe('string');
  });

  it.each([
    ['an empty directory', () => {
      mkdirSync(join(root, 'empty/sub'), { recursive: true });
      write('empty/sub/_SUCCESS', '');
      return join(root, 'empty');
    }, /empty: is a directory that holds no data files \(looked for \.csv/],
    ['a glob matching nothing', () => join(root, 'nothing-*.csv'), /no file matches/],
    ['mixed formats', () => {
      write('mixed/a.csv', 'a\n1\n');
      write('mixed/b.parquet', 'PAR1');
      return join(root, 'mixed');
    }, /mixes file formats: ".*a\.csv" is csv but ".*b\.parquet" is parquet/],
    ['different partition keys', () => {
      write('keys/year=1/a.csv', 'a\n1\n');
      write('keys/region=eu/b.csv', 'a\n1\n');
      return join(root, 'keys');
    }, /year=1\/a\.csv: is partitioned by year= but ".*region=eu\/b\.csv" by region=|region=eu\/b\.csv: is partitioned by region= but ".*year=1\/a\.csv" by year=/],
  ])('refuses %s in one DataError line', (_name, make, message) => {
    const input = make();
    expect(() => resolveDatasetSource(input)).toThrow(DataError);
    expect(() => resolveDatasetSource(input)).toThrow(message);
  });
});

describe('loadTable over a glob or a directory', () => {
  it('concatenates the files in sorted order with the partition columns after the file columns', async () => {
    const table = await loadTable(join(root, 'hive'));
    expect(table.source).toBe(join(root, 'hive'));
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([['a', 'integer'], ['b', 'string'], ['year', 'integer'], ['month', 'integer']]);
    expect(cells(table, 'a')).toEqual([4, 1, 2, 3]);
    expect(cells(table, 'b')).toEqual(['x', 'x', 'y', 'z']);
    expect(cells(table, 'year')).toEqual([2023, 2024, 2024, 2024]);
    expect(cells(table, 'month')).toEqual([12, 1, 1, 2]);
  });

  it('equals the files loaded one by one, for Parquet shards too', async () => {
    const parts: Table[] = [0, 1, 2].map((s) => ({
      source: `p${s}`,
      rowCount: 3,
      columns: [
        { name: 'x', type: 'number', values: Float64Array.of(s, s + 0.5, NaN), nullCount: 1 },
        { name: 'c', type: 'string', codes: Int32Array.of(0, 1, -1), dictionary: [`k${s}`, 'shared'], nullCount: 1 },
      ],
    }));
    mkdirSync(join(root, 'pq/country=DE'), { recursive: true });
    for (const [s, part] of parts.entries()) await writeParquet(part, join(root, `pq/country=DE/part-${s}.parquet`));
    const table = await loadTable(join(root, 'pq'));
    expect(table.rowCount).toBe(9);
    expect(cells(table, 'x')).toEqual([0, 0.5, null, 1, 1.5, null, 2, 2.5, null]);
    expect(cells(table, 'c')).toEqual(['k0', 'shared', null, 'k1', 'shared', null, 'k2', 'shared', null]);
    expect(cells(table, 'country')).toEqual(Array(9).fill('DE'));
    const selected = await loadTable(join(root, 'pq/*/*.parquet'), { columns: ['c', 'country'] });
    expect(selected.columns.map((c) => c.name)).toEqual(['c', 'country']);
  });

  it('makes a column text when one file has numbers and another text, keeping the tokens', async () => {
    write('types/a.csv', 'v,w\n1.50,1\n2,\n');
    write('types/b.csv', 'v,w\nN/A,2.5\n');
    write('types/c.csv', 'v,w\n,\n');
    const table = await loadTable(join(root, 'types/*.csv'));
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([['v', 'string'], ['w', 'number']]);
    expect(cells(table, 'v')).toEqual(['1.50', '2', 'N/A', null]);
    expect(cells(table, 'w')).toEqual([1, null, 2.5, null]);
  });

  it('names the file and the column when the files disagree on their columns', async () => {
    write('cols/a.csv', 'x,y\n1,2\n');
    write('cols/b.csv', 'x,z\n1,2\n');
    await expect(loadTable(join(root, 'cols'))).rejects.toThrow(/cols\/b\.csv: has no column "y", which ".*cols\/a\.csv" has/);
  });

  it('still loads a single file as before, and a literal file name with brackets', async () => {
    const path = write('we[ird].csv', 'a\n1\n');
    expect((await loadTable(path)).rowCount).toBe(1);
    await expect(loadTable(join(root, 'missing.csv'))).rejects.toThrow(/missing\.csv: file not found/);
  });
});
