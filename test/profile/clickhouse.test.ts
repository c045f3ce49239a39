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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numericValues } from '../../src/io/table.js';
import { profileClickHouse } from '../../src/profile/engines/clickhouse.js';
import { profileTable } from '../../src/profile/index.js';
import { countAtOrBelow } from '../../src/stats/binning.js';
import { wideTable } from '../../bench/lib/wide-table.js';
import { expectValid, quantileSketch } from './equivalence.js';
import { CLICKHOUSE_SERVER as SERVER, loadSharded, startCluster, withDatetime, type Cluster } from '../support/clickhouse-cluster.js';

const BASE = 20000 + (process.pid % 30) * 300;
const SETTINGS = { numericCap: 30, categoryCap: 20, quantileK: 128 };

if (SERVER === undefined) console.warn('clickhouse tests skipped: clickhouse-server is not installed (apt-get install -y clickhouse-server)');

describe.skipIf(SERVER === undefined)('engine clickhouse on a two-shard Distributed table', { timeout: 120_000 }, () => {
  const table = withDatetime(wideTable(8000, 11));
  let cluster: Cluster;
  const url = (shard: 0 | 1) => cluster.url(shard);
  const sql = (shard: 0 | 1, query: string) => cluster.sql(shard, query);

  beforeAll(async () => {
    cluster = startCluster(BASE);
    await loadSharded(cluster, table, 5000);
  }, 60_000);

  afterAll(() => cluster?.stop(), 60_000);

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
