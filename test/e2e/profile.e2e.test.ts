/**
 * Profiles end to end with the bundles, as a user and a runner run them:
 * - the bundled CLI (bin/mlgate.js): `mlgate profile` then `mlgate drift-report` against the
 *   profile gives drift-report's verdict on the raw reference, every statistic within its bound,
 *   on every drift example and fixture; DuckDB and a two-shard ClickHouse cluster through it;
 * - the bundled profile action against the loopback GitHub: a push to the default branch profiles
 *   the reference and promotes it (artifact `profile`); a pull request's drift-report bundle
 *   resolves `artifact:profile@main/profile.json` and decides as it would on the raw reference;
 * - a matrix: two jobs of one run profile one shard each and upload `profile-0`, `profile-1`; a
 *   third job merges `artifact:profile-*` + `/profile.json` into the profile of the whole dataset,
 *   which drift-report then uses;
 * - the profile action with engine duckdb and with engine clickhouse (the cluster).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractZip } from '../../src/artifacts/safe-unzip.js';
import type { ColumnBounds, ColumnDrift } from '../../src/drift/outcome.js';
import { loadTable } from '../../src/io/load.js';
import { parseProfile } from '../../src/profile/serialise.js';
import { profileTable, type Profile } from '../../src/profile/index.js';
import { wideTable } from '../../bench/lib/wide-table.js';
import { writeDelimited, writeParquet } from '../../bench/lib/write-table.js';
import { ActionsState, artifactRoutes } from '../support/github-artifact-routes.js';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { runCliBundle } from '../support/run-cli.js';
import { REPO_ROOT, REPOSITORY, pullRequestEvent, runBundle, type BundleRun } from '../support/run-bundle.js';
import { CLICKHOUSE_SERVER, loadSharded, startCluster, type Cluster } from '../support/clickhouse-cluster.js';
import { driftPairs } from '../support/drift-pairs.js';
import { subset } from '../drift/tables.js';

const built = existsSync(join(REPO_ROOT, 'dist/profile/index.js')) && existsSync(join(REPO_ROOT, 'dist/cli/index.js'));
const dir = mkdtempSync(join(tmpdir(), 'mlgate-profile-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface DriftResult { verdict: string; columns: ColumnDrift[]; profile?: Record<string, ColumnBounds> }
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const readProfileFile = (path: string): Profile => parseProfile(readFileSync(path, 'utf8'), path);
const exactFields = (p: Profile) => p.columns.map((c) => ({ name: c.name, type: c.type, count: c.count, nulls: c.nulls, min: c.numeric?.min ?? null, max: c.numeric?.max ?? null, values: c.values, distinct: c.distinct }));

function expectAgreement(raw: DriftResult, fromProfile: DriftResult, label: string): void {
  expect(fromProfile.verdict, label).toBe(raw.verdict);
  raw.columns.forEach((y, j) => {
    const x = fromProfile.columns[j];
    const note = fromProfile.profile![x.name];
    expect([x.name, x.test], label).toEqual([y.name, y.test]);
    if (!note.undecided) expect(x.drifted, `${label} / ${x.name}`).toBe(y.drifted);
    if (y.statistic === null || note.mode === 'coarsened') return;
    const [lo, hi] = note.statisticBounds ?? [x.statistic!, x.statistic!];
    const slack = 1e-12 * Math.max(1, Math.abs(y.statistic));
    expect(y.statistic, `${label} / ${x.name}`).toBeGreaterThanOrEqual(lo - slack);
    expect(y.statistic, `${label} / ${x.name}`).toBeLessThanOrEqual(hi + slack);
  });
}

describe.skipIf(!built)('the bundled CLI: profile, then drift-report against it', { timeout: 180_000 }, () => {
  it('agrees with drift-report on the raw reference on every drift example and fixture', async () => {
    for (const pair of await driftPairs(dir)) {
      const tag = pair.name.replace(/[^a-z0-9]+/gi, '-');
      const profile = join(dir, `${tag}.profile.json`);
      const made = await runCliBundle(['profile', '--data', pair.reference, '--output', profile, '--markdown', join(dir, 'p.md')]);
      expect(made.code, made.stderr).toBe(0);
      const raw = await runCliBundle(['drift-report', '--reference', pair.reference, '--current', pair.current, '--json', join(dir, 'raw.json'), '--markdown', join(dir, 'raw.md')]);
      const fromProfile = await runCliBundle(['drift-report', '--reference', profile, '--current', pair.current, '--json', join(dir, 'prof.json'), '--markdown', join(dir, 'prof.md')]);
      expect(fromProfile.code, pair.name).toBe(raw.code);
      expectAgreement(readJson(join(dir, 'raw.json')), readJson(join(dir, 'prof.json')), pair.name);
      expect(readFileSync(join(dir, 'prof.md'), 'utf8')).toContain('> the reference is a profile of `');
    }
  });

  it('engine duckdb, run from the bundle, matches the streaming engine', async () => {
    const at = join(dir, 'duck-cli');
    mkdirSync(at, { recursive: true });
    await writeParquet(wideTable(3000, 5), join(at, 'part-0.parquet'));
    const settings = ['--numeric-cap', '30', '--category-cap', '20', '--quantile-k', '128'];
    const duck = await runCliBundle(['profile', '--engine', 'duckdb', '--data', at, '--output', join(dir, 'duck-cli.json'), ...settings, '--markdown', join(dir, 'd.md')]);
    expect(duck.code, duck.stderr).toBe(0);
    const stream = await runCliBundle(['profile', '--data', at, '--output', join(dir, 'stream-cli.json'), ...settings, '--markdown', join(dir, 's.md')]);
    expect(stream.code, stream.stderr).toBe(0);
    expect(exactFields(readProfileFile(join(dir, 'duck-cli.json')))).toEqual(exactFields(readProfileFile(join(dir, 'stream-cli.json'))));
  });
});

const TOKEN = 'ghs_profileE2eToken0123456789abcdefPQRST';
const [OWNER, REPO] = REPOSITORY.split('/');
const MAIN_RUN = 5151;
const PR_RUN = 5252;
const pushEvent = { ref: 'refs/heads/main', after: 'd'.repeat(40), repository: { full_name: REPOSITORY, default_branch: 'main' } };

describe.skipIf(!built)('the bundled profile action against the loopback GitHub', { timeout: 180_000 }, () => {
  let github: LoopbackGitHub;
  let actions: ActionsState;
  beforeEach(async () => {
    actions = new ActionsState(OWNER, REPO);
    actions.addRun({ id: MAIN_RUN, workflow: 'profile.yml', branch: 'main', status: 'in_progress', conclusion: null, event: 'push' });
    actions.addRun({ id: PR_RUN, workflow: 'ci.yml', branch: 'feature', status: 'in_progress', conclusion: null, event: 'pull_request' });
    github = await start({ routes: artifactRoutes(actions) });
  });
  afterEach(async () => {
    await github.close();
  });

  const onMain = (action: string, inputs: Record<string, string>, runId = MAIN_RUN): Promise<BundleRun> =>
    runBundle(action, {
      inputs: { comment: 'off', 'github-token': TOKEN, ...inputs },
      apiUrl: github.url,
      event: pushEvent,
      eventName: 'push',
      env: { ...actions.runtimeEnv(runId, github.url), GITHUB_RUN_ID: String(runId), GITHUB_REF: 'refs/heads/main', GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/profile.yml@refs/heads/main` },
    });
  const onPullRequest = (action: string, inputs: Record<string, string>): Promise<BundleRun> =>
    runBundle(action, {
      inputs: { comment: 'off', 'github-token': TOKEN, ...inputs },
      apiUrl: github.url,
      event: pullRequestEvent(7),
      env: { ...actions.runtimeEnv(PR_RUN, github.url), GITHUB_RUN_ID: String(PR_RUN), GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/ci.yml@refs/pull/7/merge` },
    });

  async function artifactFiles(runId: number, name: string): Promise<Record<string, string>> {
    const artifact = actions.artifactsOf(runId).find((a) => a.name === name)!;
    const at = mkdtempSync(join(tmpdir(), 'mlgate-promoted-'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(at, 'a.zip'), artifact.zip);
    const files = await extractZip(join(at, 'a.zip'), join(at, 'x'), name);
    return Object.fromEntries(files.map((f) => [f, readFileSync(join(at, 'x', f), 'utf8')]));
  }

  it('a push to main profiles and promotes the reference; a PR drifts against it as against the raw reference', async () => {
    const output = join(dir, 'main', 'profile.json');
    const main = await onMain('profile', { data: 'examples/drift-report/reference.csv', output, gates: 'rows >= 100' });
    expect(main.stderr).toBe('');
    expect(main.code).toBe(0);
    expect(main.outputs).toMatchObject({ verdict: 'pass', 'profile-path': output, rows: '294', columns: '31' });
    expect(main.stdout).toContain('Promoted output (profile.json, mlgate-result.json) as the artifact profile (a push to the default branch (main))');
    expect(main.summary).toContain('**Profile: PASS**');
    expect(main.summary).toContain('294 rows × 31 columns · ');
    const files = await artifactFiles(MAIN_RUN, 'profile');
    expect(files['profile.json']).toBe(readFileSync(output, 'utf8'));
    expect(JSON.parse(files['mlgate-result.json'])).toMatchObject({ action: 'profile', verdict: 'pass', rows: 294 });

    Object.assign(actions.run(MAIN_RUN)!, { status: 'completed', conclusion: 'success' });
    const current = 'examples/drift-report/current-shifted.csv';
    const pr = await onPullRequest('drift-report', { reference: 'artifact:profile@main/profile.json', workflow: 'profile.yml', current });
    expect(pr.stderr).toBe('');
    const raw = await onPullRequest('drift-report', { reference: 'examples/drift-report/reference.csv', current });
    expect(pr.code).toBe(raw.code);
    expect(pr.outputs.verdict).toBe(raw.outputs.verdict);
    expect(pr.outputs['drifted-columns']).toBe(raw.outputs['drifted-columns']);
    const result = readJson<DriftResult & { sources: Record<string, { runId: number; artifactName: string }> }>(pr.outputs['result-path']);
    expect(result.sources.reference).toMatchObject({ runId: MAIN_RUN, artifactName: 'profile', branch: 'main' });
    expectAgreement(readJson(raw.outputs['result-path']), result, 'PR against the promoted profile');
    expect(pr.summary).toContain('the reference is a profile of `examples/drift-report/reference.csv` (294 rows, streaming): 31 exact');
    // A pull request's profile run does not replace the reference.
    const prProfile = await onPullRequest('profile', { data: 'examples/drift-report/current.csv', output: join(dir, 'pr', 'profile.json') });
    expect(prProfile.code).toBe(0);
    expect(actions.artifactsOf(PR_RUN).map((a) => a.name)).not.toContain('profile');
  });

  it('a matrix profiles shards, uploads profile-0 and profile-1, and one job merges artifact:profile-*/profile.json', async () => {
    const table = wideTable(9000, 77);
    const halves = [subset('shard 0', table, Array.from({ length: 4000 }, (_, i) => i)), subset('shard 1', table, Array.from({ length: 5000 }, (_, i) => 4000 + i))];
    const whole = join(dir, 'matrix-whole.csv');
    await writeDelimited(table, whole);
    for (const [i, half] of halves.entries()) {
      const data = join(dir, `matrix-part-${i}.csv`);
      await writeDelimited(half, data);
      const shard = await onMain('profile', { data, output: join(dir, `shard-${i}`, 'profile.json'), promote: 'true', 'promote-artifact': `profile-${i}`, name: `shard ${i}` });
      expect(shard.code, shard.stdout).toBe(0);
    }
    // (the runs' HTML reports and result files are artifacts too)
    const profiles = () => actions.artifactsOf(MAIN_RUN).map((a) => a.name).filter((n) => n.startsWith('profile')).sort();
    expect(profiles()).toEqual(['profile-0', 'profile-1']);
    const merged = join(dir, 'merged', 'profile.json');
    const merge = await onMain('profile', { merge: 'artifact:profile-*/profile.json', output: merged, gates: 'rows == 9000' });
    expect(merge.stderr).toBe('');
    expect(merge.code, merge.stdout).toBe(0);
    expect(merge.stdout).toMatch(/merge: profile\.json from 2 artifacts \(profile-0, id \d+; profile-1, id \d+\) of this run/);
    const result = readJson<{ merged: number; rows: number; sources?: Record<string, { matched: { artifactName: string }[] }> }>(merge.outputs['result-path']);
    expect(result).toMatchObject({ merged: 2, rows: 9000 });
    expect(result.sources?.merge.matched.map((m) => m.artifactName)).toEqual(['profile-0', 'profile-1']);
    // The merged profile is the profile of the whole: exactly on counts, values and registers.
    const profile = readProfileFile(merged);
    expect(exactFields(profile)).toEqual(exactFields(profileTable(await loadTable(whole))));
    // …and promoted as the reference (a push to main), next to the shards.
    expect(profiles()).toEqual(['profile', 'profile-0', 'profile-1']);
    // drift-report against the merged profile decides as against the whole raw dataset.
    const current = join(dir, 'matrix-current.csv');
    await writeDelimited(wideTable(6000, 78), current);
    const fromProfile = await onPullRequest('drift-report', { reference: merged, current });
    const raw = await onPullRequest('drift-report', { reference: whole, current });
    expect(fromProfile.code).toBe(raw.code);
    expectAgreement(readJson(raw.outputs['result-path']), readJson(fromProfile.outputs['result-path']), 'merged matrix profile');
  });

  it('refuses a wildcard that matches nothing, naming what the run has', async () => {
    const run = await onMain('profile', { merge: 'artifact:profile-*/profile.json', output: join(dir, 'none.json') });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('this run has no artifact matching profile-* (none uploaded so far)');
  });

  it('engine duckdb in the action', async () => {
    const at = join(dir, 'duck-action');
    mkdirSync(at, { recursive: true });
    await writeParquet(wideTable(2000, 9), join(at, 'part-0.parquet'));
    const run = await onPullRequest('profile', { data: at, engine: 'duckdb', output: join(dir, 'duck-action.json'), 'numeric-cap': '30', 'category-cap': '20', 'quantile-k': '128' });
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('· duckdb engine · 1 file');
    expect(exactFields(readProfileFile(join(dir, 'duck-action.json')))).toEqual(exactFields(profileTable(await loadTable(join(at, 'part-0.parquet')), { settings: { numericCap: 30, categoryCap: 20, quantileK: 128 } })));
  });
});

describe.skipIf(!built || CLICKHOUSE_SERVER === undefined)('the bundled profile action and CLI with engine clickhouse on a two-shard cluster', { timeout: 180_000 }, () => {
  let cluster: Cluster;
  const table = wideTable(5000, 31);
  beforeAll(async () => {
    cluster = startCluster(26000 + (process.pid % 20) * 300);
    await loadSharded(cluster, table, 2200);
  }, 60_000);
  afterAll(() => cluster?.stop(), 60_000);

  it('profiles the Distributed table from the action and from the bundled CLI: the whole dataset\'s counts', async () => {
    const settings = { 'numeric-cap': '30', 'category-cap': '20', 'quantile-k': '128' };
    const expected = exactFields(profileTable(table, { settings: { numericCap: 30, categoryCap: 20, quantileK: 128 } }));
    const action = await runBundle('profile', { inputs: { engine: 'clickhouse', data: 'default.dist', 'clickhouse-url': cluster.url(0), output: join(dir, 'ch-action.json'), comment: 'off', ...settings } });
    expect(action.code, action.stdout).toBe(0);
    expect(action.summary).toContain('· clickhouse engine · 2 files');
    expect(exactFields(readProfileFile(join(dir, 'ch-action.json')))).toEqual(expected);
    const cli = await runCliBundle(['profile', '--engine', 'clickhouse', '--data', 'default.dist', '--clickhouse-url', cluster.url(1), '--output', join(dir, 'ch-cli.json'), ...Object.entries(settings).flatMap(([k, v]) => [`--${k}`, v]), '--markdown', join(dir, 'ch.md')]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(exactFields(readProfileFile(join(dir, 'ch-cli.json')))).toEqual(expected);
  });
});
