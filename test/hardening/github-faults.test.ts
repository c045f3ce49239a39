/**
 * Issue 14, GitHub API faults, against the loopback GitHub with real sockets: calls that never
 * answer, bodies that never end, connection resets, malformed JSON, 5xx, 429 and secondary rate
 * limits. Each is retried within the call's budget, then surfaces as one GitHubApiError line —
 * never "mlgate internal error" with a stack, never a hang, never "Created" on an unreadable answer.
 * Time limits are small (a 300 ms attempt; a 10 s budget, against which the 1 + 2 + 4 s of planned
 * backoff count) so a hang costs the suite little; waits between attempts are instant (injected
 * sleep), the timeouts are real.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeError, exitCodeOf } from '../../src/errors.js';
import { GitHubApiError, logReportingFailure } from '../../src/github/api-error.js';
import { postCommitStatus } from '../../src/github/commit-status.js';
import { upsertStickyComment, type StickyCommentOptions } from '../../src/github/sticky-comment.js';
import { memoryLogger } from '../support/memory-logger.js';
import { COMMENT_PATHS, start, type LoopbackGitHub } from '../support/github-server.js';
import { HEAD_SHA, OWNER, PR, REPO, TOKEN, captureStdout, startServer, stubRunnerEnv } from '../github/helpers.js';

let server: LoopbackGitHub;
let stdout: ReturnType<typeof captureStdout>;

beforeEach(async () => {
  server = await startServer();
  stubRunnerEnv(server);
  stdout = captureStdout();
});

afterEach(async () => {
  stdout.restore();
  vi.unstubAllEnvs();
  await server.close();
});

const sleeps: number[] = [];
const retry = () => {
  sleeps.length = 0;
  return { sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5, timeoutMs: 300, budgetMs: 10_000 };
};

function options(overrides: Partial<StickyCommentOptions> = {}): StickyCommentOptions {
  return { token: TOKEN, commentId: 'evaluate-model', mode: 'update', body: 'report', retry: retry(), ...overrides };
}

const LIST = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`;
const comments = () => server.state.comments(OWNER, REPO, PR);

function expectOneLineApiError(error: unknown, pattern: RegExp): void {
  expect(error).toBeInstanceOf(GitHubApiError);
  const line = describeError(error);
  expect(line).toMatch(pattern);
  expect(line).not.toMatch(/internal error|\n|    at /);
  expect(line).not.toContain(TOKEN);
  expect(exitCodeOf(error)).toBe(2);
}

describe('a GitHub that does not answer is given a time limit, then retried within the budget', () => {
  it('a list call that never answers times out and is retried; the comment is created', async () => {
    server.fail({ method: 'GET', path: LIST, status: 0, mode: 'hang' });
    const logger = memoryLogger();
    const outcome = await upsertStickyComment(options(), logger);
    expect(outcome.status).toBe('created');
    expect(comments()).toHaveLength(1);
    expect(logger.lines).toContain(`info: GitHub API gave no answer (none within 0.3 s) to GET ${LIST}; retrying in 1.0 s (attempt 2 of 4)`);
  });

  it('a call that never answers, every time, ends in one error line within the budget (was > 420 s)', async () => {
    server.fail({ path: COMMENT_PATHS, status: 0, mode: 'hang', times: Infinity });
    const error = await upsertStickyComment(options(), memoryLogger()).catch((e: unknown) => e);
    expectOneLineApiError(error, new RegExp(`^GitHub API GET ${LIST} failed: no answer \\(none within 0\\.3 s\\) \\(gave up after 4 attempts in \\d+\\.\\d s\\)$`));
    expect((error as GitHubApiError).kind).toBe('timeout');
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(4);
  });

  it('a 200 whose body never ends is a timeout, retried, not an empty success', async () => {
    server.fail({ method: 'GET', path: LIST, status: 200, mode: 'hang-body' });
    const logger = memoryLogger();
    const outcome = await upsertStickyComment(options(), logger);
    expect(outcome.status).toBe('created');
    expect(logger.lines.some((l) => l.startsWith('info: GitHub API gave no answer (the body did not arrive within 0.3 s)'))).toBe(true);
  });

  it('a reset connection is retried', async () => {
    server.fail({ method: 'GET', path: LIST, status: 0, mode: 'reset', times: 2 });
    const logger = memoryLogger();
    const outcome = await upsertStickyComment(options(), logger);
    expect(outcome.status).toBe('created');
    expect(logger.lines.filter((l) => /^info: GitHub API gave no answer \(.*\) to GET/.test(l))).toHaveLength(2);
  });

  it('resets every time end in one line naming the request, not a stack', async () => {
    server.fail({ status: 0, mode: 'reset', times: Infinity });
    const error = await postCommitStatus({ token: TOKEN, context: 'mlgate/x', state: 'success', description: 'ok', retry: retry() }, memoryLogger()).catch((e: unknown) => e);
    expectOneLineApiError(error, new RegExp(`^GitHub API POST /repos/${OWNER}/${REPO}/statuses/${HEAD_SHA} failed: no answer \\(.+\\) \\(gave up after 4 attempts`));
  });
});

describe('an unreadable answer is not a success', () => {
  it('malformed JSON on a read is retried', async () => {
    server.fail({ method: 'GET', path: LIST, status: 200, mode: 'malformed' });
    const logger = memoryLogger();
    expect((await upsertStickyComment(options(), logger)).status).toBe('created');
    expect(logger.lines.some((l) => l.includes(`GitHub API answered 200 with a body that is not JSON to GET ${LIST}; retrying`))).toBe(true);
  });

  it('a 201 with a malformed body is not "Created the PR comment" on faith: the comment is read back, posted once, never twice', async () => {
    server.fail({ method: 'POST', path: LIST, status: 201, mode: 'malformed' });
    const logger = memoryLogger();
    const outcome = await upsertStickyComment(options(), logger);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(comments()).toHaveLength(1);
    expect(outcome).toMatchObject({ status: 'created', url: comments()[0].html_url });
    expect(logger.lines).toContain(`info: Created the PR comment ${comments()[0].html_url} (found on reading back: GitHub's answer to the creation was unreadable)`);
  });

  it('a 201 commit status with a malformed body is an error line, not "Set commit status"', async () => {
    server.fail({ method: 'POST', status: 201, mode: 'malformed' });
    const logger = memoryLogger();
    const error = await postCommitStatus({ token: TOKEN, context: 'mlgate/x', state: 'success', description: 'ok', retry: retry() }, logger).catch((e: unknown) => e);
    expectOneLineApiError(error, /failed: answered 201 with a body that is not JSON$/);
    expect(logger.lines.some((l) => l.includes('Set commit status'))).toBe(false);
    expect(server.state.statuses).toHaveLength(1); // sent once: a POST is not repeated blindly
  });

  it('malformed JSON on every read ends in one line', async () => {
    server.fail({ method: 'GET', path: LIST, status: 200, mode: 'malformed', times: Infinity });
    const error = await upsertStickyComment(options(), memoryLogger()).catch((e: unknown) => e);
    expectOneLineApiError(error, /failed: answered 200 with a body that is not JSON \(gave up after 4 attempts/);
  });

  it('a 200 that is JSON but not a list of comments is refused in one line', async () => {
    const odd = await start({ routes: [{ method: 'GET', path: '/repos/:owner/:repo/issues/:issue/comments', handle: () => ({ status: 200, body: { message: 'maintenance' } }) }] });
    try {
      stubRunnerEnv(odd);
      const error = await upsertStickyComment(options(), memoryLogger()).catch((e: unknown) => e);
      expectOneLineApiError(error, /^GitHub API GET \/repos\/octo\/models\/issues\/7\/comments failed: answered with a body that is not a list of comments$/);
    } finally {
      await odd.close();
    }
  });
});

describe('error statuses: transient ones retried, answers surfaced at once, all in one line', () => {
  for (const status of [500, 502, 503, 504]) {
    it(`${status} twice, then success`, async () => {
      server.fail({ method: 'GET', path: LIST, status, times: 2 });
      const logger = memoryLogger();
      expect((await upsertStickyComment(options(), logger)).status).toBe('created');
      expect(logger.lines.filter((l) => l.startsWith(`info: GitHub API answered ${status} to GET`))).toHaveLength(2);
    });
  }

  it('429 with Retry-After waits what GitHub asks', async () => {
    server.fail({ method: 'GET', path: LIST, status: 429, retryAfter: 1 });
    expect((await upsertStickyComment(options(), memoryLogger())).status).toBe('created');
    expect(sleeps).toEqual([1000]);
  });

  it('403 secondary rate limit with Retry-After is retried; a permission 403 is not', async () => {
    server.fail({ method: 'GET', path: LIST, status: 403, retryAfter: 1, message: 'You have exceeded a secondary rate limit' });
    expect((await upsertStickyComment(options(), memoryLogger())).status).toBe('created');
    expect(sleeps).toEqual([1000]);
  });

  it('a secondary rate limit without Retry-After asks a minute, beyond the budget: one line, at once', async () => {
    server.fail({ method: 'POST', status: 403, message: 'You have exceeded a secondary rate limit', times: Infinity });
    const error = await postCommitStatus({ token: TOKEN, context: 'mlgate/x', state: 'success', description: 'ok', retry: retry() }, memoryLogger()).catch((e: unknown) => e);
    // 403 on a status is "forbidden" only when it is not a rate limit.
    expectOneLineApiError(error, /failed with 403: You have exceeded a secondary rate limit/);
    expect(sleeps).toEqual([]);
  });

  it('502 on every attempt ends in one line naming the attempts (was "mlgate internal error" with a stack)', async () => {
    server.fail({ status: 502, times: Infinity });
    const error = await upsertStickyComment(options(), memoryLogger()).catch((e: unknown) => e);
    expectOneLineApiError(error, new RegExp(`^GitHub API GET ${LIST} failed with 502: Bad Gateway .*\\(gave up after 4 attempts in \\d+\\.\\d s\\)$`));
  });

  for (const status of [401, 422]) {
    it(`${status} is not retried and is one line`, async () => {
      server.fail({ method: 'GET', path: LIST, status });
      const error = await upsertStickyComment(options(), memoryLogger()).catch((e: unknown) => e);
      expectOneLineApiError(error, new RegExp(`failed with ${status}:`));
      expect(server.requests).toHaveLength(1);
    });
  }
});

describe('logReportingFailure: one line, a notice when GitHub failed in a way that passes', () => {
  it('a timeout after retries is a notice naming the request; a 401 is a warning', async () => {
    server.fail({ method: 'GET', path: LIST, status: 401, message: 'Bad credentials' });
    const denied = await upsertStickyComment(options(), memoryLogger()).catch((e: unknown) => e);
    const first = memoryLogger();
    logReportingFailure('write the PR comment', denied, first);
    expect(first.lines).toEqual([expect.stringMatching(/^warning: Could not write the PR comment: GitHub API GET .* failed with 401: Bad credentials/)]);
    server.fail({ path: COMMENT_PATHS, status: 0, mode: 'hang', times: Infinity });
    const timeout = await upsertStickyComment(options(), memoryLogger()).catch((e: unknown) => e);
    const second = memoryLogger();
    logReportingFailure('write the PR comment', timeout, second);
    expect(second.lines).toHaveLength(1);
    expect(second.lines[0]).toMatch(/^notice: Could not write the PR comment: GitHub API GET \/repos\/octo\/models\/issues\/7\/comments failed: no answer .*; the report is in the job summary$/);
  });
});
