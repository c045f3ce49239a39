/**
 * Artefact references end to end: the bundled dist/evaluate-model/index.js (the generic path every
 * action's file inputs go through) against the loopback GitHub extended with workflow runs,
 * artifacts, blob downloads (302) and the results service (test/support/github-artifact-routes.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { ActionsState, artifactRoutes, zipOf } from '../support/github-artifact-routes.js';
import { REPO_ROOT, REPOSITORY, runBundle, type BundleRun } from '../support/run-bundle.js';
import { runCliBundle } from '../support/run-cli.js';

const TOKEN = 'ghs_artifactE2eToken0123456789abcdefGHIJ';
const [OWNER, REPO] = REPOSITORY.split('/');
const PREDICTIONS = readFileSync(join(REPO_ROOT, 'examples/evaluate-model/binary.csv'), 'utf8');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/artifacts');
const CURRENT_RUN = 4242;

let github: LoopbackGitHub;
let actions: ActionsState;
beforeEach(async () => {
  actions = new ActionsState(OWNER, REPO);
  actions.addRun({ id: CURRENT_RUN, workflow: 'ci.yml', branch: 'feature', status: 'in_progress', conclusion: null, event: 'pull_request' });
  github = await start({ routes: artifactRoutes(actions) });
});
afterEach(async () => {
  await github.close();
});

const inputs = (predictions: string, extra: Record<string, string> = {}) => ({
  predictions,
  'score-column': 'score',
  gates: 'roc_auc >= 0.9',
  comment: 'off',
  'github-token': TOKEN,
  ...extra,
});

function run(predictions: string, extra: Record<string, string> = {}, env: Record<string, string> = {}): Promise<BundleRun> {
  return runBundle('evaluate-model', {
    inputs: inputs(predictions, extra),
    apiUrl: github.url,
    env: { GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/ci.yml@refs/pull/7/merge`, ...env },
  });
}

function result(r: BundleRun): Record<string, unknown> & { sources?: Record<string, Record<string, unknown>> } {
  return JSON.parse(readFileSync(r.outputs['result-path'], 'utf8')) as Record<string, unknown>;
}

function errorLines(r: BundleRun): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('::error')).map((l) => l.replace(/%25/g, '%').replace(/%0A/g, '\n'));
}

const champion = (tag = '') => zipOf({ 'binary.csv': PREDICTIONS + tag, 'metrics.json': '{}' });

describe('artifact references in the bundled action', { timeout: 60_000 }, () => {
  it('reads the file from the latest successful run of this workflow on the branch, and records where it came from', async () => {
    actions.addRun({ id: 901, workflow: 'ci.yml', branch: 'main', runNumber: 31 });
    actions.addRun({ id: 902, workflow: 'ci.yml', branch: 'main', runNumber: 32 });
    actions.addRun({ id: 903, workflow: 'ci.yml', branch: 'main', runNumber: 33, conclusion: 'failure' });
    actions.addArtifact(901, 'predictions', zipOf({ 'binary.csv': 'id,y_true,y_pred,score\n1,0,0,0.1\n' }));
    const used = actions.addArtifact(902, 'predictions', champion());
    actions.addArtifact(903, 'predictions', zipOf({ 'binary.csv': 'broken' }));

    const r = await run('artifact:predictions@main/binary.csv');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(result(r)).toMatchObject({ verdict: 'pass', rows: 285 });
    expect(result(r).sources).toEqual({
      predictions: {
        reference: 'artifact:predictions@main/binary.csv',
        runId: 902,
        runNumber: 32,
        runUrl: `https://github.com/${REPOSITORY}/actions/runs/902`,
        workflow: 'ci.yml',
        branch: 'main',
        headSha: actions.run(902)!.headSha,
        artifactId: used.id,
        artifactName: 'predictions',
        artifactDigest: used.digest,
        path: 'binary.csv',
        skippedRuns: [],
      },
    });
    expect(r.stdout).toContain(`predictions: binary.csv from artifact predictions (id ${used.id}) of run 902 (#32) of ci.yml on main`);
    expect(r.summary).toContain('Inputs from artifacts');
    expect(r.summary).toContain('`artifact:predictions@main/binary.csv`');
    // The token went to the API only: never to the blob store, never into any output.
    expect(github.requests.find((q) => q.path.startsWith('/_blobs/'))!.authorized).toBe(false);
    const log = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const text of [log, r.summary, JSON.stringify(result(r))]) expect(text).not.toContain(TOKEN);
  });

  it('walks back past an expired artifact and a run without one, and says which run it used', async () => {
    actions.addRun({ id: 911, workflow: 'ci.yml', branch: 'main', runNumber: 1 });
    actions.addRun({ id: 912, workflow: 'ci.yml', branch: 'main', runNumber: 2 });
    actions.addRun({ id: 913, workflow: 'ci.yml', branch: 'main', runNumber: 3 });
    actions.addRun({ id: 914, workflow: 'ci.yml', branch: 'main', runNumber: 4 });
    actions.addArtifact(911, 'predictions', champion());
    actions.addArtifact(913, 'predictions', champion(), { expired: true });
    // Listed as live, but expired by the time of the download: GitHub answers 410.
    const racing = actions.addArtifact(914, 'predictions', champion());
    github.intercept({ method: 'GET', path: `/repos/${REPOSITORY}/actions/artifacts/${racing.id}/zip`, when: 'before', run: () => (racing.expired = true) });

    const r = await run('artifact:predictions@main/binary.csv');
    expect(r.code).toBe(0);
    expect(result(r).sources!.predictions).toMatchObject({
      runId: 911,
      skippedRuns: [
        { runId: 914, runNumber: 4, reason: 'artifact expired (GitHub answered 410 to the download)' },
        { runId: 913, runNumber: 3, reason: 'artifact expired on 2024-03-01' },
        { runId: 912, runNumber: 2, reason: 'has no artifact named predictions' },
      ],
    });
    expect(r.stdout).toContain('of run 911 (#1) of ci.yml on main');
    expect(r.stdout).toContain('skipped 3 newer runs: #4 (run 914) artifact expired (GitHub answered 410 to the download); #3 (run 913) artifact expired on 2024-03-01; #2 (run 912) has no artifact named predictions');
    expect(github.requests.filter((q) => q.path.endsWith('/zip')).map((q) => q.status)).toEqual([410, 302]);
  });

  it('reads a run by id', async () => {
    actions.addRun({ id: 555, workflow: 'nightly.yml', branch: 'main' });
    actions.addArtifact(555, 'predictions', champion());
    const r = await run('artifact:predictions@run:555/binary.csv');
    expect(r.code).toBe(0);
    expect(result(r).sources!.predictions).toMatchObject({ runId: 555, workflow: 'nightly.yml', branch: 'main', path: 'binary.csv' });
  });

  it('searches another workflow\'s runs with the workflow input, on the default branch with @default', async () => {
    actions.addRun({ id: 921, workflow: 'train.yml', branch: 'main', runNumber: 8 });
    actions.addRun({ id: 922, workflow: 'ci.yml', branch: 'main', runNumber: 9 });
    actions.addArtifact(921, 'champion', champion());
    actions.addArtifact(922, 'champion', zipOf({ 'binary.csv': 'wrong workflow' }));
    const r = await run('artifact:champion@default/binary.csv', { workflow: 'train.yml' });
    expect(r.code).toBe(0);
    expect(result(r).sources!.predictions).toMatchObject({ runId: 921, workflow: 'train.yml', branch: 'main' });
    expect(github.requests.some((q) => q.path === `/repos/${REPOSITORY}/actions/workflows/train.yml/runs`)).toBe(true);
  });

  it('exits 2 with one line naming what it looked for and what it found when no run has the artifact', async () => {
    actions.addRun({ id: 931, workflow: 'train.yml', branch: 'main', runNumber: 5 });
    actions.addRun({ id: 932, workflow: 'train.yml', branch: 'main', runNumber: 6 });
    actions.addArtifact(932, 'champion-predictions', champion(), { expired: true });
    actions.addArtifact(931, 'predictions', champion());
    const r = await run('artifact:champion-predictions@main/binary.csv', { workflow: 'train.yml' });
    expect(r.code).toBe(2);
    expect(errorLines(r)).toEqual([
      '::error::evaluate-model: no successful run of train.yml on main has an artifact named champion-predictions (looked at 2 runs: #6 (run 932) artifact expired on 2024-03-01; #5 (run 931) has no artifact named champion-predictions)',
    ]);
    expect(r.outputs).toMatchObject({ verdict: 'error', passed: 'false', 'result-path': '' });
    expect(r.stdout).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('refuses an artifact whose zip has a ../ entry (exit 2), writing nothing outside its directory', async () => {
    actions.addRun({ id: 941, workflow: 'ci.yml', branch: 'main' });
    const bad = actions.addArtifact(941, 'predictions', readFileSync(join(FIXTURES, 'traversal.zip')));
    const r = await run('artifact:predictions@main/ok.txt');
    expect(r.code).toBe(2);
    expect(errorLines(r)).toEqual([
      `::error::evaluate-model: artifact predictions (id ${bad.id}, run 941): refusing the entry "../evil.txt": its path leads outside the download directory (".."); nothing was used from this artifact`,
    ]);
  });

  it('retries GitHub 5xx answers (listing, artifacts, download) and then succeeds', async () => {
    actions.addRun({ id: 951, workflow: 'ci.yml', branch: 'main' });
    actions.addArtifact(951, 'predictions', champion());
    github.fail({ method: 'GET', path: /\/workflows\/ci\.yml\/runs$/, status: 502 });
    github.fail({ method: 'GET', path: /\/runs\/951\/artifacts$/, status: 500 });
    github.fail({ method: 'GET', path: /\/zip$/, status: 503 });
    const r = await run('artifact:predictions@main/binary.csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/GitHub API answered 502 to GET \/repos\/octo-org\/model-repo\/actions\/workflows\/ci\.yml\/runs; retrying/);
    expect(r.stdout).toMatch(/GitHub API answered 503 to GET \/repos\/octo-org\/model-repo\/actions\/artifacts\/\d+\/zip; retrying/);
    expect(github.requests.filter((q) => (q.status ?? 0) >= 500)).toHaveLength(3);
  }, 30_000);

  it('reads an artifact of this run through the results service', async () => {
    actions.addArtifact(CURRENT_RUN, 'predictions', champion());
    const r = await run('artifact:predictions/binary.csv', {}, actions.runtimeEnv(CURRENT_RUN, github.url));
    expect(r.code).toBe(0);
    expect(result(r).sources!.predictions).toMatchObject({ reference: 'artifact:predictions/binary.csv', runId: null, artifactName: 'predictions' });
    expect(github.requests.some((q) => q.path.endsWith('/ListArtifacts'))).toBe(true);
  });

  it('the CLI refuses references with a way to get the file instead (exit 2)', async () => {
    const cli = await runCliBundle(['evaluate-model', '--predictions', 'artifact:predictions@main/binary.csv']);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe(
      'mlgate: input "predictions": the artifact reference "artifact:predictions@main/binary.csv" is resolved by the GitHub action only; here, download the artifact first (gh run download <run-id> -n predictions) and give the file\'s path\n',
    );
  });
});
