/**
 * Engine clickhouse against a real two-shard cluster: scripts/clickhouse/cluster.sh starts two
 * clickhouse-server processes (Debian's 18.16) on 127.0.0.1, a MergeTree table on each holds part
 * of a dataset (inserted as RowBinary, so every double arrives bit for bit), and a Distributed
 * table over both is profiled through the HTTP interface. The profile equals profileTable of the
 * whole dataset exactly on counts, nulls, min/max, value counts, bottom-k sample and HyperLogLog
 * registers (the SQL hash is value-hash.ts bit for bit), the moments to 1e-9 of their scale, and
 * the exact order statistics at ~k ranks stay within their deterministic bound. Skipped, with the
 * reason, only where clickhouse-server is not installed (.ci/run installs it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNumeric, numericValues, type Table } from '../../src/io/table.js';
import { profileClickHouse } from '../../src/profile/engines/clickhouse.js';
import { profileTable } from '../../src/profile/index.js';
import { countAtOrBelow } from '../../src/stats/binning.js';
import { wideTable } from '../../bench/lib/wide-table.js';
import { expectValid, quantileSketch } from './equivalence.js';

const SERVER = ['/usr/bin/clickhouse-server', '/usr/sbin/clickhouse-server'].find((p) => existsSync(p));
const SCRIPT = new URL('../../scripts/clickhouse/cluster.sh', import.meta.url).pathname;
const BASE = 20000 + (process.pid % 30) * 300;
const SETTINGS = { numericCap: 30, categoryCap: 20, quantileK: 128 };

if (SERVER === undefined) console.warn('clickhouse tests skipped: clickhouse-server is not installed (apt-get install -y clickhouse-server)');

describe.skipIf(SERVER === undefined)('engine clickhouse on a two-shard Distributed table', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-clickhouse-'));
  const table = withDatetime(wideTable(8000, 11));
  const url = (shard: number) => `http://127.0.0.1:${BASE + shard}/`;

  async function sql(shard: number, query: string, body?: Buffer): Promise<string> {
    const target = body === undefined ? url(shard) : `${url(shard)}?query=${encodeURIComponent(query)}`;
    const response = await fetch(target, { method: 'POST', body: body === undefined ? query : new Uint8Array(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`shard ${shard}: ${text}`);
    return text;
  }

  beforeAll(async () => {
    execFileSync('bash', [SCRIPT, 'start', dir, String(BASE)], { stdio: 'pipe' });
    const columns = table.columns.map((c) => `\`${c.name}\` ${clickhouseType(c.type)}`).join(', ');
    for (const shard of [0, 1]) {
      await sql(shard, `CREATE TABLE local (${columns}) ENGINE = MergeTree ORDER BY tuple()`);
      await sql(shard, 'CREATE TABLE dist AS local ENGINE = Distributed(mlgate_two_shards, default, local, rand())');
    }
    await sql(0, 'INSERT INTO local FORMAT RowBinary', rowBinary(table, 0, 5000));
    await sql(1, 'INSERT INTO local FORMAT RowBinary', rowBinary(table, 5000, table.rowCount));
  }, 60_000);

  afterAll(() => {
    execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'pipe' });
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('holds the rows on both shards', async () => {
    expect((await sql(0, 'SELECT count() FROM local')).trim()).toBe('5000');
    expect((await sql(1, 'SELECT count() FROM local')).trim()).toBe('3000');
    expect((await sql(1, 'SELECT count() FROM dist')).trim()).toBe('8000');
  });

  it('profiles the Distributed table: the profile of the whole dataset, with a deterministic quantile bound', async () => {
    const profile = await profileClickHouse({ url: url(0), table: 'default.dist', settings: SETTINGS });
    expectValid(profile);
    expect(profile.sources).toEqual([{ engine: 'clickhouse', input: 'default.dist', files: 2, rows: 8000 }]);
    const whole = profileTable(table, { settings: SETTINGS });
    expect(profile.columns.map((c) => [c.name, c.type])).toEqual(whole.columns.map((c) => [c.name, c.type]));
    for (const [j, x] of profile.columns.entries()) {
      const y = whole.columns[j];
      expect([x.count, x.nulls], x.name).toEqual([y.count, y.nulls]);
      expect(x.values, `${x.name} values`).toEqual(y.values);
      expect(x.distinct, `${x.name} distinct`).toEqual(y.distinct);
      if (x.numeric === null) continue;
      expect([x.numeric.min, x.numeric.max]).toEqual([y.numeric!.min, y.numeric!.max]);
      const m2 = y.numeric!.moments.m2 ?? 0;
      expect(Math.abs((x.numeric.moments.mean ?? 0) - (y.numeric!.moments.mean ?? 0))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y.numeric!.moments.mean ?? 0), Math.sqrt(m2 / 8000)));
      expect(Math.abs((x.numeric.moments.m2 ?? 0) - m2)).toBeLessThanOrEqual(1e-9 * Math.max(1, m2));
      const sketch = quantileSketch(x)!;
      const bound = sketch.rankError();
      expect(bound).toBeLessThan(1 / SETTINGS.quantileK);
      const sorted = numericValues(table, x.name).filter((v) => Number.isFinite(v)).sort();
      for (const v of sketch.cumulative.values) expect(Math.abs(sketch.rank(v) - countAtOrBelow(sorted, v)) / sorted.length, `${x.name} at ${v}`).toBeLessThanOrEqual(bound);
    }
  });

  it('names the table in one line when ClickHouse refuses, and the URL when it cannot be reached', async () => {
    await expect(profileClickHouse({ url: url(0), table: 'default.nope' })).rejects.toThrow(/default\.nope: ClickHouse at .* has no table "default\.nope"/);
    await expect(profileClickHouse({ url: 'http://127.0.0.1:9/', table: 'dist' })).rejects.toThrow(/dist: cannot reach ClickHouse at http:\/\/127\.0\.0\.1:9\//);
  });
});

/** The bench table plus a datetime column (whole seconds: ClickHouse 18's DateTime). */
function withDatetime(t: Table): Table {
  const values = Float64Array.from({ length: t.rowCount }, (_, i) => (i % 97 === 0 ? NaN : 1.7e12 + ((i * 7919) % 5000) * 60_000));
  const nullCount = values.filter((v) => Number.isNaN(v)).length;
  return { ...t, columns: [...t.columns, { name: 'seen_at', type: 'datetime', values, nullCount }] };
}

function clickhouseType(type: string): string {
  if (type === 'string') return 'Nullable(String)';
  if (type === 'integer') return 'Nullable(Int64)';
  if (type === 'datetime') return 'Nullable(DateTime)';
  return 'Nullable(Float64)';
}

/** Rows [from, to) as ClickHouse RowBinary: per Nullable value a null flag byte, then the value. */
function rowBinary(t: Table, from: number, to: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = from; i < to; i++) {
    for (const c of t.columns) {
      if (!isNumeric(c)) {
        const code = c.codes[i];
        if (code < 0) parts.push(Buffer.of(1));
        else {
          const bytes = Buffer.from(c.dictionary[code], 'utf8');
          parts.push(Buffer.of(0), varint(bytes.length), bytes);
        }
        continue;
      }
      const v = c.values[i];
      if (Number.isNaN(v)) {
        parts.push(Buffer.of(1));
        continue;
      }
      const b = Buffer.alloc(c.type === 'datetime' ? 5 : 9);
      if (c.type === 'integer') b.writeBigInt64LE(BigInt(v), 1);
      else if (c.type === 'datetime') b.writeUInt32LE(v / 1000, 1);
      else b.writeDoubleLE(v, 1);
      parts.push(b);
    }
  }
  return Buffer.concat(parts);
}

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}
