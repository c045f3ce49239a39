/**
 * Champion promotion end to end with the bundled compare-champion (its challenger input is marked
 * `promote: 'champion'`): a push to the default branch uploads the challenger and the result as
 * the `champion` artifact through the results service the loopback GitHub plays; a pull request's
 * run then resolves `artifact:champion@main/<file>` to it, and does not promote.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractZip } from '../../src/artifacts/safe-unzip.js';
import { ActionsState, artifactRoutes } from '../support/github-artifact-routes.js';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { REPO_ROOT, REPOSITORY, pullRequestEvent, runBundle, type BundleRun } from '../support/run-bundle.js';

const TOKEN = 'ghs_promoteE2eToken0123456789abcdefPQRST';
const [OWNER, REPO] = REPOSITORY.split('/');
const MAIN_RUN = 4242;
const PR_RUN = 4343;
const inputs = {
  challenger: 'examples/compare-champion/challenger.csv',
  'id-column': 'id',
  'score-column': 'score',
  gates: 'accuracy >= 0.9',
  comment: 'off',
  // The HTML report and the result artifact have their own tests (html-report, history): here only the promoted one is counted.
  'html-report': 'false',
  'result-artifact': 'false',
  'github-token': TOKEN,
};
const pushEvent = { ref: 'refs/heads/main', after: 'd'.repeat(40), repository: { full_name: REPOSITORY, default_branch: 'main' } };

let github: LoopbackGitHub;
let actions: ActionsState;
beforeEach(async () => {
  actions = new ActionsState(OWNER, REPO);
  actions.addRun({ id: MAIN_RUN, workflow: 'train.yml', branch: 'main', status: 'in_progress', conclusion: null, event: 'push' });
  actions.addRun({ id: PR_RUN, workflow: 'ci.yml', branch: 'feature', status: 'in_progress', conclusion: null, event: 'pull_request' });
  github = await start({ routes: artifactRoutes(actions) });
});
afterEach(async () => {
  await github.close();
});

function onMain(extra: Record<string, string>): Promise<BundleRun> {
  return runBundle('compare-champion', {
    inputs: { ...inputs, ...extra },
    apiUrl: github.url,
    event: pushEvent,
    eventName: 'push',
    env: { ...actions.runtimeEnv(MAIN_RUN, github.url), GITHUB_REF: 'refs/heads/main', GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/train.yml@refs/heads/main` },
  });
}

function onPullRequest(extra: Record<string, string>): Promise<BundleRun> {
  return runBundle('compare-champion', {
    inputs: { ...inputs, ...extra },
    apiUrl: github.url,
    event: pullRequestEvent(7),
    env: { ...actions.runtimeEnv(PR_RUN, github.url), GITHUB_RUN_ID: String(PR_RUN), GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/ci.yml@refs/pull/7/merge` },
  });
}

async function artifactFiles(runId: number, name: string): Promise<Record<string, string>> {
  const artifact = actions.artifactsOf(runId).find((a) => a.name === name)!;
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-promoted-'));
  writeFileSync(join(dir, 'a.zip'), artifact.zip);
  const files = await extractZip(join(dir, 'a.zip'), join(dir, 'x'), name);
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, 'x', f), 'utf8')]));
}

describe.skipIf(!existsSync(join(REPO_ROOT, 'dist/compare-champion/index.js')))('champion promotion with the compare-champion bundle', { timeout: 90_000 }, () => {
  it('a push to the default branch promotes the challenger; a PR compares against it and does not promote', async () => {
    const main = await onMain({});
    expect(main.stderr).toBe('');
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Promoted challenger (challenger.csv, mlgate-result.json) as the artifact champion (a push to the default branch (main))');
    expect(actions.artifactsOf(MAIN_RUN).map((a) => a.name)).toEqual(['champion']);
    const files = await artifactFiles(MAIN_RUN, 'champion');
    expect(files['challenger.csv']).toBe(readFileSync(join(REPO_ROOT, inputs.challenger), 'utf8'));
    expect(JSON.parse(files['mlgate-result.json'])).toMatchObject({ action: 'compare-champion', verdict: 'pass' });

    // The main run succeeded; the PR's champion is what it promoted.
    Object.assign(actions.run(MAIN_RUN)!, { status: 'completed', conclusion: 'success' });
    const pr = await onPullRequest({ champion: 'artifact:champion@main/challenger.csv', workflow: 'train.yml', gates: 'accuracy.delta >= 0' });
    expect(pr.code).toBe(0);
    const result = JSON.parse(readFileSync(pr.outputs['result-path'], 'utf8')) as { sources: Record<string, { runId: number; artifactName: string }>; metrics: { accuracy: { delta: number } } };
    expect(result.sources.champion).toMatchObject({ runId: MAIN_RUN, artifactName: 'champion', workflow: 'train.yml', branch: 'main' });
    // The champion is the promoted challenger itself: no difference.
    expect(result.metrics.accuracy.delta).toBe(0);
    expect(actions.artifactsOf(PR_RUN)).toEqual([]);
    expect(pr.stdout).not.toContain('Promoted');
  });

  it('does not promote when a gate fails, nor with promote: false', async () => {
    const failing = await onMain({ gates: 'accuracy >= 0.999' });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('Not promoting challenger as champion: the verdict is fail; only a run whose gates pass is promoted');
    const off = await onMain({ promote: 'false' });
    expect(off.code).toBe(0);
    expect(actions.artifactsOf(MAIN_RUN)).toEqual([]);
  });

  it('promote: true on a pull request promotes under the name given', async () => {
    const pr = await onPullRequest({ promote: 'true', 'promote-artifact': 'candidate' });
    expect(pr.code).toBe(0);
    expect(actions.artifactsOf(PR_RUN).map((a) => a.name)).toEqual(['candidate']);
  });
});
