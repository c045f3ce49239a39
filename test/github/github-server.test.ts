/** The loopback GitHub itself: what other tests rely on it to do. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_PATHS, start } from '../support/github-server.js';
import type { LoopbackGitHub } from '../support/github-server.js';

let server: LoopbackGitHub;
beforeEach(async () => {
  server = await start();
});
afterEach(() => server.close());

const auth = { authorization: 'token secret-value', 'content-type': 'application/json' };

describe('loopback GitHub server', () => {
  it('pages comments with per_page/page and a Link header octokit can follow', async () => {
    for (let i = 0; i < 5; i += 1) server.state.addComment('o', 'r', 1, `c${i}`);
    const response = await fetch(`${server.url}/repos/o/r/issues/1/comments?per_page=2&page=2`);
    expect(((await response.json()) as Array<{ body: string }>).map((c) => c.body)).toEqual(['c2', 'c3']);
    const link = response.headers.get('link')!;
    expect(link).toContain(`<${server.url}/repos/o/r/issues/1/comments?per_page=2&page=3>; rel="next"`);
    expect(link).toContain('page=3>; rel="last"');
    expect(link).toContain('page=1>; rel="first"');
  });

  it('records requests with the authorization redacted but its presence kept', async () => {
    await fetch(`${server.url}/repos/o/r/issues/1/comments`, { method: 'POST', headers: auth, body: JSON.stringify({ body: 'hi' }) });
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/repos/o/r/issues/1/comments', authorized: true, body: { body: 'hi' }, status: 201 });
    expect(server.requests[0].headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(server.requests)).not.toContain('secret-value');
  });

  it('refuses unauthenticated writes and bodies over GitHub\'s limits, as GitHub does', async () => {
    const post = (body: unknown, headers: Record<string, string> = auth) =>
      fetch(`${server.url}/repos/o/r/issues/1/comments`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await post({ body: 'x' }, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await post({ body: 'x'.repeat(65_537) })).status).toBe(422);
    const status = await fetch(`${server.url}/repos/o/r/statuses/abc`, { method: 'POST', headers: auth, body: JSON.stringify({ state: 'success', description: 'd'.repeat(141) }) });
    expect(status.status).toBe(422);
  });

  it('scripts faults N times, with Retry-After, then answers normally', async () => {
    server.fail({ method: 'GET', path: COMMENT_PATHS, status: 429, retryAfter: 2, times: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${server.url}/repos/o/r/issues/1/comments`);
      statuses.push(response.status);
      if (response.status === 429) expect(response.headers.get('retry-after')).toBe('2');
    }
    expect(statuses).toEqual([429, 429, 200]);
  });

  it('runs an intercept before or after a matching request, once', async () => {
    const comment = server.state.addComment('o', 'r', 1, 'original');
    server.intercept({ method: 'PATCH', when: 'before', run: (state) => void (state.findComment('o', 'r', comment.id)!.comment.body = 'by another job') });
    const seen: string[] = [];
    server.intercept({ method: 'PATCH', when: 'after', run: (state) => void seen.push(state.findComment('o', 'r', comment.id)!.comment.body) });
    const patch = (body: string) =>
      fetch(`${server.url}/repos/o/r/issues/comments/${comment.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ body }) });
    await patch('mine');
    await patch('mine again');
    expect(seen).toEqual(['mine']);
  });

  it('answers 404 for unknown endpoints and comments, and 204 on delete', async () => {
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);
    expect((await fetch(`${server.url}/repos/o/r/issues/comments/1`)).status).toBe(404);
    const comment = server.state.addComment('o', 'r', 1, 'x');
    expect((await fetch(`${server.url}/repos/o/r/issues/comments/${comment.id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    expect(server.state.comments('o', 'r', 1)).toHaveLength(0);
  });

  it('takes extra routes, tried before its own', async () => {
    const extra = await start({ routes: [{ method: 'GET', path: '/repos/:owner/:repo/actions/runs', handle: ({ params }) => ({ status: 200, body: { total_count: 0, repo: params.repo } }) }] });
    try {
      expect(await (await fetch(`${extra.url}/repos/o/r/actions/runs?branch=main`)).json()).toEqual({ total_count: 0, repo: 'r' });
    } finally {
      await extra.close();
    }
  });
});
