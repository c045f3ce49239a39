/**
 * The token must never be printed: not in log lines, annotations, error messages, nor anything
 * else written to stdout except the runner's own `::add-mask::` command that hides it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { postCommitStatus } from '../../src/github/commit-status.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { memoryLogger } from '../support/memory-logger.js';
import { COMMENT_PATHS } from '../support/github-server.js';
import type { LoopbackGitHub } from '../support/github-server.js';
import { RUN_URL, TOKEN, captureStdout, instantRetry, pullRequestPayload, startServer, stubRunnerEnv } from './helpers.js';

let server: LoopbackGitHub;
let stdout: ReturnType<typeof captureStdout>;

beforeEach(async () => {
  server = await startServer();
  stubRunnerEnv(server, { payload: pullRequestPayload({ fork: true }) });
  stdout = captureStdout();
});

afterEach(async () => {
  stdout.restore();
  vi.unstubAllEnvs();
  await server.close();
});

describe('the token', () => {
  it('is masked for the runner and appears nowhere else, through successes, retries, refusals and failures', async () => {
    const logger = memoryLogger();
    const errors: unknown[] = [];
    const comment = (mode: 'update' | 'recreate' = 'update', section?: string) =>
      upsertStickyComment({ token: TOKEN, commentId: 'c', mode, body: 'report', section, runUrl: RUN_URL, retry: instantRetry() }, logger).catch((e: unknown) => void errors.push(e));

    server.fail({ method: 'POST', path: COMMENT_PATHS, status: 500 });
    await comment();
    await comment('recreate', 'job-a');
    server.fail({ method: 'PATCH', path: COMMENT_PATHS, status: 403 });
    await comment('update', 'job-b');
    // GitHub echoing the token back in an error message (it does not, but nothing here may rely on that).
    server.fail({ method: 'GET', path: COMMENT_PATHS, status: 422, message: `Bad token ${TOKEN}` });
    await comment();
    server.fail({ method: 'GET', path: COMMENT_PATHS, status: 401, message: 'Bad credentials' });
    await comment();
    server.fail({ method: 'POST', path: /statuses/, status: 502, times: Infinity });
    await postCommitStatus({ token: TOKEN, context: 'mlgate/c', state: 'success', description: 'ok', retry: instantRetry() }, logger).catch((e: unknown) => void errors.push(e));

    expect(errors).toHaveLength(3);
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      const { message, stack } = error as Error;
      expect(message).not.toContain(TOKEN);
      expect(stack ?? '').not.toContain(TOKEN);
      expect(JSON.stringify(error)).not.toContain(TOKEN);
    }
    expect((errors[0] as Error).message).toContain('Bad token ***');
    expect(logger.lines.length).toBeGreaterThan(5);
    for (const line of logger.lines) expect(line).not.toContain(TOKEN);

    const printed = stdout.lines();
    expect(printed).toContain(`::add-mask::${TOKEN}`);
    for (const line of printed.filter((l) => !l.startsWith('::add-mask::'))) expect(line).not.toContain(TOKEN);
    // It was sent, and only as the authorization header (which the server records redacted).
    expect(server.requests.filter((r) => r.method !== 'GET').every((r) => r.authorized && r.headers.authorization === '[redacted]')).toBe(true);
    expect(JSON.stringify(server.requests)).not.toContain(TOKEN);
  });
});
