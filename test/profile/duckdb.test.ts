/**
 * Engine duckdb (real DuckDB through @duckdb/node-api) against the streaming engine on the same
 * files: counts, nulls, min/max and the value counts agree exactly — including, beyond the cap,
 * the bottom-k sample and its threshold and the HyperLogLog registers, which proves the SQL
 * rendering of value-hash.ts is bit for bit the JavaScript one — the moments to 1e-9 of their
 * scale, and the SQL quantile summary's rank error at every point stays within its deterministic
 * bound ⌊w/2⌋/n < 1/k, checked against the exact empirical CDF of the loaded column.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/load.js';
import { numericValues, type Table } from '../../src/io/table.js';
import { profileDuckDb } from '../../src/profile/engines/duckdb.js';
import { profileStreaming } from '../../src/profile/engines/streaming.js';
import { NO_PROGRESS } from '../../src/profile/engines/progress.js';
import type { Profile } from '../../src/profile/index.js';
import { countAtOrBelow } from '../../src/stats/binning.js';
import { writeParquet } from '../../bench/lib/write-table.js';
import { wideTable } from '../../bench/lib/wide-table.js';
import { expectValid, quantileSketch } from './equivalence.js';

const root = mkdtempSync(join(tmpdir(), 'mlgate-duckdb-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SETTINGS = { numericCap: 20, categoryCap: 6, quantileK: 64 };

function expectSameProfile(sql: Profile, streamed: Profile, skip: readonly string[] = []): void {
  expect(sql.rows).toBe(streamed.rows);
  for (const x of sql.columns) {
    if (skip.includes(x.name)) continue;
    const y = streamed.columns.find((c) => c.name === x.name)!;
    expect([x.name, x.type, x.count, x.nulls]).toEqual([y.name, y.type, y.count, y.nulls]);
    expect(x.values, `${x.name} values`).toEqual(y.values);
    expect(x.distinct, `${x.name} distinct`).toEqual(y.distinct);
    if (x.numeric === null) continue;
    expect([x.numeric.min, x.numeric.max, x.numeric.negativeInfinity, x.numeric.positiveInfinity]).toEqual([y.numeric!.min, y.numeric!.max, y.numeric!.negativeInfinity, y.numeric!.positiveInfinity]);
    const scale = Math.sqrt((y.numeric!.moments.m2 ?? 0) / Math.max(1, y.count));
    expect(Math.abs((x.numeric.moments.mean ?? 0) - (y.numeric!.moments.mean ?? 0))).toBeLessThanOrEqual(1e-9 * Math.max(1, scale, Math.abs(y.numeric!.moments.mean ?? 0)));
    expect(Math.abs((x.numeric.moments.m2 ?? 0) - (y.numeric!.moments.m2 ?? 0))).toBeLessThanOrEqual(1e-9 * Math.max(1, y.numeric!.moments.m2 ?? 0));
  }
}

/** The SQL summary's observed sup error against the loaded column, and its bound. */
function expectQuantilesWithinBound(profile: Profile, table: Table): void {
  for (const c of profile.columns) {
    const sketch = quantileSketch(c);
    if (sketch === undefined || sketch.n === 0) continue;
    const sorted = numericValues(table, c.name).filter((v) => Number.isFinite(v)).sort();
    const bound = sketch.rankError();
    expect(bound, c.name).toBeLessThan(1 / 64);
    expect(sketch.variance).toBe(0);
    for (const x of sketch.cumulative.values) {
      expect(Math.abs(sketch.rank(x) - countAtOrBelow(sorted, x)) / sorted.length, `${c.name} at ${x}`).toBeLessThanOrEqual(bound);
    }
  }
}

describe('engine duckdb', { timeout: 120_000 }, () => {
  it('a CSV: the same profile as streaming (DuckDB reads yes/no as boolean, mlgate as text)', async () => {
    const file = 'test/fixtures/drift/mixed.csv';
    const sql = await profileDuckDb(file, { settings: SETTINGS });
    const streamed = await profileStreaming(file, { settings: SETTINGS, progress: NO_PROGRESS });
    expectValid(sql);
    expect(sql.sources).toEqual([{ engine: 'duckdb', input: file, files: 1, rows: 3000 }]);
    expect(sql.columns.find((c) => c.name === 'newsletter')?.type).toBe('boolean');
    expectSameProfile(sql, streamed, ['newsletter']);
    expectQuantilesWithinBound(sql, await loadTable(file));
  });

  it('a Hive-partitioned Parquet directory, partition columns included', async () => {
    const table = wideTable(9000, 3);
    for (let s = 0; s < 3; s++) {
      const rows = Array.from({ length: 3000 }, (_, i) => s * 3000 + i);
      const part: Table = {
        source: `s${s}`,
        rowCount: rows.length,
        columns: table.columns.map((c) => (c.type === 'string' ? { ...c, codes: Int32Array.from(rows, (r) => c.codes[r]) } : { ...c, values: Float64Array.from(rows, (r) => c.values[r]) })),
      };
      mkdirSync(join(root, `pq/day=${s + 1}`), { recursive: true });
      await writeParquet(part, join(root, `pq/day=${s + 1}/part-0.parquet`), { rowGroupSize: 1000 });
    }
    const sql = await profileDuckDb(join(root, 'pq'), { settings: SETTINGS });
    const streamed = await profileStreaming(join(root, 'pq'), { settings: SETTINGS, progress: NO_PROGRESS });
    expectValid(sql);
    expectSameProfile(sql, streamed);
    expect(sql.columns.find((c) => c.name === 'day')?.values.entries).toEqual([[1, 3000], [2, 3000], [3, 3000]]);
    expectQuantilesWithinBound(sql, await loadTable(join(root, 'pq')));
  });

  it('names the input when DuckDB cannot read it, and refuses unknown columns', async () => {
    const bad = join(root, 'bad.parquet');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, 'not parquet');
    await expect(profileDuckDb(bad)).rejects.toThrow(/bad\.parquet: DuckDB could not profile the data: /);
    await expect(profileDuckDb('test/fixtures/drift/mixed.csv', { columns: ['nope'] })).rejects.toThrow(/mixed\.csv: no column "nope"; the columns are "income"/);
  });
});
