/**
 * History across runs end to end: bundled evaluate-model runs on pushes to main upload their result
 * (`mlgate-result-<comment-id>`, result-artifact: auto) through the Actions results service; a later
 * pull-request run with `history: N` walks the main branch's successful runs — past one whose
 * artifact expired and one that has none — and gives every gated metric its trend and the gate
 * `<metric>.trend` its value (the change against the median of the earlier runs).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionsState, artifactRoutes, zipOf } from '../support/github-artifact-routes.js';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { REPO_ROOT, REPOSITORY, pullRequestEvent, runBundle, type BundleRun } from '../support/run-bundle.js';

const TOKEN = 'ghs_historyE2eToken0123456789abcdefGHIJ';
const [OWNER, REPO] = REPOSITORY.split('/');
const PR_RUN = 4242;

let github: LoopbackGitHub;
let actions: ActionsState;
beforeEach(async () => {
  actions = new ActionsState(OWNER, REPO);
  github = await start({ routes: artifactRoutes(actions) });
});
afterEach(async () => {
  await github.close();
});

/** The bundled example with the first `wrong` predictions flipped: a worse model. */
function predictions(wrong: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-history-'));
  const [header, ...rows] = readFileSync(join(REPO_ROOT, 'examples/evaluate-model/binary.csv'), 'utf8').trimEnd().split('\n');
  const flipped = rows.map((row, i) => {
    if (i >= wrong) return row;
    const cells = row.split(',');
    cells[2] = cells[2] === '1' ? '0' : '1';
    return cells.join(',');
  });
  const path = join(dir, 'p.csv');
  writeFileSync(path, `${[header, ...flipped].join('\n')}\n`);
  return path;
}

const inputs = (file: string, extra: Record<string, string> = {}) => ({ predictions: file, 'score-column': 'score', gates: 'accuracy >= 0.8', comment: 'off', 'github-token': TOKEN, ...extra });
const env = (runId: number, ref: string) => ({ ...actions.runtimeEnv(runId, github.url), GITHUB_RUN_ID: String(runId), GITHUB_REF: ref, GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/ci.yml@${ref}` });
const resultOf = (r: BundleRun) => JSON.parse(readFileSync(r.outputs['result-path'], 'utf8'));

async function onMain(runId: number, wrong: number): Promise<number> {
  actions.addRun({ id: runId, workflow: 'ci.yml', branch: 'main', runNumber: runId - 800, event: 'push' });
  const r = await runBundle('evaluate-model', {
    inputs: inputs(predictions(wrong)),
    apiUrl: github.url,
    eventName: 'push',
    event: { ref: 'refs/heads/main', repository: { full_name: REPOSITORY, default_branch: 'main' } },
    env: env(runId, 'refs/heads/main'),
  });
  expect(r.code, r.stdout).toBe(0);
  expect(r.stdout).toContain('Uploaded the result as mlgate-result-evaluate-model');
  return resultOf(r).metrics.accuracy.value as number;
}

describe('history: trends from earlier runs on the default branch', { timeout: 120_000 }, () => {
  it('reads the results main uploaded, skips an expired and a missing artifact, and gates on the trend', async () => {
    const past = [await onMain(801, 0), await onMain(802, 4), await onMain(803, 2)];
    actions.addRun({ id: 804, workflow: 'ci.yml', branch: 'main', runNumber: 4, event: 'push' });
    actions.addArtifact(804, 'mlgate-result-evaluate-model', zipOf({ 'mlgate-result.json': '{}' }), { expired: true });
    actions.addRun({ id: 805, workflow: 'ci.yml', branch: 'main', runNumber: 5, event: 'push' });
    actions.addRun({ id: PR_RUN, workflow: 'ci.yml', branch: 'feature', status: 'in_progress', conclusion: null, event: 'pull_request' });

    const pr = await runBundle('evaluate-model', {
      inputs: inputs(predictions(12), { history: '5', gates: 'accuracy >= 0.8\naccuracy.trend >= -0.02' }),
      apiUrl: github.url,
      event: pullRequestEvent(7),
      env: env(PR_RUN, 'refs/pull/7/merge'),
    });
    const result = resultOf(pr);
    const sorted = [...past].sort((a, b) => a - b);
    const current = result.metrics.accuracy.value as number;
    // trend = current − median of the earlier runs (src/metrics/trend.ts)
    expect(result.trends.accuracy).toMatchObject({ runs: 3, baseline: sorted[1], current, trend: current - sorted[1] });
    expect(result.trends.accuracy.series.map((p: { value: number }) => p.value)).toEqual([...past, current]);
    expect(result.history.runs.map((r: { runId: number }) => r.runId)).toEqual([801, 802, 803]);
    expect(result.history.skipped.map((s: { runId: number; reason: string }) => [s.runId, s.reason])).toEqual([
      [805, 'no artifact named mlgate-result-evaluate-model'],
      [804, 'artifact mlgate-result-evaluate-model expired on 2024-03-01'],
    ]);
    // Twelve more wrong predictions than the median run: the trend gate fails, the value gate passes.
    expect(result.gates.map((g: { id: string; status: string }) => [g.id, g.status])).toEqual([
      ['accuracy >= 0.8', 'pass'],
      ['accuracy.trend >= -0.02', 'fail'],
    ]);
    expect(pr.code).toBe(1);
    // A pull request keeps no result for later runs (result-artifact: auto keeps only the default branch's).
    expect(pr.stdout).not.toContain('Uploaded the result');
  });

  it('a trend gate with no earlier result is skipped (a warning), never a pass; without history it is an input error', async () => {
    actions.addRun({ id: PR_RUN, workflow: 'ci.yml', branch: 'feature', status: 'in_progress', conclusion: null, event: 'pull_request' });
    const first = await runBundle('evaluate-model', {
      inputs: inputs(predictions(0), { history: '3', gates: 'accuracy.trend >= -0.02' }),
      apiUrl: github.url,
      event: pullRequestEvent(7),
      env: env(PR_RUN, 'refs/pull/7/merge'),
    });
    expect(first.code).toBe(0);
    expect(resultOf(first).gates[0]).toMatchObject({ status: 'skipped', effect: 'warn' });
    expect(first.outputs.verdict).toBe('warn');
    const none = await runBundle('evaluate-model', { inputs: inputs(predictions(0), { gates: 'accuracy.trend >= -0.02' }), apiUrl: github.url, event: pullRequestEvent(7), env: env(PR_RUN, 'refs/pull/7/merge') });
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('a trend needs the results of earlier runs: set history: N');
  });
});
