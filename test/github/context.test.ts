import { describe, expect, it } from 'vitest';
import { readGitHubContext } from '../../src/github/context.js';
import { memoryLogger } from '../support/memory-logger.js';
import { HEAD_SHA, MERGE_SHA, OWNER, PR, REPO, pullRequestPayload, writePayload } from './helpers.js';

function env(event: string, payload: unknown, extra: Record<string, string | undefined> = {}) {
  return {
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: writePayload(payload),
    GITHUB_SHA: MERGE_SHA,
    GITHUB_RUN_ID: '99',
    ...extra,
  };
}

describe('readGitHubContext', () => {
  it('reads a pull_request run: PR number, head sha (not the merge sha), same-repo, run URL, defaults', () => {
    const context = readGitHubContext(env('pull_request', pullRequestPayload()));
    expect(context.repository).toEqual({ owner: OWNER, repo: REPO });
    expect(context.pullRequest).toEqual({ number: PR, headSha: HEAD_SHA, fromFork: false });
    expect(context.commitSha).toBe(HEAD_SHA);
    expect(context.serverUrl).toBe('https://github.com');
    expect(context.apiUrl).toBe('https://api.github.com');
    expect(context.runUrl).toBe(`https://github.com/${OWNER}/${REPO}/actions/runs/99`);
  });

  it('recognises a fork PR, and pull_request_target', () => {
    expect(readGitHubContext(env('pull_request', pullRequestPayload({ fork: true }))).pullRequest?.fromFork).toBe(true);
    expect(readGitHubContext(env('pull_request_target', pullRequestPayload({ fork: true }))).pullRequest).toEqual({
      number: PR,
      headSha: HEAD_SHA,
      fromFork: true,
    });
  });

  it('treats a PR whose fork was deleted (head.repo null) as a fork', () => {
    const payload = pullRequestPayload() as { pull_request: { head: { repo: unknown } } };
    payload.pull_request.head.repo = null;
    expect(readGitHubContext(env('pull_request', payload)).pullRequest?.fromFork).toBe(true);
  });

  it('reads an issue_comment on a PR, but not on an issue', () => {
    const onPr = readGitHubContext(env('issue_comment', { issue: { number: 5, pull_request: { url: 'u' } } }));
    expect(onPr.pullRequest).toEqual({ number: 5, headSha: undefined, fromFork: undefined });
    expect(onPr.commitSha).toBe(MERGE_SHA);
    expect(readGitHubContext(env('issue_comment', { issue: { number: 5 } })).pullRequest).toBeUndefined();
  });

  it('reads a workflow_run: the triggering run\'s head sha, its same-repo PR if listed, fork-ness', () => {
    const run = {
      workflow_run: {
        head_sha: 'feedface',
        pull_requests: [{ number: 8 }],
        head_repository: { full_name: `${OWNER}/${REPO}` },
        repository: { full_name: `${OWNER}/${REPO}` },
      },
    };
    const context = readGitHubContext(env('workflow_run', run));
    expect(context.pullRequest).toEqual({ number: 8, headSha: 'feedface', fromFork: false });
    expect(context.commitSha).toBe('feedface');
    const fork = { workflow_run: { ...run.workflow_run, pull_requests: [], head_repository: { full_name: 'someone/models' } } };
    const forkContext = readGitHubContext(env('workflow_run', fork));
    expect(forkContext.pullRequest).toBeUndefined();
    expect(forkContext.commitSha).toBe('feedface');
  });

  it('a push has no PR; GITHUB_SHA is the commit', () => {
    const context = readGitHubContext(env('push', { ref: 'refs/heads/main' }));
    expect(context.pullRequest).toBeUndefined();
    expect(context.commitSha).toBe(MERGE_SHA);
  });

  it('honours GITHUB_SERVER_URL and GITHUB_API_URL (GHES), without trailing slashes', () => {
    const context = readGitHubContext(
      env('push', {}, { GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }),
    );
    expect(context.apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(context.runUrl).toBe(`https://ghe.example.com/${OWNER}/${REPO}/actions/runs/99`);
  });

  it('outside Actions: no repository, no PR, no run URL, and no throw', () => {
    const context = readGitHubContext({});
    expect(context).toMatchObject({ repository: undefined, pullRequest: undefined, runUrl: undefined, commitSha: undefined, eventName: '' });
  });

  it('narrows a malformed payload instead of trusting it', () => {
    expect(readGitHubContext(env('pull_request', { pull_request: { number: '7', head: 'x' } })).pullRequest).toBeUndefined();
    expect(readGitHubContext(env('pull_request', [1, 2, 3])).pullRequest).toBeUndefined();
    expect(readGitHubContext(env('pull_request', { pull_request: { number: -1 } })).pullRequest).toBeUndefined();
  });

  it('warns once and carries on when the payload file is unreadable or not JSON', () => {
    const logger = memoryLogger();
    const broken = { ...env('pull_request', {}), GITHUB_EVENT_PATH: writePayload({}).replace('event.json', 'missing.json') };
    expect(readGitHubContext(broken, logger).pullRequest).toBeUndefined();
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^warning: Could not read the event payload/);
  });
});
