/**
 * The bundled dist/compare-champion/index.js run as the runner runs it, against the loopback
 * GitHub (test/support/github-server.ts), with workflow runs and artifacts for the champion taken
 * from the default branch (test/support/github-artifact-routes.ts).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionsState, artifactRoutes, zipOf } from '../support/github-artifact-routes.js';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { REPO_ROOT, REPOSITORY, runBundle, type BundleRun } from '../support/run-bundle.js';
import { runCliBundle } from '../support/run-cli.js';

const TOKEN = 'ghs_compareE2eToken0123456789abcdefKLMNO';
const [OWNER, REPO] = REPOSITORY.split('/');
const CURRENT_RUN = 4242;
const baseInputs = {
  champion: 'examples/compare-champion/champion.csv',
  challenger: 'examples/compare-champion/challenger.csv',
  'id-column': 'id',
  'score-column': 'score',
  'slice-columns': 'size_band',
  gates: 'accuracy.delta.lower >= -0.01\naccuracy >= 0.9',
  'github-token': TOKEN,
};

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

function run(inputs: Record<string, string>): Promise<BundleRun> {
  return runBundle('compare-champion', { inputs, apiUrl: github.url, env: { GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/ci.yml@refs/pull/7/merge` } });
}

function comments() {
  return github.state.comments(OWNER, REPO, 7);
}

function result(r: BundleRun): Record<string, unknown> {
  return JSON.parse(readFileSync(r.outputs['result-path'], 'utf8')) as Record<string, unknown>;
}

function errorLines(r: BundleRun): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('::error')).map((l) => l.replace(/%25/g, '%'));
}

describe('compare-champion bundle on a pull request', { timeout: 60_000 }, () => {
  it('passes, sets the outputs, writes the summary and one sticky comment updated in place', async () => {
    const first = await run(baseInputs);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ verdict: 'pass', passed: 'true', 'failed-gates': '', task: 'binary', 'first-run': 'false' });
    const metrics = JSON.parse(first.outputs.metrics);
    expect(metrics.accuracy).toMatchObject({ test: 'mcnemar-exact' });
    expect(metrics.accuracy.delta).toBeCloseTo(0.0386, 4);
    expect(result(first)).toMatchObject({ schemaVersion: 1, action: 'compare-champion', verdict: 'pass', rows: 285, firstRun: null });
    expect(first.summary).toContain('Champion vs challenger: PASS');
    expect(first.summary).toContain('The challenger is not worse than the champion by more than 1 point');
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('<!-- mlgate:compare-champion -->');
    expect(comments()[0].body).toContain('### Discordant pairs');
    const firstId = comments()[0].id;

    const second = await run({ ...baseInputs, gates: 'roc_auc.delta.lower >= -0.01' });
    expect(second.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].id).toBe(firstId);
    expect(comments()[0].body).toContain('roc_auc.delta.lower >= -0.01');
    const log = first.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const text of [log, first.stderr, first.summary, JSON.stringify(first.outputs), JSON.stringify(github.requests)]) expect(text).not.toContain(TOKEN);
  });

  it('produces the same result object as the CLI', async () => {
    const action = await run({ ...baseInputs, comment: 'off' });
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const cli = await runCliBundle([
      'compare-champion',
      ...Object.entries(baseInputs)
        .filter(([name]) => name !== 'github-token')
        .flatMap(([name, value]) => [`--${name}`, value]),
      '--json',
      join(dir, 'r.json'),
    ]);
    expect(cli.stderr).not.toContain('mlgate:');
    expect(cli.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toEqual(result(action));
  });

  it('takes the champion from the default branch\'s latest successful run (artifact reference)', async () => {
    const champion = readFileSync(join(REPO_ROOT, 'examples/compare-champion/champion.csv'), 'utf8');
    actions.addRun({ id: 880, workflow: 'ci.yml', branch: 'main', runNumber: 12 });
    const used = actions.addArtifact(880, 'champion', zipOf({ 'challenger.csv': champion, 'mlgate-result.json': '{}' }));
    const r = await run({ ...baseInputs, champion: 'artifact:champion@main/challenger.csv', comment: 'off' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const body = result(r) as { sources: Record<string, { runId: number; artifactId: number }>; rows: number };
    expect(body.rows).toBe(285);
    expect(body.sources.champion).toMatchObject({ runId: 880, artifactId: used.id });
    expect(r.summary).toContain('Inputs from artifacts');
  });

  it('fails the step with exit code 1 and names the failed gate', async () => {
    const r = await run({ ...baseInputs, gates: 'accuracy.delta.lower >= 0.1\naccuracy >= 0.9' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', passed: 'false', 'failed-gates': 'accuracy.delta.lower >= 0.1' });
    expect(r.stdout).toMatch(/::error.*accuracy\.delta\.lower >= 0\.1/);
    expect(r.summary).toContain('Champion vs challenger: FAIL');
    expect(comments()).toHaveLength(1);
  });

  it('exits 2 with one clear line when the ids do not match, outputs at their safe defaults', async () => {
    const r = await run({ ...baseInputs, champion: 'test/fixtures/compare-champion/binary-partial/champion.csv', challenger: 'test/fixtures/compare-champion/binary-partial/challenger.csv' });
    expect(r.code).toBe(2);
    expect(errorLines(r)).toEqual([
      '::error::compare-champion: 3 only in the champion test/fixtures/compare-champion/binary-partial/champion.csv ("11", "51", "91") and 2 only in the challenger test/fixtures/compare-champion/binary-partial/challenger.csv ("201", "21") — ids of id must match; set allow-partial: true to compare the 280 rows in both',
    ]);
    expect(r.stdout).not.toMatch(/\bat .*\.js:\d+/);
    expect(r.outputs).toMatchObject({ verdict: 'error', passed: 'false', 'result-path': '', metrics: '{}' });
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('🛑 **compare-champion: ERROR** — the input could not be used: 3 only in the champion');
  });

  it('first run: no champion, value gates apply, change gates skipped', async () => {
    const r = await run({ ...baseInputs, champion: '' });
    expect(r.code).toBe(0);
    // The skipped change gate was not checked: the run warns (exit 0, so it still promotes).
    expect(r.outputs).toMatchObject({ verdict: 'warn', passed: 'true', 'first-run': 'true' });
    const body = result(r) as { champion: unknown; gates: Array<{ status: string }> };
    expect(body.champion).toBeNull();
    expect(body.gates.map((g) => g.status)).toEqual(['skipped', 'pass']);
    expect(r.stdout).toMatch(/::notice::compare-champion: no champion yet/);
    expect(comments()[0].body).toContain('no champion yet');
  });
});
