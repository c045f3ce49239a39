/**
 * The bundled dist/evaluate-model/index.js run as the runner runs it, against a loopback server
 * playing the GitHub REST API (test/support/github-server.ts).
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { REPOSITORY, pullRequestEvent, runBundle } from '../support/run-bundle.js';
import { runCliBundle } from '../support/run-cli.js';

const TOKEN = 'ghs_e2eSecretToken0123456789abcdefABCDEF';
const [OWNER, REPO] = REPOSITORY.split('/');
const baseInputs = {
  predictions: 'examples/evaluate-model/binary.csv',
  'score-column': 'score',
  'slice-columns': 'size_band',
  gates: 'roc_auc.lower >= 0.95\naccuracy >= 0.9',
  'github-token': TOKEN,
};

let github: LoopbackGitHub;
beforeEach(async () => {
  github = await start();
});
afterEach(async () => {
  await github.close();
});

function comments() {
  return github.state.comments(OWNER, REPO, 7);
}

describe('evaluate-model bundle on a pull request', () => {
  it('passes, writes outputs, the summary and the result file, and comments once then updates in place', async () => {
    const first = await runBundle('evaluate-model', { inputs: baseInputs, apiUrl: github.url });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs.verdict).toBe('pass');
    expect(first.outputs.passed).toBe('true');
    expect(first.outputs['failed-gates']).toBe('');
    expect(first.outputs.task).toBe('binary');
    const result = JSON.parse(readFileSync(first.outputs['result-path'], 'utf8'));
    expect(result).toMatchObject({ schemaVersion: 1, action: 'evaluate-model', verdict: 'pass', task: 'binary', rows: 285 });
    expect(JSON.parse(first.outputs.metrics).roc_auc.ciMethod).toBe('delong');
    expect(first.summary).toContain('Model evaluation: PASS');
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('<!-- mlgate:evaluate-model -->');
    const firstId = comments()[0].id;

    const second = await runBundle('evaluate-model', { inputs: { ...baseInputs, gates: 'accuracy >= 0.5' }, apiUrl: github.url });
    expect(second.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].id).toBe(firstId);
    expect(comments()[0].body).toContain('accuracy >= 0.5');
    expect(github.requests.some((r) => r.method === 'PATCH')).toBe(true);
    for (const r of github.requests) expect(r.authorized).toBe(true);
    // The runner consumes `::add-mask::` itself (that line is how a secret gets masked); nothing else may carry the token.
    const log = first.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    for (const text of [log, first.stderr, first.summary, JSON.stringify(first.outputs), JSON.stringify(github.requests)]) {
      expect(text).not.toContain(TOKEN);
    }
  });

  it('produces the same result object as the CLI', async () => {
    const action = await runBundle('evaluate-model', { inputs: { ...baseInputs, comment: 'off' }, apiUrl: github.url });
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const cli = await runCliBundle(['evaluate-model', '--predictions', baseInputs.predictions, '--score-column', 'score', '--slice-columns', 'size_band', '--gates', baseInputs.gates, '--json', join(dir, 'r.json')]);
    expect(cli.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(action.outputs['result-path'], 'utf8')));
    expect(github.requests).toHaveLength(0);
  });

  it('fails the step with exit code 1 and names the failed gate', async () => {
    const run = await runBundle('evaluate-model', { inputs: { ...baseInputs, gates: 'accuracy >= 0.999\nf1 >= 0.5' }, apiUrl: github.url });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs['failed-gates']).toBe('accuracy >= 0.999');
    expect(run.stdout).toMatch(/::error.*accuracy >= 0\.999/);
    expect(run.summary).toContain('Model evaluation: FAIL');
    expect(comments()).toHaveLength(1);
  });

  it('exits 2 with one clear line on a malformed gate, outputs at their safe defaults', async () => {
    const run = await runBundle('evaluate-model', { inputs: { ...baseInputs, gates: 'roc_auc => 0.9' }, apiUrl: github.url });
    expect(run.code).toBe(2);
    // Workflow commands escape % as %25 (the runner decodes it).
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error')).map((l) => l.replace(/%25/g, '%'));
    expect(errors).toEqual(['::error::evaluate-model: input "gates": cannot read gate "roc_auc => 0.9" (expected "<metric>[.<field>] <op> <number>[%] [warn]" with op one of < <= > >= ==, e.g. "roc_auc.lower >= 0.9")']);
    expect(run.stdout).not.toMatch(/\bat .*\.js:\d+/);
    expect(run.outputs).toMatchObject({ verdict: 'error', passed: 'false', 'result-path': '' });
    // The comment shows the error in place of a report, so it never shows an earlier verdict.
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('🛑 **evaluate-model: ERROR** — the input could not be used: input "gates": cannot read gate "roc\\_auc =&gt; 0.9"');
  });

  it('an error run replaces the report of the run before it: the comment always describes the latest run, naming its commit and run', async () => {
    const first = await runBundle('evaluate-model', { inputs: baseInputs, apiUrl: github.url, event: pullRequestEvent(7, { headSha: '1'.repeat(40) }) });
    expect(first.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('Model evaluation: PASS');
    expect(comments()[0].body).toContain(`commit [\`1111111\`](https://github.com/${REPOSITORY}/commit/${'1'.repeat(40)})`);
    expect(first.summary).toMatch(/<sub>\[run 4242\]\(https:\/\/github.com\/octo-org\/model-repo\/actions\/runs\/4242\) · commit \[`1111111`\]\(.*\) · \d{4}-\d\d-\d\d \d\d:\d\d UTC<\/sub>/);

    const second = await runBundle('evaluate-model', {
      inputs: { ...baseInputs, predictions: 'examples/evaluate-model/missing.csv' },
      apiUrl: github.url,
      event: pullRequestEvent(7, { headSha: '2'.repeat(40) }),
    });
    expect(second.code).toBe(2);
    expect(comments()).toHaveLength(1);
    const body = comments()[0].body;
    expect(body).not.toContain('PASS');
    expect(body).toContain('🛑 **evaluate-model: ERROR** — the input could not be used: examples/evaluate-model/missing.csv');
    expect(body).toContain('commit [`2222222`]');
    expect(second.summary).toContain('🛑 **evaluate-model: ERROR**');
  });

  it('exits 2 naming the file, row and column of a bad value', async () => {
    const run = await runBundle('evaluate-model', { inputs: { ...baseInputs, 'slice-columns': '', predictions: 'test/fixtures/evaluate-model/bad-score.csv' }, apiUrl: github.url });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('::error::evaluate-model: test/fixtures/evaluate-model/bad-score.csv, row 3, column "score": "n/a" is not a number');
  });

  it('degrades to a notice when the token may not comment (fork PR), keeping summary and verdict', async () => {
    github.fail({ method: 'GET', path: /\/issues\/7\/comments$/, status: 403, times: 10 });
    github.fail({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, times: 10 });
    const run = await runBundle('evaluate-model', { inputs: baseInputs, apiUrl: github.url, event: pullRequestEvent(7, { fork: true }) });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.stdout).toMatch(/::notice::.*comment/i);
    expect(run.summary).toContain('Model evaluation: PASS');
    expect(comments()).toHaveLength(0);
  });
});
