/**
 * drift-report and compare-champion read their second file in a worker thread
 * (dist/load-table-worker/index.js, src/io/load-pair.ts) when the two files are large enough.
 * Through the bundles, each run is made twice: as shipped, and with MLGATE_NO_WORKERS=1 (both
 * files on the main thread). The result JSON, the outputs and a data error in the worker's file
 * (message and exit code 2) must be the same. NODE_DEBUG=worker makes Node log the worker it
 * starts, which shows the first run really used one. One large file alone is split between the
 * two threads (src/io/split-delimited.ts): the same checks hold.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKER_MIN_BYTES } from '../../src/io/load-pair.js';
import { SPLIT_MIN_BYTES } from '../../src/io/split-delimited.js';
import { runBundle, type BundleRun } from '../support/run-bundle.js';
import { runCliBundle, type CliRun } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-e2e-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STARTED = /starts worker script \S*load-table-worker\/index\.js/;

/** Deterministic uniform numbers in [0, 1) (an LCG), so both runs read the same files. */
function uniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const FEATURE_ROWS = 90_000;

/** Numeric, integer, categorical and missing values; `shift` moves `amount` and the `plan` mix. */
function features(seed: number, shift: number, corrupt?: { row: number; line: string }): string[] {
  const next = uniform(seed);
  const lines = ['amount,visits,plan,region,tenure'];
  for (let i = 1; i <= FEATURE_ROWS; i++) {
    const plan = next() < 0.2 + shift ? 'pro' : next() < 0.5 ? 'basic' : 'free';
    const tenure = next() < 0.02 ? '' : (next() * 120).toFixed(1);
    lines.push(corrupt?.row === i ? corrupt.line : `${(next() * 1000 + shift * 3000).toFixed(4)},${Math.floor(next() * 40)},${plan},r${Math.floor(next() * 300)},${tenure}`);
  }
  return lines;
}

const PREDICTION_ROWS = 150_000;

/** Binary predictions of two correlated models on the same examples (id, y_true, y_pred, score). */
function predictions(seed: number, corrupt?: { row: number; line: string }): string[] {
  const truth = uniform(7);
  const noise = uniform(seed);
  const lines = ['id,y_true,y_pred,score,segment'];
  for (let i = 1; i <= PREDICTION_ROWS; i++) {
    const y = truth() < 0.3 ? 1 : 0;
    const score = Math.min(0.999, Math.max(0.001, 0.3 + 0.4 * y + 0.5 * (noise() - 0.5)));
    lines.push(corrupt?.row === i ? corrupt.line : `${i},${y},${score >= 0.5 ? 1 : 0},${score.toFixed(5)},${i % 3 === 0 ? 'new' : 'returning'}`);
  }
  return lines;
}

const reference = write('reference.csv', features(1, 0));
const current = write('current.csv', features(2, 0.05));
const badCurrent = write('current-bad.csv', features(2, 0.05, { row: 87_654, line: '1.5,3,pro,r1,2.0,extra' }));
const champion = write('champion.csv', predictions(11));
const challenger = write('challenger.csv', predictions(12));
const badChampion = write('champion-bad.csv', predictions(11, { row: 123_456, line: '123456,1,1,"0.7"5,new' }));

const WITH_WORKER = { NODE_DEBUG: 'worker' };
const WITHOUT_WORKER = { NODE_DEBUG: 'worker', MLGATE_NO_WORKERS: '1' };

function bytes(...paths: string[]): number {
  return paths.reduce((sum, path) => sum + statSync(path).size, 0);
}

function resultOf(run: BundleRun): unknown {
  return JSON.parse(readFileSync(run.outputs['result-path'], 'utf8'));
}

function errorLines(run: BundleRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::error'));
}

/** Both runs, then what must agree: exit code, every output but the result's path, the result JSON. */
async function bothWays(action: string, inputs: Record<string, string>): Promise<[BundleRun, BundleRun]> {
  const withWorker = await runBundle(action, { inputs: { ...inputs, json: join(dir, `${action}-worker.json`) }, env: WITH_WORKER });
  const without = await runBundle(action, { inputs: { ...inputs, json: join(dir, `${action}-main.json`) }, env: WITHOUT_WORKER });
  expect(withWorker.stderr).toMatch(STARTED);
  expect(without.stderr).not.toMatch(/created Worker/);
  return [withWorker, without];
}

function cli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const before = { ...process.env };
  Object.assign(process.env, env);
  try {
    return runCliBundle(args); // the child takes the environment when it is spawned, before this returns
  } finally {
    for (const name of Object.keys(env)) {
      if (before[name] === undefined) delete process.env[name];
      else process.env[name] = before[name];
    }
  }
}

describe('parallel loading through the bundles', { timeout: 120_000 }, () => {
  it('the test files are large enough for the worker', () => {
    expect(bytes(reference, current)).toBeGreaterThan(WORKER_MIN_BYTES);
    expect(bytes(champion, challenger)).toBeGreaterThan(WORKER_MIN_BYTES);
  });

  it('drift-report: the same result with the current file read in a worker', async () => {
    const [withWorker, without] = await bothWays('drift-report', { reference, current, 'drift-share': '0.5' });
    expect(withWorker.code).toBe(0);
    expect(without.code).toBe(withWorker.code);
    const { 'result-path': _a, ...outputs } = withWorker.outputs;
    const { 'result-path': _b, ...outputsWithout } = without.outputs;
    expect(outputs).toEqual(outputsWithout);
    expect(outputs['drifted-columns']).toContain('amount');
    const result = resultOf(withWorker) as { dataset: { columns: number } };
    expect(result.dataset.columns).toBe(5);
    expect(result).toEqual(resultOf(without));
    expect(readFileSync(join(dir, 'drift-report-worker.json'), 'utf8')).toBe(readFileSync(join(dir, 'drift-report-main.json'), 'utf8'));
  });

  it('compare-champion: the same result with the champion read in a worker', async () => {
    const inputs = { champion, challenger, 'id-column': 'id', 'score-column': 'score', 'slice-columns': 'segment' };
    const [withWorker, without] = await bothWays('compare-champion', inputs);
    expect([0, 1]).toContain(withWorker.code);
    expect(without.code).toBe(withWorker.code);
    const { 'result-path': _a, ...outputs } = withWorker.outputs;
    const { 'result-path': _b, ...outputsWithout } = without.outputs;
    expect(outputs).toEqual(outputsWithout);
    const result = resultOf(withWorker) as { join: { paired: number } };
    expect(result.join.paired).toBe(PREDICTION_ROWS);
    expect(result).toEqual(resultOf(without));
    expect(readFileSync(join(dir, 'compare-champion-worker.json'), 'utf8')).toBe(readFileSync(join(dir, 'compare-champion-main.json'), 'utf8'));
  });

  it('drift-report: a data error in the worker\'s file is the same one line and exit 2', async () => {
    const [withWorker, without] = await bothWays('drift-report', { reference, current: badCurrent });
    expect(withWorker.code).toBe(2);
    expect(without.code).toBe(2);
    expect(errorLines(withWorker)).toEqual([`::error::drift-report: ${badCurrent}, row 87654: has 6 fields but the header has 5`]);
    expect(errorLines(withWorker)).toEqual(errorLines(without));
  });

  it('compare-champion: a data error in the worker\'s file is the same one line and exit 2', async () => {
    const [withWorker, without] = await bothWays('compare-champion', { champion: badChampion, challenger, 'id-column': 'id', 'score-column': 'score' });
    expect(withWorker.code).toBe(2);
    expect(without.code).toBe(2);
    const lines = errorLines(withWorker);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^::error::compare-champion: ${badChampion.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, row 123456, column "score": malformed quoting`));
    expect(lines).toEqual(errorLines(without));
  });

  it('one CSV file from 64 MiB is parsed on both threads (split at a line), with the same result', async () => {
    const big = join(dir, 'big.csv');
    const schema = write('big-schema.yml', ['columns:', '  amount: { type: number }', '  visits: { type: integer, min: 0 }', '  plan: { type: category, allowed: [pro, basic, free] }', '  region: { type: string, pattern: "^r[0-9]+$" }', '  tenure: { type: number, max_null_fraction: 0.05 }']);
    const lines = features(3, 0);
    writeFileSync(big, `${lines.join('\n')}\n`);
    const body = `${lines.slice(1).join('\n')}\n`;
    while (statSync(big).size < SPLIT_MIN_BYTES) appendFileSync(big, body);
    const inputs = { data: big, schema };
    const withWorker = await runBundle('validate-data', { inputs: { ...inputs, json: join(dir, 'split-worker.json') }, env: WITH_WORKER });
    const without = await runBundle('validate-data', { inputs: { ...inputs, json: join(dir, 'split-main.json') }, env: WITHOUT_WORKER });
    // One file and a worker: the worker read its second half.
    expect(withWorker.stderr).toMatch(STARTED);
    expect(without.stderr).not.toMatch(/created Worker/);
    expect(withWorker.code).toBe(0);
    expect(without.code).toBe(withWorker.code);
    expect((resultOf(withWorker) as { rows: number }).rows).toBeGreaterThan(1_500_000);
    expect(readFileSync(join(dir, 'split-worker.json'), 'utf8')).toBe(readFileSync(join(dir, 'split-main.json'), 'utf8'));
  });

  it('the CLI bundle finds the worker too (dist/cli is beside it) and prints the same result', async () => {
    const args = (json: string) => ['drift-report', '--reference', reference, '--current', current, '--markdown', '/dev/null', '--json', join(dir, json)];
    const withWorker = await cli(args('cli-worker.json'), WITH_WORKER);
    const without = await cli(args('cli-main.json'), WITHOUT_WORKER);
    expect(withWorker.stderr).toMatch(STARTED);
    expect(without.stderr).not.toMatch(/created Worker/);
    expect(withWorker.code).toBe(without.code);
    expect(readFileSync(join(dir, 'cli-worker.json'), 'utf8')).toBe(readFileSync(join(dir, 'cli-main.json'), 'utf8'));
  });
});
