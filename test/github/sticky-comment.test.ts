import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../support/memory-logger.js';
import { COMMENT_LIMIT, sectionContent } from '../../src/github/comment-body.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import type { StickyCommentOptions } from '../../src/github/sticky-comment.js';
import { COMMENT_PATHS } from '../support/github-server.js';
import type { LoopbackGitHub } from '../support/github-server.js';
import {
  OWNER,
  PR,
  REPO,
  RUN_URL,
  TOKEN,
  captureStdout,
  instantRetry,
  pullRequestPayload,
  startServer,
  stubRunnerEnv,
} from './helpers.js';

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

function options(overrides: Partial<StickyCommentOptions> = {}): StickyCommentOptions {
  return { token: TOKEN, commentId: 'evaluate-model', mode: 'update', body: '## Report\nverdict: pass', runUrl: RUN_URL, retry: instantRetry(), ...overrides };
}

const comments = () => server.state.comments(OWNER, REPO, PR);
const writes = () => server.requests.filter((r) => r.method !== 'GET');

describe('upsertStickyComment against the loopback GitHub', () => {
  it('creates the comment on the first call, with the marker as its first line', async () => {
    const outcome = await upsertStickyComment(options(), memoryLogger());
    expect(outcome.status).toBe('created');
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toBe('<!-- mlgate:evaluate-model -->\n## Report\nverdict: pass');
    expect(outcome.url).toBe(comments()[0].html_url);
    const post = server.requests.find((r) => r.method === 'POST');
    expect(post?.path).toBe(`/repos/${OWNER}/${REPO}/issues/${PR}/comments`);
    expect(post?.authorized).toBe(true);
    expect(post?.headers.authorization).toBe('[redacted]');
  });

  it('updates the same comment on the second call instead of posting another', async () => {
    await upsertStickyComment(options({ body: 'first' }), memoryLogger());
    const id = comments()[0].id;
    const outcome = await upsertStickyComment(options({ body: 'second' }), memoryLogger());
    expect(outcome.status).toBe('updated');
    expect(comments()).toHaveLength(1);
    expect(comments()[0].id).toBe(id);
    expect(comments()[0].body).toBe('<!-- mlgate:evaluate-model -->\nsecond');
    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('answers unchanged and writes nothing when the body is the same', async () => {
    await upsertStickyComment(options(), memoryLogger());
    const outcome = await upsertStickyComment(options(), memoryLogger());
    expect(outcome.status).toBe('unchanged');
    expect(writes()).toHaveLength(1);
  });

  it('finds its comment on the second page of a long conversation', async () => {
    for (let i = 0; i < 130; i += 1) server.state.addComment(OWNER, REPO, PR, `chatter ${i}`);
    const mine = server.state.addComment(OWNER, REPO, PR, '<!-- mlgate:evaluate-model -->\nold report', 'github-actions[bot]');
    const outcome = await upsertStickyComment(options({ body: 'new report' }), memoryLogger());
    expect(outcome.status).toBe('updated');
    expect(server.requests.some((r) => r.method === 'GET' && r.query.page === '2')).toBe(true);
    expect(comments()).toHaveLength(131);
    expect(server.state.findComment(OWNER, REPO, mine.id)?.comment.body).toBe('<!-- mlgate:evaluate-model -->\nnew report');
  });

  it('matches the marker exactly: another id, a quoted marker or a prefix id is not its comment', async () => {
    server.state.addComment(OWNER, REPO, PR, '<!-- mlgate:evaluate-model-2 -->\nother job');
    server.state.addComment(OWNER, REPO, PR, '> <!-- mlgate:evaluate-model -->\nquoted by a human');
    server.state.addComment(OWNER, REPO, PR, 'look: <!-- mlgate:evaluate-model -->');
    const outcome = await upsertStickyComment(options(), memoryLogger());
    expect(outcome.status).toBe('created');
    expect(comments()).toHaveLength(4);
    expect(comments()[0].body).toBe('<!-- mlgate:evaluate-model-2 -->\nother job');
  });

  it('recreate mode deletes the old comment and posts a new one', async () => {
    await upsertStickyComment(options({ body: 'first' }), memoryLogger());
    const oldId = comments()[0].id;
    const outcome = await upsertStickyComment(options({ body: 'second', mode: 'recreate' }), memoryLogger());
    expect(outcome.status).toBe('recreated');
    expect(comments()).toHaveLength(1);
    expect(comments()[0].id).toBeGreaterThan(oldId);
    expect(comments()[0].body).toBe('<!-- mlgate:evaluate-model -->\nsecond');
    // Posted before deleting: a failure in between can never leave the PR without a report.
    expect(writes().map((r) => r.method)).toEqual(['POST', 'POST', 'DELETE']);
  });

  it('recreate mode on a PR without the comment creates it', async () => {
    const outcome = await upsertStickyComment(options({ mode: 'recreate' }), memoryLogger());
    expect(outcome.status).toBe('created');
    expect(comments()).toHaveLength(1);
  });

  it('off mode makes no request at all', async () => {
    const outcome = await upsertStickyComment(options({ mode: 'off' }), memoryLogger());
    expect(outcome.status).toBe('skipped');
    expect(server.requests).toHaveLength(0);
  });

  it('answers no-pull-request on a push and makes no request', async () => {
    stubRunnerEnv(server, { event: 'push', payload: { ref: 'refs/heads/main', after: 'abc' } });
    const outcome = await upsertStickyComment(options(), memoryLogger());
    expect(outcome).toMatchObject({ status: 'no-pull-request' });
    expect(outcome.reason).toContain('push');
    expect(server.requests).toHaveLength(0);
  });

  it('403 on a fork PR gives forbidden with one notice line naming the workflow_run pattern, without throwing', async () => {
    stubRunnerEnv(server, { payload: pullRequestPayload({ fork: true }) });
    server.fail({ method: 'POST', path: COMMENT_PATHS, status: 403, times: Infinity });
    const logger = memoryLogger();
    const outcome = await upsertStickyComment(options(), logger);
    expect(outcome.status).toBe('forbidden');
    const notices = logger.lines.filter((line) => line.startsWith('notice:'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).not.toContain('\n');
    expect(notices[0]).toContain(`pull request #${PR}`);
    expect(notices[0]).toContain('403');
    expect(notices[0]).toContain('forks');
    expect(notices[0]).toContain('workflow_run');
    expect(logger.lines.some((line) => line.startsWith('error:') || line.startsWith('warning:'))).toBe(false);
    // A permission answer is not retried.
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('404 on the comment list gives forbidden as well', async () => {
    server.fail({ path: COMMENT_PATHS, status: 404, times: Infinity });
    const logger = memoryLogger();
    const outcome = await upsertStickyComment(options(), logger);
    expect(outcome.status).toBe('forbidden');
    expect(outcome.reason).toContain('cannot see this pull request');
  });

  it('other API failures surface as an error that names the request, not the token', async () => {
    server.fail({ method: 'POST', path: COMMENT_PATHS, status: 422, message: 'Validation Failed', times: Infinity });
    const error = await upsertStickyComment(options(), memoryLogger()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/POST .*comments.* 422: Validation Failed/);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('retries a 500 and then succeeds, waiting with backoff', async () => {
    server.fail({ method: 'POST', path: COMMENT_PATHS, status: 500, times: 2 });
    const retry = instantRetry();
    const logger = memoryLogger();
    const outcome = await upsertStickyComment(options({ retry }), logger);
    expect(outcome.status).toBe('created');
    expect(comments()).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([500, 500, 201]);
    expect(retry.sleeps).toEqual([1000, 2000]);
    expect(logger.lines.filter((l) => l.includes('retrying'))).toHaveLength(2);
  });

  it('honours Retry-After on 429', async () => {
    server.fail({ method: 'GET', path: COMMENT_PATHS, status: 429, retryAfter: 3 });
    const retry = instantRetry();
    const outcome = await upsertStickyComment(options({ retry }), memoryLogger());
    expect(outcome.status).toBe('created');
    expect(retry.sleeps).toEqual([3000]);
  });

  it('gives up after the attempts are spent on a server that keeps failing', async () => {
    server.fail({ method: 'POST', path: COMMENT_PATHS, status: 502, times: Infinity });
    const retry = instantRetry();
    await expect(upsertStickyComment(options({ retry }), memoryLogger())).rejects.toThrow(/502/);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(4);
  });

  it('cuts a body over 65,000 characters, keeping the head and linking the run', async () => {
    const row = '| feature | 0.123456 | 0.654321 | drifted |\n';
    const huge = `## Drift report\n**Verdict: fail**\n\n| column | stat | p | status |\n|---|---|---|---|\n${row.repeat(3000)}`;
    expect(huge.length).toBeGreaterThan(100_000);
    const outcome = await upsertStickyComment(options({ body: huge }), memoryLogger());
    expect(outcome.status).toBe('created');
    const body = comments()[0].body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith('<!-- mlgate:evaluate-model -->\n## Drift report\n**Verdict: fail**')).toBe(true);
    expect(body).toContain(`(${RUN_URL})`);
    expect(body).toContain('Cut to fit');
  });

  it('keeps two sections sharing one comment id, each job updating only its own', async () => {
    await upsertStickyComment(options({ section: 'model-a', body: 'A v1' }), memoryLogger());
    await upsertStickyComment(options({ section: 'model-b', body: 'B v1' }), memoryLogger());
    await upsertStickyComment(options({ section: 'model-a', body: 'A v2' }), memoryLogger());
    expect(comments()).toHaveLength(1);
    const body = comments()[0].body;
    expect(sectionContent(body, 'model-a')).toBe('A v2');
    expect(sectionContent(body, 'model-b')).toBe('B v1');
    expect(body.indexOf('A v2')).toBeLessThan(body.indexOf('B v1'));
  });

  it('two concurrent jobs starting with no comment end with one comment holding both sections', async () => {
    const [a, b] = await Promise.all([
      upsertStickyComment(options({ section: 'model-a', body: 'report A' }), memoryLogger()),
      upsertStickyComment(options({ section: 'model-b', body: 'report B' }), memoryLogger()),
    ]);
    expect(comments()).toHaveLength(1);
    const body = comments()[0].body;
    expect(sectionContent(body, 'model-a')).toBe('report A');
    expect(sectionContent(body, 'model-b')).toBe('report B');
    expect([a.status, b.status].sort()).toEqual(['created', 'updated']);
  });

  it('many concurrent jobs on an existing comment all keep their sections', async () => {
    await upsertStickyComment(options({ section: 'model-0', body: 'report 0' }), memoryLogger());
    const names = Array.from({ length: 6 }, (_, i) => `model-${i + 1}`);
    // Real (short) pauses and real jitter, so the jobs' requests interleave as they would on GitHub.
    const retry = { sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };
    await Promise.all(
      names.map((name) => upsertStickyComment(options({ section: name, body: `report of ${name}`, retry, settleDelayMs: 5, maxAttempts: 10 }), memoryLogger())),
    );
    expect(comments()).toHaveLength(1);
    const body = comments()[0].body;
    expect(sectionContent(body, 'model-0')).toBe('report 0');
    for (const name of names) expect(sectionContent(body, name)).toBe(`report of ${name}`);
    // They did collide: some job had to redo its merge.
    expect(server.requests.filter((r) => r.method === 'PATCH').length).toBeGreaterThan(names.length);
  }, 20_000);

  it('redoes the merge when another job overwrote its section between its write and its read-back', async () => {
    await upsertStickyComment(options({ section: 'model-b', body: 'B' }), memoryLogger());
    const id = comments()[0].id;
    // "Another job" wrote from a stale read: its body has model-b and model-c but not model-a.
    const stale = '<!-- mlgate:evaluate-model -->\n<!-- mlgate-section:model-b -->\nB\n<!-- /mlgate-section:model-b -->\n\n<!-- mlgate-section:model-c -->\nC\n<!-- /mlgate-section:model-c -->';
    server.intercept({ method: 'PATCH', path: `/repos/${OWNER}/${REPO}/issues/comments/${id}`, when: 'after', run: (state) => {
      state.findComment(OWNER, REPO, id)!.comment.body = stale;
    } });
    const logger = memoryLogger();
    const outcome = await upsertStickyComment(options({ section: 'model-a', body: 'A' }), logger);
    expect(outcome.status).toBe('updated');
    const body = comments()[0].body;
    expect(sectionContent(body, 'model-a')).toBe('A');
    expect(sectionContent(body, 'model-b')).toBe('B');
    expect(sectionContent(body, 'model-c')).toBe('C');
    expect(server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
    expect(logger.lines.some((l) => l.includes('overwritten by a concurrent update'))).toBe(true);
  });

  it('the loser of a creation race deletes its duplicate and merges into the older comment', async () => {
    // Between our list and our create, another job creates the comment.
    server.intercept({ method: 'POST', path: `/repos/${OWNER}/${REPO}/issues/${PR}/comments`, when: 'before', run: (state) => {
      state.addComment(OWNER, REPO, PR, '<!-- mlgate:evaluate-model -->\n<!-- mlgate-section:model-b -->\nB\n<!-- /mlgate-section:model-b -->', 'github-actions[bot]');
    } });
    const outcome = await upsertStickyComment(options({ section: 'model-a', body: 'A' }), memoryLogger());
    expect(outcome.status).toBe('updated');
    expect(comments()).toHaveLength(1);
    expect(sectionContent(comments()[0].body, 'model-a')).toBe('A');
    expect(sectionContent(comments()[0].body, 'model-b')).toBe('B');
    expect(writes().map((r) => r.method)).toEqual(['POST', 'DELETE', 'PATCH']);
  });

  it('recreate mode carries the other jobs\' sections over', async () => {
    await upsertStickyComment(options({ section: 'model-b', body: 'B' }), memoryLogger());
    await upsertStickyComment(options({ section: 'model-a', body: 'A', mode: 'recreate' }), memoryLogger());
    expect(comments()).toHaveLength(1);
    expect(sectionContent(comments()[0].body, 'model-a')).toBe('A');
    expect(sectionContent(comments()[0].body, 'model-b')).toBe('B');
  });

  it('reads the PR from an issue_comment event on a pull request', async () => {
    stubRunnerEnv(server, { event: 'issue_comment', payload: { action: 'created', issue: { number: 12, pull_request: { url: 'x' } }, comment: { body: '/mlgate' } } });
    const outcome = await upsertStickyComment(options(), memoryLogger());
    expect(outcome.status).toBe('created');
    expect(server.state.comments(OWNER, REPO, 12)).toHaveLength(1);
  });

  it('comments on an explicit pull number (post-report mode)', async () => {
    stubRunnerEnv(server, { event: 'workflow_run', payload: { workflow_run: { head_sha: 'abc', pull_requests: [] } } });
    const outcome = await upsertStickyComment(options({ pullNumber: 31 }), memoryLogger());
    expect(outcome.status).toBe('created');
    expect(server.state.comments(OWNER, REPO, 31)).toHaveLength(1);
  });
});
