/**
 * A real two-shard ClickHouse cluster for the tests: scripts/clickhouse/cluster.sh starts two
 * clickhouse-server processes (Debian's 18.16) on 127.0.0.1 with a `remote_servers` entry naming
 * both; {@link loadSharded} creates a MergeTree table `local` on each shard holding part of a
 * dataset (inserted as RowBinary, so every double arrives bit for bit) and a Distributed table
 * `dist` over both. `CLICKHOUSE_SERVER` is undefined where the package is not installed (.ci/run
 * installs it); the tests that need it skip with that reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isNumeric, type Table } from '../../src/io/table.js';

export const CLICKHOUSE_SERVER = ['/usr/bin/clickhouse-server', '/usr/sbin/clickhouse-server'].find((p) => existsSync(p));
const SCRIPT = new URL('../../scripts/clickhouse/cluster.sh', import.meta.url).pathname;

export interface Cluster {
  url(shard: 0 | 1): string;
  sql(shard: 0 | 1, query: string, body?: Buffer): Promise<string>;
  stop(): void;
}

/** Starts both servers on ports from `base` (HTTP base and base + 1); call stop() in afterAll. */
export function startCluster(base: number): Cluster {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-clickhouse-'));
  execFileSync('bash', [SCRIPT, 'start', dir, String(base)], { stdio: 'pipe' });
  const url = (shard: 0 | 1) => `http://127.0.0.1:${base + shard}/`;
  return {
    url,
    async sql(shard, query, body) {
      const target = body === undefined ? url(shard) : `${url(shard)}?query=${encodeURIComponent(query)}`;
      const response = await fetch(target, { method: 'POST', body: body === undefined ? query : new Uint8Array(body) });
      const text = await response.text();
      if (!response.ok) throw new Error(`shard ${shard}: ${text}`);
      return text;
    },
    stop() {
      execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `local` on each shard with rows [0, split) and [split, n), and `dist` (Distributed) over both. */
export async function loadSharded(cluster: Cluster, table: Table, split: number): Promise<void> {
  const columns = table.columns.map((c) => `\`${c.name}\` ${clickhouseType(c.type)}`).join(', ');
  for (const shard of [0, 1] as const) {
    await cluster.sql(shard, `CREATE TABLE local (${columns}) ENGINE = MergeTree ORDER BY tuple()`);
    await cluster.sql(shard, 'CREATE TABLE dist AS local ENGINE = Distributed(mlgate_two_shards, default, local, rand())');
  }
  await cluster.sql(0, 'INSERT INTO local FORMAT RowBinary', rowBinary(table, 0, split));
  await cluster.sql(1, 'INSERT INTO local FORMAT RowBinary', rowBinary(table, split, table.rowCount));
}

/** The table plus a datetime column (whole seconds: ClickHouse 18's DateTime). */
export function withDatetime(t: Table): Table {
  const values = Float64Array.from({ length: t.rowCount }, (_, i) => (i % 97 === 0 ? NaN : 1.7e12 + ((i * 7919) % 5000) * 60_000));
  const nullCount = values.filter((v) => Number.isNaN(v)).length;
  return { ...t, columns: [...t.columns, { name: 'seen_at', type: 'datetime', values, nullCount }] };
}

export function clickhouseType(type: string): string {
  if (type === 'string') return 'Nullable(String)';
  if (type === 'integer') return 'Nullable(Int64)';
  if (type === 'datetime') return 'Nullable(DateTime)';
  return 'Nullable(Float64)';
}

/** Rows [from, to) as ClickHouse RowBinary: per Nullable value a null flag byte, then the value. */
export function rowBinary(t: Table, from: number, to: number): Buffer {
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
