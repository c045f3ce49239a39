/**
 * Reporting that survives permissions, end to end with the bundles: commit statuses, the report
 * artifact a fork PR's job uploads (through the results service the loopback GitHub plays), the
 * post-report action posting it from a workflow_run job, shared comments written by concurrent
 * jobs, and GitHub 5xx answers retried.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractZip } from '../../src/artifacts/safe-unzip.js';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { ActionsState, artifactRoutes, zipOf } from '../support/github-artifact-routes.js';
import { REPOSITORY, pullRequestEvent, runBundle, type BundleRun } from '../support/run-bundle.js';

const TOKEN = 'ghs_postReportE2eToken0123456789abcdefKL';
const [OWNER, REPO] = REPOSITORY.split('/');
const HEAD = 'a'.repeat(40);
const RUN = 4242;
const RUN_URL = `https://github.com/${REPOSITORY}/actions/runs/${RUN}`;

let github: LoopbackGitHub;
let actions: ActionsState;
beforeEach(async () => {
  actions = new ActionsState(OWNER, REPO);
  actions.addRun({ id: RUN, workflow: 'ci.yml', branch: 'feature', headSha: HEAD, status: 'completed', conclusion: 'success', event: 'pull_request' });
  actions.pulls.set(7, { number: 7, headSha: HEAD, fork: true });
  github = await start({ routes: artifactRoutes(actions) });
});
afterEach(async () => {
  await github.close();
});

const baseInputs = {
  predictions: 'examples/evaluate-model/binary.csv',
  'score-column': 'score',
  gates: 'roc_auc >= 0.9',
  'github-token': TOKEN,
  // The HTML report artifact has its own test (html-report.e2e.test.ts): here only the report artifact is counted.
  'html-report': 'false',
};

function evaluate(extra: Record<string, string>, options: { fork?: boolean; env?: Record<string, string> } = {}): Promise<BundleRun> {
  return runBundle('evaluate-model', {
    inputs: { ...baseInputs, ...extra },
    apiUrl: github.url,
    event: pullRequestEvent(7, { fork: options.fork }),
    env: { ...actions.runtimeEnv(RUN, github.url), ...options.env },
  });
}

function workflowRunEvent(runId = RUN, headSha = HEAD): unknown {
  return {
    action: 'completed',
    workflow_run: {
      id: runId,
      head_sha: headSha,
      html_url: `https://github.com/${REPOSITORY}/actions/runs/${runId}`,
      event: 'pull_request',
      conclusion: 'success',
      pull_requests: [],
      head_repository: { full_name: `someone/${REPO}` },
      repository: { full_name: REPOSITORY },
    },
    repository: { full_name: REPOSITORY, default_branch: 'main' },
  };
}

function postReport(inputs: Record<string, string> = {}, event: unknown = workflowRunEvent()): Promise<BundleRun> {
  return runBundle('post-report', {
    inputs: { 'github-token': TOKEN, ...inputs },
    apiUrl: github.url,
    event,
    eventName: 'workflow_run',
    env: { GITHUB_RUN_ID: '5000' },
  });
}

const comments = (issue = 7) => github.state.comments(OWNER, REPO, issue);

async function reportPayload(name: string): Promise<Record<string, unknown>> {
  const artifact = actions.artifactsOf(RUN).find((a) => a.name === name)!;
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-report-'));
  writeFileSync(join(dir, 'a.zip'), artifact.zip);
  expect(await extractZip(join(dir, 'a.zip'), join(dir, 'x'), name)).toEqual(['mlgate-report.json']);
  return JSON.parse(readFileSync(join(dir, 'x', 'mlgate-report.json'), 'utf8')) as Record<string, unknown>;
}

describe('commit status', { timeout: 60_000 }, () => {
  it('posts mlgate/<comment-id> with the verdict on the PR head commit', async () => {
    const pass = await evaluate({ status: 'true' });
    expect(pass.code).toBe(0);
    const fail = await evaluate({ status: 'true', gates: 'accuracy >= 0.999' });
    expect(fail.code).toBe(1);
    expect(github.state.statuses.map(({ sha, context, state, description, target_url }) => ({ sha, context, state, description, target_url }))).toEqual([
      { sha: HEAD, context: 'mlgate/evaluate-model', state: 'success', description: 'PASS: 1 of 1 gate passed', target_url: RUN_URL },
      { sha: HEAD, context: 'mlgate/evaluate-model', state: 'failure', description: expect.stringMatching(/^FAIL: accuracy >= 0\.999 \(0\.9\d*\)$/), target_url: RUN_URL },
    ]);
    // No status unless asked.
    await evaluate({});
    expect(github.state.statuses).toHaveLength(2);
  });

  it('sets an error status when the run itself fails (exit 2), so a required check never waits forever', async () => {
    const r = await evaluate({ status: 'true', gates: 'roc_auc => 0.9' });
    expect(r.code).toBe(2);
    expect(github.state.statuses).toHaveLength(1);
    expect(github.state.statuses[0]).toMatchObject({ sha: HEAD, context: 'mlgate/evaluate-model', state: 'error' });
    expect(github.state.statuses[0].description).toMatch(/^ERROR: input "gates": cannot read gate "roc_auc => 0\.9"/);
    expect(github.state.statuses[0].description!.length).toBeLessThanOrEqual(140);
  });
});

describe('fork pull requests: report artifact and post-report', { timeout: 90_000 }, () => {
  it('a fork PR job that may not comment uploads its report; post-report posts the comment and the status', async () => {
    // The fork's read-only token: GitHub answers 403 to the comment and the status.
    github.fail({ method: 'GET', path: /\/issues\/7\/comments$/, status: 403 });
    github.fail({ method: 'POST', path: /\/statuses\//, status: 403 });
    const job = await evaluate({ status: 'true' }, { fork: true });
    expect(job.code).toBe(0);
    expect(job.outputs.verdict).toBe('pass');
    expect(job.summary).toContain('Model evaluation: PASS');
    expect(comments()).toHaveLength(0);
    expect(github.state.statuses).toHaveLength(0);
    expect(job.stdout).toContain('::notice::The report for pull request #7 is in the artifact mlgate-report-evaluate-model');
    expect(actions.artifactsOf(RUN).map((a) => a.name)).toEqual(['mlgate-report-evaluate-model']);
    const payload = await reportPayload('mlgate-report-evaluate-model');
    expect(payload).toMatchObject({
      schemaVersion: 1,
      kind: 'mlgate-report',
      action: 'evaluate-model',
      commentId: 'evaluate-model',
      section: null,
      pullNumber: 7,
      headSha: HEAD,
      verdict: 'pass',
      commentMode: 'update',
      status: { context: 'mlgate/evaluate-model', state: 'success', description: 'PASS: 1 of 1 gate passed' },
    });
    expect(payload.markdown).toContain('Model evaluation: PASS');
    expect(JSON.stringify(payload)).not.toContain(TOKEN);

    const post = await postReport();
    expect(post.stderr).toBe('');
    expect(post.code).toBe(0);
    expect(post.outputs).toEqual({ posted: '1', 'pull-request': '7' });
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('<!-- mlgate:evaluate-model -->');
    expect(comments()[0].body).toContain('Model evaluation: PASS');
    expect(github.state.statuses.map(({ sha, context, state, target_url }) => ({ sha, context, state, target_url }))).toEqual([
      { sha: HEAD, context: 'mlgate/evaluate-model', state: 'success', target_url: RUN_URL },
    ]);
    expect(post.summary).toContain('`mlgate-report-evaluate-model` → #7: **posted**');

    // Posting again (a re-run of the workflow_run job) updates the same comment.
    const again = await postReport();
    expect(again.code).toBe(0);
    expect(comments()).toHaveLength(1);
  });

  it('report-artifact: true uploads the report even when the comment could be written', async () => {
    const job = await evaluate({ 'report-artifact': 'true', name: 'small model' });
    expect(job.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(actions.artifactsOf(RUN).map((a) => a.name)).toEqual(['mlgate-report-evaluate-model-small-model--small_model']);
    expect(await reportPayload('mlgate-report-evaluate-model-small-model--small_model')).toMatchObject({ commentId: 'evaluate-model-small-model', section: 'small model' });
  });

  it('report-artifact: false uploads nothing even when commenting is forbidden', async () => {
    github.fail({ method: 'GET', path: /\/issues\/7\/comments$/, status: 403 });
    const job = await evaluate({ 'report-artifact': 'false' }, { fork: true });
    expect(job.code).toBe(0);
    expect(actions.artifactsOf(RUN)).toEqual([]);
  });

  it('does not post a stale report (the PR has moved on) or one naming another PR', async () => {
    github.fail({ method: 'GET', path: /\/issues\/7\/comments$/, status: 403 });
    await evaluate({}, { fork: true });
    actions.pulls.set(7, { number: 7, headSha: 'f'.repeat(40), fork: true });
    const stale = await postReport();
    expect(stale.code).toBe(0);
    expect(stale.outputs.posted).toBe('0');
    expect(stale.stdout).toContain(`::notice::Not posting mlgate-report-evaluate-model: pull request #7 is at fffffff, not at the commit run ${RUN} built (aaaaaaa)`);
    expect(comments()).toHaveLength(0);

    // A forged payload naming another PR (the fork controls what its run uploads).
    actions.pulls.set(8, { number: 8, headSha: 'e'.repeat(40) });
    const forged = { schemaVersion: 1, kind: 'mlgate-report', action: 'evaluate-model', commentId: 'x', section: null, pullNumber: 8, headSha: HEAD, runUrl: null, verdict: 'pass', commentMode: 'update', markdown: 'spam', status: null };
    actions.artifacts.length = 0;
    actions.addArtifact(RUN, 'mlgate-report-x', zipOf({ 'mlgate-report.json': JSON.stringify(forged) }));
    const refused = await postReport();
    expect(refused.code).toBe(0);
    expect(comments(8)).toHaveLength(0);
    expect(refused.stdout).toContain('pull request #8 is at eeeeeee, not at the commit run 4242 built (aaaaaaa)');
  });

  it('refuses a malformed report artifact (exit 2) and one with a traversal entry', async () => {
    actions.addArtifact(RUN, 'mlgate-report-bad', zipOf({ 'mlgate-report.json': JSON.stringify({ kind: 'mlgate-report', schemaVersion: 1, commentId: 'a--b' }) }));
    actions.addArtifact(RUN, 'mlgate-report-evil', readFileSync(join(import.meta.dirname, '../fixtures/artifacts/traversal.zip')));
    const post = await postReport();
    expect(post.code).toBe(2);
    expect(post.stdout).toMatch(/::warning::Not posting mlgate-report-bad: artifact mlgate-report-bad \(id \d+, run 4242\): mlgate-report\.json field "commentId" may not be empty or contain spaces, "<", ">" or "--"/);
    expect(post.stdout).toMatch(/::warning::Not posting mlgate-report-evil: .*refusing the entry "\.\.\/evil\.txt"/);
    expect(comments()).toHaveLength(0);
  });

  it('says there is nothing to post when the run left no report', async () => {
    const post = await postReport();
    expect(post.code).toBe(0);
    expect(post.outputs).toEqual({ posted: '0', 'pull-request': '' });
    expect(post.stdout).toContain(`Run ${RUN} left no report artifact (mlgate-report-*): nothing to post`);
  });

  it('needs a workflow_run event or run-id (exit 2)', async () => {
    const post = await postReport({}, pullRequestEvent(7));
    expect(post.code).toBe(2);
    expect(post.stdout).toContain('::error::post-report: post-report runs in a workflow_run workflow (on: workflow_run) or needs the run-id input');
  });
});

describe('shared comments and API faults', { timeout: 90_000 }, () => {
  it('two jobs finishing at the same time share one comment, one section each', async () => {
    const [small, large] = await Promise.all([
      evaluate({ 'comment-id': 'models', name: 'small', status: 'true' }),
      evaluate({ 'comment-id': 'models', name: 'large', gates: 'accuracy >= 0.5', status: 'true' }),
    ]);
    expect([small.code, large.code]).toEqual([0, 0]);
    expect(comments()).toHaveLength(1);
    const body = comments()[0].body;
    expect(body).toContain('<!-- mlgate:models -->');
    expect(body).toContain('roc_auc >= 0.9');
    expect(body).toContain('accuracy >= 0.5');
    expect(github.state.statuses.map((s) => s.context).sort()).toEqual(['mlgate/models/large', 'mlgate/models/small']);
  });

  it('retries a 5xx from GitHub on the comment and the status, then succeeds', async () => {
    github.fail({ method: 'POST', path: /\/issues\/7\/comments$/, status: 502 });
    github.fail({ method: 'POST', path: /\/statuses\//, status: 500 });
    const r = await evaluate({ status: 'true' });
    expect(r.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(github.state.statuses).toHaveLength(1);
    expect(r.stdout).toMatch(/GitHub API answered 502 to POST .*comments.*; retrying/);
    expect(r.stdout).toMatch(/GitHub API answered 500 to POST .*statuses.*; retrying/);
  });
});
