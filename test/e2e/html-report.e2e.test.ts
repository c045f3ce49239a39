/**
 * The HTML report end to end with the bundled evaluate-model on a pull request: the run writes
 * the self-contained page and uploads it as the artifact `mlgate-html-<comment-id>` through the
 * results service the loopback GitHub plays, and the comment and the job summary end with links
 * to it and to the run; `html-report: false` uploads nothing and links nothing; outside a job
 * (no runtime token) the page is only written; an error run still updates the comment.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractZip } from '../../src/artifacts/safe-unzip.js';
import { ActionsState, artifactRoutes } from '../support/github-artifact-routes.js';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { REPOSITORY, runBundle } from '../support/run-bundle.js';

const TOKEN = 'ghs_htmlReportE2eToken0123456789abcdefXY';
const [OWNER, REPO] = REPOSITORY.split('/');
const RUN = 4242;
const inputs = { predictions: 'examples/evaluate-model/binary.csv', 'score-column': 'score', gates: 'accuracy >= 0.9', 'github-token': TOKEN };

let github: LoopbackGitHub;
let actions: ActionsState;
beforeEach(async () => {
  actions = new ActionsState(OWNER, REPO);
  actions.addRun({ id: RUN, workflow: 'ci.yml', branch: 'feature', status: 'in_progress', conclusion: null, event: 'pull_request' });
  github = await start({ routes: artifactRoutes(actions) });
});
afterEach(async () => {
  await github.close();
});

function comment(): string {
  const all = github.state.comments(OWNER, REPO, 7);
  expect(all).toHaveLength(1);
  return all[0].body;
}

describe('the HTML report artifact of the evaluate-model bundle', { timeout: 90_000 }, () => {
  it('is uploaded and linked from the end of the comment and the job summary', async () => {
    const run = await runBundle('evaluate-model', { inputs, apiUrl: github.url, env: actions.runtimeEnv(RUN, github.url) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const artifact = actions.artifactsOf(RUN).find((a) => a.name === 'mlgate-html-evaluate-model');
    expect(artifact, JSON.stringify(actions.artifactsOf(RUN).map((a) => a.name))).toBeDefined();
    const link = `https://github.com/${REPOSITORY}/actions/runs/${RUN}/artifacts/${artifact!.id}`;
    const lastLine = (text: string) => text.trimEnd().split('\n').at(-1)!;
    for (const text of [comment(), run.summary]) {
      expect(lastLine(text)).toMatch(new RegExp(`^<sub>📊 \\[HTML report\\]\\(${link.replace(/[./]/g, '\\$&')}\\) \\(every column, row and chart; opens offline\\) · \\[run 4242\\]\\(https://github\\.com/${REPOSITORY}/actions/runs/4242\\) · commit `));
    }
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-html-'));
    writeFileSync(join(dir, 'a.zip'), artifact!.zip);
    const files = await extractZip(join(dir, 'a.zip'), join(dir, 'x'), artifact!.name);
    expect(files).toEqual(['mlgate-html-evaluate-model.html']);
    const html = readFileSync(join(dir, 'x', files[0]), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<strong>Model evaluation: PASS</strong>');
    expect(html).not.toContain(TOKEN);
  });

  it('html-report: false uploads nothing and links nothing', async () => {
    const run = await runBundle('evaluate-model', { inputs: { ...inputs, 'html-report': 'false' }, apiUrl: github.url, env: actions.runtimeEnv(RUN, github.url) });
    expect(run.code).toBe(0);
    expect(actions.artifactsOf(RUN)).toEqual([]);
    expect(comment()).not.toContain('[HTML report](');
    expect(run.summary).not.toContain('[HTML report](');
  });

  it('outside a job with a results service the page is written, not uploaded, and the run is unharmed', async () => {
    const run = await runBundle('evaluate-model', { inputs, apiUrl: github.url });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/HTML report written to .*mlgate-html-evaluate-model\.html; not uploaded: not inside a GitHub Actions job/);
    expect(run.stdout).not.toContain('::warning::');
    expect(comment()).not.toContain('[HTML report](');
  });

  it('an error run still replaces the comment with the error, without an HTML report', async () => {
    const run = await runBundle('evaluate-model', { inputs: { ...inputs, predictions: 'missing.csv' }, apiUrl: github.url, env: actions.runtimeEnv(RUN, github.url) });
    expect(run.code).toBe(2);
    expect(comment()).toContain('evaluate-model: ERROR');
    expect(comment()).not.toContain('[HTML report](');
    expect(actions.artifactsOf(RUN)).toEqual([]);
  });
});
