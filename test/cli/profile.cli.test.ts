/**
 * `mlgate profile` (in process; the bundles are run in test/e2e/profile.e2e.test.ts): the profile
 * written, its report and gates, input errors in one line, a Hive-partitioned directory against
 * its partitions profiled apart and merged with --merge, and the three engines — streaming,
 * DuckDB (embedded) and a real two-shard ClickHouse cluster — giving the same counts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/profile/serialise.js';
import { profileTable, type Profile } from '../../src/profile/index.js';
import type { Table } from '../../src/io/table.js';
import { wideTable } from '../../bench/lib/wide-table.js';
import { writeDelimited, writeParquet } from '../../bench/lib/write-table.js';
import { cliInProcess as cli } from '../support/cli-in-process.js';
import { CLICKHOUSE_SERVER, loadSharded, startCluster, type Cluster } from '../support/clickhouse-cluster.js';
import { subset } from '../drift/tables.js';
import { expectEquivalent, expectValid } from '../profile/equivalence.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-profile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const read = (path: string): Profile => parseProfile(readFileSync(path, 'utf8'), path);
const exactFields = (p: Profile) => p.columns.map((c) => ({ name: c.name, count: c.count, nulls: c.nulls, min: c.numeric?.min ?? null, max: c.numeric?.max ?? null, values: c.values, distinct: c.distinct }));

describe('mlgate profile', () => {
  it('writes a valid profile and a report-only report of every column', async () => {
    const out = join(dir, 'ref.json');
    const json = join(dir, 'ref-result.json');
    const run = await cli(['profile', '--data', 'examples/drift-report/reference.csv', '--output', out, '--json', json]);
    expect(run.stderr).toMatch(/^profile: examples\/drift-report\/reference.csv: 294 rows × 31 columns with the streaming engine in [\d.]+ s\n/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ℹ️ \*\*Profile: REPORT ONLY\*\* — no gates decide this run/);
    expect(run.stdout).toMatch(/\n294 rows × 31 columns · `.*ref\.json` \(\d+ KB, profileVersion 1\) · streaming engine · 1 file\n/);
    expect(run.stdout).toContain('| `diagnosis`');
    const profile = read(out);
    expectValid(profile);
    expect(profile.rows).toBe(294);
    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result).toMatchObject({ action: 'profile', verdict: 'pass', gates: [], rows: 294, merged: 1, output: { path: out, bytes: readFileSync(out).length, profileVersion: 1 } });
    expect(result.columns.find((c: { name: string }) => c.name === 'diagnosis')).toMatchObject({ type: 'string', count: 294, nulls: 0, distinct: 2, distinctExact: true, top: [{ value: 'benign', count: 190 }, { value: 'malignant', count: 104 }] });
    // A column whose sketch never compacted: the distinct count is exact from it.
    expect(result.columns.find((c: { name: string }) => c.name === 'mean radius')).toMatchObject({ distinctExact: true, quantiles: { rankError: 0 } });
  });

  it('gates on rows and per-column numbers; a gate on an unknown column is an input error', async () => {
    const base = ['profile', '--data', 'test/fixtures/drift/mixed.csv', '--output', join(dir, 'mixed.json')];
    const pass = await cli([...base, '--gates', 'rows >= 3000', '--gates', 'lab_value.null_fraction < 0.2', '--gates', 'columns == 20']);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toMatch(/^✅ \*\*Profile: PASS\*\* — nothing to do: all 3 gates passed/);
    const fail = await cli([...base, '--gates', 'lab_value.null_fraction < 0.1', '--markdown', join(dir, 'm.md')]);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain('Profile: FAIL — fix before merging: lab_value.null_fraction < 0.1 — 0.146 is not < 0.1');
    const unknown = await cli([...base, '--gates', 'lab_valu.nulls == 0']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('mlgate: gate "lab_valu.nulls == 0": no column "lab_valu" in the profile (did you mean "lab_value"?); its columns: income, age,');
  });

  it.each([
    [['profile', '--output', 'x.json'], 'mlgate: give the data to profile (input "data") or profiles to merge (input "merge")'],
    [['profile', '--data', 'x.csv', '--engine', 'spark'], 'mlgate: input "engine": "spark" is not allowed (use one of: streaming, duckdb, clickhouse)'],
    [['profile', '--data', 'default.t', '--engine', 'clickhouse'], 'mlgate: engine clickhouse needs the server\'s HTTP interface (input "clickhouse-url", e.g. http://127.0.0.1:8123)'],
    [['profile', '--data', 'x.csv', '--clickhouse-url', 'http://h:8123'], 'mlgate: inputs "clickhouse-url" and "clickhouse-user" apply to engine clickhouse, not streaming'],
    [['profile', '--data', 'missing.csv'], 'mlgate: missing.csv: file not found'],
    [['profile', '--merge', 'examples/drift-report/reference.csv'], 'mlgate: examples/drift-report/reference.csv: is not valid JSON'],
  ])('refuses %j in one line', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('mlgate:'))).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });

  it('a Hive-partitioned directory equals its partitions profiled apart and merged with --merge', { timeout: 60_000 }, async () => {
    const table = wideTable(6000, 7);
    const root = join(dir, 'lake');
    const parts: string[] = [];
    for (const [p, month] of ['01', '02', '03'].entries()) {
      const at = join(root, 'year=2024', `month=${month}`);
      mkdirSync(at, { recursive: true });
      const part = subset(`part ${p}`, table, Array.from({ length: 2000 }, (_, i) => p * 2000 + i));
      await writeParquet(part, join(at, 'part-0.parquet'), { rowGroupSize: 700 });
      parts.push(at);
    }
    const settings = ['--quantile-k', '64', '--numeric-cap', '50', '--category-cap', '40'];
    const whole = await cli(['profile', '--data', root, '--output', join(dir, 'lake.json'), ...settings, '--markdown', join(dir, 'lake.md')]);
    expect(whole.code).toBe(0);
    const shards: string[] = [];
    for (const [i, part] of parts.entries()) {
      const out = join(dir, 'shards', `profile-${i}`, 'profile.json');
      // A glob from the lake's root keeps the partition columns (a directory below them would not).
      const run = await cli(['profile', '--data', `${root}/year=*/month=0${i + 1}/*.parquet`, '--output', out, ...settings, '--markdown', join(dir, `s${i}.md`)]);
      expect(run.code, run.stderr).toBe(0);
      shards.push(out);
      expect(part).toContain(`month=0${i + 1}`);
    }
    const merged = await cli(['profile', '--merge', join(dir, 'shards', 'profile-*', 'profile.json'), '--output', join(dir, 'merged.json'), '--json', join(dir, 'merged-result.json'), '--markdown', join(dir, 'merged.md')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'merged-result.json'), 'utf8'))).toMatchObject({ merged: 3, rows: 6000, settings: { engine: null, quantileK: 64 } });
    const a = read(join(dir, 'lake.json'));
    const b = read(join(dir, 'merged.json'));
    // The lake has the partition columns year and month; the shards (globs below them) have them too.
    expect(a.columns.map((c) => c.name).slice(-2)).toEqual(['year', 'month']);
    expectEquivalent({ ...a, sources: [] }, { ...b, sources: [] });
    // --merge with data: the data's profile takes the merged profiles' settings.
    const plus = await cli(['profile', '--data', `${root}/year=*/month=01/*.parquet`, '--merge', shards[1], '--merge', shards[2], '--output', join(dir, 'plus.json'), '--markdown', join(dir, 'plus.md')]);
    expect(plus.code, plus.stderr).toBe(0);
    expectEquivalent({ ...read(join(dir, 'plus.json')), sources: [] }, { ...a, sources: [] });
  });

  it('engine duckdb gives the streaming engine\'s exact counts on a Parquet directory', { timeout: 120_000 }, async () => {
    const table = wideTable(5000, 3);
    const at = join(dir, 'duck');
    mkdirSync(at, { recursive: true });
    await writeParquet(subset('a', table, Array.from({ length: 2500 }, (_, i) => i)), join(at, 'a.parquet'));
    await writeParquet(subset('b', table, Array.from({ length: 2500 }, (_, i) => 2500 + i)), join(at, 'b.parquet'));
    const settings = ['--quantile-k', '128', '--numeric-cap', '30', '--category-cap', '20'];
    const duck = await cli(['profile', '--engine', 'duckdb', '--data', at, '--output', join(dir, 'duck.json'), ...settings, '--threads', '2', '--json', join(dir, 'duck-result.json'), '--markdown', join(dir, 'duck.md')]);
    expect(duck.code, duck.stderr).toBe(0);
    const streaming = await cli(['profile', '--data', at, '--output', join(dir, 'stream.json'), ...settings, '--markdown', join(dir, 'stream.md')]);
    expect(streaming.code).toBe(0);
    const d = read(join(dir, 'duck.json'));
    expectValid(d);
    expect(d.sources).toEqual([{ engine: 'duckdb', input: at, files: 2, rows: 5000 }]);
    expect(exactFields(d)).toEqual(exactFields(read(join(dir, 'stream.json'))));
    expect(JSON.parse(readFileSync(join(dir, 'duck-result.json'), 'utf8')).settings.engine).toBe('duckdb');
  });
});

if (CLICKHOUSE_SERVER === undefined) console.warn('clickhouse CLI tests skipped: clickhouse-server is not installed (apt-get install -y clickhouse-server)');

describe.skipIf(CLICKHOUSE_SERVER === undefined)('mlgate profile --engine clickhouse on a two-shard cluster', { timeout: 120_000 }, () => {
  let cluster: Cluster;
  const table: Table = wideTable(6000, 21);
  beforeAll(async () => {
    cluster = startCluster(23000 + (process.pid % 20) * 300);
    await loadSharded(cluster, table, 3500);
  }, 60_000);
  afterAll(() => cluster?.stop(), 60_000);

  it('profiles the Distributed table: counts, values and registers of the whole dataset', async () => {
    const out = join(dir, 'ch.json');
    const run = await cli(['profile', '--engine', 'clickhouse', '--data', 'default.dist', '--clickhouse-url', cluster.url(1), '--output', out, '--numeric-cap', '30', '--category-cap', '20', '--quantile-k', '128', '--markdown', join(dir, 'ch.md')]);
    expect(run.code, run.stderr).toBe(0);
    const profile = read(out);
    expectValid(profile);
    expect(profile.sources).toEqual([{ engine: 'clickhouse', input: 'default.dist', files: 2, rows: 6000 }]);
    expect(exactFields(profile)).toEqual(exactFields(profileTable(table, { settings: { numericCap: 30, categoryCap: 20, quantileK: 128 } })));
    expect(readFileSync(join(dir, 'ch.md'), 'utf8')).toContain('· clickhouse engine · 2 files');
  });

  it('names the table when ClickHouse has none of that name', async () => {
    const run = await cli(['profile', '--engine', 'clickhouse', '--data', 'default.nope', '--clickhouse-url', cluster.url(0), '--output', join(dir, 'x.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/mlgate: default\.nope: ClickHouse at http:\/\/127\.0\.0\.1:\d+\/ has no table "default\.nope"/);
  });
});
