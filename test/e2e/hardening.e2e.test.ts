/**
 * Issue 14 through the bundled actions, as the runner runs them (real processes, real sockets):
 * - 8 jobs sharing one comment id update one comment at the same moment: no section lost, no
 *   duplicate comment. `npm test` runs 2 rounds; `MLGATE_E2E_REPEATS=20` (the stress run:
 *   `npm run stress`) runs 20.
 * - a GitHub whose comment endpoints never answer: the step still ends in a bounded time with the
 *   gate's exit code and its job summary, and the failure is one line naming the request, not
 *   "mlgate internal error" with a stack.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_PATHS, start, type LoopbackGitHub } from '../support/github-server.js';
import { REPOSITORY, runBundle } from '../support/run-bundle.js';

const TOKEN = 'ghs_e2eSecretToken0123456789abcdefABCDEF';
const [OWNER, REPO] = REPOSITORY.split('/');
const JOBS = 8;
const REPEATS = Number(process.env.MLGATE_E2E_REPEATS ?? 2);

const inputs = (job: number) => ({
  predictions: 'examples/evaluate-model/binary.csv',
  'score-column': 'score',
  gates: 'accuracy >= 0.5',
  name: `model-${job}`,
  'comment-id': 'shared-report',
  'github-token': TOKEN,
});

let github: LoopbackGitHub;
beforeEach(async () => {
  github = await start();
});
afterEach(async () => {
  await github.close();
});

describe('8 concurrent jobs on one shared comment', () => {
  it(`${REPEATS} rounds: every job's section is in the one comment, never a duplicate`, async () => {
    for (let round = 1; round <= REPEATS; round++) {
      // A fresh PR each round: round 1 starts with no comment (all 8 create at once), later
      // rounds start from that comment's existence on a new PR too.
      const pr = 100 + round;
      const event = { action: 'synchronize', number: pr, pull_request: { number: pr, head: { sha: 'a'.repeat(40), ref: 'f', repo: { full_name: REPOSITORY } }, base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: REPOSITORY } } }, repository: { full_name: REPOSITORY, default_branch: 'main' } };
      const runs = await Promise.all(Array.from({ length: JOBS }, (_, job) => runBundle('evaluate-model', { inputs: inputs(job), apiUrl: github.url, event })));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      const marked = github.state.comments(OWNER, REPO, pr).filter((c) => c.body.startsWith('<!-- mlgate:shared-report -->'));
      expect(marked, `round ${round}: one comment`).toHaveLength(1);
      for (let job = 0; job < JOBS; job++) {
        expect(marked[0].body, `round ${round}: section of model-${job}`).toContain(`<!-- mlgate-section:model-${job} -->`);
        expect(marked[0].body).toContain(`Model evaluation — model-${job}`);
      }
      // A second wave onto the existing comment: updates only, no new comment.
      if (round === REPEATS) {
        const again = await Promise.all(Array.from({ length: JOBS }, (_, job) => runBundle('evaluate-model', { inputs: { ...inputs(job), gates: 'accuracy >= 0.6' }, apiUrl: github.url, event })));
        for (const run of again) expect(run.code).toBe(0);
        const after = github.state.comments(OWNER, REPO, pr).filter((c) => c.body.startsWith('<!-- mlgate:shared-report -->'));
        expect(after).toHaveLength(1);
        expect(after[0].id).toBe(marked[0].id);
        for (let job = 0; job < JOBS; job++) expect(after[0].body).toContain(`<!-- mlgate-section:model-${job} -->`);
        expect(after[0].body.match(/accuracy &gt;= 0\.6|accuracy >= 0\.6/g)?.length).toBeGreaterThanOrEqual(JOBS);
      }
    }
  }, 120_000 * Math.max(1, REPEATS));
});

describe('a GitHub that never answers does not hang the step or change its outcome', () => {
  it('the gate still passes with its summary; the comment failure is one line within the budget', async () => {
    github.fail({ path: COMMENT_PATHS, status: 0, mode: 'hang', times: Infinity });
    const run = await runBundle('evaluate-model', {
      inputs: { ...inputs(0), name: '' },
      apiUrl: github.url,
      env: { MLGATE_GITHUB_TIMEOUT_MS: '400', MLGATE_GITHUB_BUDGET_MS: '5000' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toContain('Model evaluation: PASS');
    // One annotation: a warning from run-action today, a notice once it logs through
    // logReportingFailure (src/github/api-error.ts).
    const warnings = run.stdout.split('\n').filter((line) => /^::(warning|notice)/.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Could not write the PR comment: GitHub API GET \/repos\/octo-org\/model-repo\/issues\/7\/comments failed: no answer \(none within 0\.4 s\)/);
    expect(warnings[0]).not.toMatch(/internal error|%0A\s+at /);
    // The runner consumes `::add-mask::` itself (that line is how a secret gets masked).
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + run.stderr).not.toContain(TOKEN);
    // Attempts were bounded by the budget: a few, not one every 5 minutes for 20 minutes.
    const attempts = github.requests.filter((r) => r.method === 'GET');
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.length).toBeLessThanOrEqual(4);
  }, 60_000);
});
