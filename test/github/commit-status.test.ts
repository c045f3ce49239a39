import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oneLine, postCommitStatus } from '../../src/github/commit-status.js';
import type { CommitStatusOptions } from '../../src/github/commit-status.js';
import { memoryLogger } from '../support/memory-logger.js';
import type { LoopbackGitHub } from '../support/github-server.js';
import { HEAD_SHA, OWNER, REPO, RUN_URL, TOKEN, captureStdout, instantRetry, startServer, stubRunnerEnv } from './helpers.js';

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

const options = (overrides: Partial<CommitStatusOptions> = {}): CommitStatusOptions => ({
  token: TOKEN,
  context: 'mlgate/evaluate-model',
  state: 'failure',
  description: 'roc_auc.lower >= 0.9 failed (0.87)',
  targetUrl: RUN_URL,
  retry: instantRetry(),
  ...overrides,
});

describe('postCommitStatus', () => {
  it('posts on the PR head commit, not the merge commit', async () => {
    const outcome = await postCommitStatus(options(), memoryLogger());
    expect(outcome).toEqual({ status: 'posted', sha: HEAD_SHA });
    expect(server.state.statuses).toHaveLength(1);
    expect(server.state.statuses[0]).toMatchObject({
      owner: OWNER,
      repo: REPO,
      sha: HEAD_SHA,
      state: 'failure',
      context: 'mlgate/evaluate-model',
      description: 'roc_auc.lower >= 0.9 failed (0.87)',
      target_url: RUN_URL,
    });
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: `/repos/${OWNER}/${REPO}/statuses/${HEAD_SHA}`, authorized: true });
  });

  it('cuts the description to GitHub\'s 140 characters on one line', async () => {
    await postCommitStatus(options({ description: `many\ngates ${'x'.repeat(300)}` }), memoryLogger());
    const description = server.state.statuses[0].description!;
    expect(description.length).toBe(140);
    expect(description.startsWith('many gates x')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    expect(oneLine('  a \n b  ', 140)).toBe('a b');
  });

  it('retries a 502 and then posts', async () => {
    server.fail({ method: 'POST', path: /\/statuses\//, status: 502 });
    const retry = instantRetry();
    expect((await postCommitStatus(options({ retry }), memoryLogger())).status).toBe('posted');
    expect(retry.sleeps).toHaveLength(1);
    expect(server.state.statuses).toHaveLength(1);
  });

  it('403 gives forbidden with one notice naming the permission, without throwing', async () => {
    server.fail({ method: 'POST', path: /\/statuses\//, status: 403, times: Infinity });
    const logger = memoryLogger();
    const outcome = await postCommitStatus(options(), logger);
    expect(outcome.status).toBe('forbidden');
    expect(logger.lines.filter((l) => l.startsWith('notice:'))).toHaveLength(1);
    expect(logger.lines[0]).toContain('statuses: write');
  });

  it('skips without a commit (outside Actions)', async () => {
    vi.stubEnv('GITHUB_REPOSITORY', undefined);
    expect((await postCommitStatus(options(), memoryLogger())).status).toBe('skipped');
    expect(server.requests).toHaveLength(0);
  });
});
