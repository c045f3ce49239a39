/**
 * Profile benchmark (issue 17): the streaming engine on the load benchmark's table shape
 * (bench/lib/wide-table.ts: 20 numeric + 5 categorical columns), as Parquet shards of 10⁶ rows
 * (row groups of 100,000) and as one CSV of 10⁶ rows, generated into bench/.data/ on first use
 * (never committed). Each case runs in a fresh child process that reports wall and CPU time, its
 * peak resident memory (VmHWM: the main thread's and the lane worker's together) and the size of
 * the profile written; "2 lanes" profiles two halves at once, the second in a worker thread.
 *
 * Sizes: MLGATE_PROFILE_ROWS (comma-separated, default 1000000), e.g. 1000000,10000000,100000000;
 * the 10⁸ case needs 100 shards (≈ 12 GB, tens of minutes to generate: run it once). The DuckDB
 * engine profiles the same shards up to MLGATE_PROFILE_DUCKDB_MAX rows (default 10⁷).
 * Targets: CSV ≥ 250 MB/s, Parquet ≥ 1 GB/s, peak RSS ≤ 300 MB at every size, profile ≤ 1 MB.
 *
 * Run: npm run bench -- profile      or      npx tsx bench/profile.ts [rows,…]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { profileStreaming } from '../src/profile/engines/streaming.js';
import { NO_PROGRESS } from '../src/profile/engines/progress.js';
import { serialiseProfile } from '../src/profile/serialise.js';
import { expandFileInput } from '../src/io/glob.js';
import { wideTable } from './lib/wide-table.js';
import { writeDelimited, writeParquet } from './lib/write-table.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATA_DIR = join(HERE, '.data');
const SHARD_ROWS = 1_000_000;
const SHARDS_DIR = join(DATA_DIR, 'profile-shards-v1');

interface ChildReport {
  rows: number;
  columns: number;
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  profileBytes: number;
}

export interface ProfileBenchRow {
  case: string;
  rows: number;
  'data MB': number;
  seconds: number;
  'CPU s': number;
  'MB/s': number;
  'rows/s': number;
  'peak RSS MB': number;
  'profile KB': number;
}

async function ensureShards(count: number): Promise<string> {
  mkdirSync(SHARDS_DIR, { recursive: true });
  for (let s = 0; s < count; s++) {
    const path = join(SHARDS_DIR, `part-${String(s).padStart(4, '0')}.parquet`);
    if (existsSync(path)) continue;
    process.stderr.write(`generating Parquet shard ${s + 1}/${count} into ${SHARDS_DIR} …\n`);
    await writeParquet(wideTable(SHARD_ROWS, 20240601 + s), `${path}.partial`, { nullable: true, rowGroupSize: 100_000 });
    renameSync(`${path}.partial`, path);
  }
  if (count === 1) return join(SHARDS_DIR, 'part-0000.parquet');
  const digits = String(count - 1).length;
  if (10 ** digits !== count) throw new Error(`Parquet sizes must be 10^k × ${SHARD_ROWS.toLocaleString('en-US')} rows`);
  return join(SHARDS_DIR, `part-${'0'.repeat(4 - digits)}${'?'.repeat(digits)}.parquet`);
}

async function ensureCsv(): Promise<string> {
  const path = join(DATA_DIR, 'profile-wide-1000000-v1.csv');
  if (existsSync(path)) return path;
  mkdirSync(DATA_DIR, { recursive: true });
  process.stderr.write(`generating ${path} …\n`);
  await writeDelimited(wideTable(SHARD_ROWS, 20240601), `${path}.partial`);
  renameSync(`${path}.partial`, path);
  return path;
}

/** In the child: profile `input` (streaming, or DuckDB when MLGATE_PROFILE_ENGINE=duckdb), report one JSON line. */
async function measure(input: string): Promise<void> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const profile = process.env.MLGATE_PROFILE_ENGINE === 'duckdb'
    ? await (await import('../src/profile/engines/duckdb.js')).profileDuckDb(input)
    : await profileStreaming(input, { progress: NO_PROGRESS, lanes: process.env.MLGATE_PROFILE_LANES === '2' ? 2 : 1 });
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const report: ChildReport = {
    rows: profile.rows,
    columns: profile.columns.length,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakMB: peakResidentMB(),
    profileBytes: Buffer.byteLength(serialiseProfile(profile)),
  };
  process.stdout.write(JSON.stringify(report) + '\n');
}

function peakResidentMB(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** One case in a fresh process; two lanes (the second in a worker thread) unless `lanes` is 1. */
function runChild(input: string, lanes: 1 | 2 = 1, engine: 'streaming' | 'duckdb' = 'streaming'): ChildReport {
  const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', input], {
    env: { ...process.env, MLGATE_TS_WORKERS: '1', MLGATE_PROFILE_LANES: String(lanes), MLGATE_PROFILE_ENGINE: engine },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split('\n').pop()!) as ChildReport;
}

function row(name: string, input: string, report: ChildReport): ProfileBenchRow {
  const dataMB = expandFileInput(input).reduce((s, f) => s + statSync(f).size, 0) / 1e6;
  return {
    case: `${name}, ${report.rows.toLocaleString('en-US')} × ${report.columns}`,
    rows: report.rows,
    'data MB': Math.round(dataMB),
    seconds: report.seconds,
    'CPU s': report.cpuSeconds,
    'MB/s': Math.round(dataMB / report.seconds),
    'rows/s': Math.round(report.rows / report.seconds),
    'peak RSS MB': Math.round(report.peakMB),
    'profile KB': Math.round(report.profileBytes / 1024),
  };
}

export async function benchProfile(sizes: readonly number[] = sizesFromEnvironment()): Promise<ProfileBenchRow[]> {
  const rows: ProfileBenchRow[] = [];
  const csv = await ensureCsv();
  rows.push(row('streaming CSV, 1 lane', csv, runChild(csv)));
  rows.push(row('streaming CSV, 2 lanes', csv, runChild(csv, 2)));
  const duckdbMax = Number(process.env.MLGATE_PROFILE_DUCKDB_MAX ?? 10_000_000);
  for (const size of sizes) {
    const input = await ensureShards(Math.max(1, Math.round(size / SHARD_ROWS)));
    rows.push(row('streaming Parquet, 1 lane', input, runChild(input)));
    if (size === SHARD_ROWS) rows.push(row('streaming Parquet, 2 lanes', input, runChild(input, 2)));
    // DuckDB's CPU seconds include its threads (every core).
    if (size <= duckdbMax) rows.push(row('duckdb Parquet (all cores)', input, runChild(input, 1, 'duckdb')));
  }
  process.stderr.write(`load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores\n`);
  return rows;
}

function sizesFromEnvironment(): number[] {
  const text = process.env.MLGATE_PROFILE_ROWS ?? String(SHARD_ROWS);
  return text.split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--measure') {
    await measure(process.argv[3]);
  } else {
    const sizes = process.argv[2] === undefined ? sizesFromEnvironment() : process.argv[2].split(',').map(Number);
    console.table(await benchProfile(sizes));
  }
}
