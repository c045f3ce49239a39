/**
 * A loopback stand-in for the GitHub REST API, for tests of src/github/ and end-to-end tests of the
 * bundled actions (point GITHUB_API_URL at `url`). It is a real HTTP server on 127.0.0.1 with a
 * random port, so the code under test goes through octokit, fetch and the network stack unchanged.
 *
 * - Every request is recorded (method, path, query, headers with `authorization` redacted, parsed
 *   JSON body, the status answered) in `requests`, in arrival order.
 * - State lives in memory (`state`): issue comments per issue/PR, commit statuses.
 * - Faults are scripted per request pattern (`fail`): answer N times with 500/502/429/403/404
 *   before the real handler answers again — or misbehave at the socket (`mode`): never answer,
 *   send the headers and then stop mid-body, reset the connection, or answer 2xx with a body that
 *   is not JSON (after the real handler ran, as when a proxy mangles GitHub's answer).
 * - `intercept` runs a function on the state just before or after a matching request is handled,
 *   e.g. to let "another job" change a comment between our PATCH and our verifying GET.
 *
 * Extending: the API is a table of {@link Route}s. Add endpoints (workflow runs, artifacts, blob
 * downloads answering 302 to `${url}/_blobs/...`) by passing more routes to {@link start}, and keep
 * their state on an object of your own; handlers may answer any status, headers and a Buffer body.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// ---------------------------------------------------------------------------------------------
// Recorded requests

export interface RecordedRequest {
  method: string;
  /** Path without the query string (`/repos/o/r/issues/1/comments`). */
  path: string;
  query: Record<string, string>;
  /** Lower-case header names; `authorization` replaced by `[redacted]`. */
  headers: Record<string, string>;
  /** Whether an `authorization` header was sent (its value is never recorded). */
  authorized: boolean;
  /** The JSON body parsed, the raw text when it is not JSON, `undefined` when empty. */
  body: unknown;
  /** The status the server answered (set once answered). */
  status?: number;
}

// ---------------------------------------------------------------------------------------------
// State

export interface IssueComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
  url: string;
  html_url: string;
  issue_url: string;
}

export interface CommitStatus {
  id: number;
  owner: string;
  repo: string;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
  created_at: string;
}

/** GitHub's limits that the server enforces, as GitHub does, with 422. */
export const COMMENT_BODY_LIMIT = 65_536;
export const STATUS_DESCRIPTION_LIMIT = 140;

export class GitHubState {
  /** Ids increase across all objects, as GitHub's do: a later comment has a larger id. */
  private lastId = 1000;
  private readonly commentsByIssue = new Map<string, IssueComment[]>();
  readonly statuses: CommitStatus[] = [];
  /** The login comments are created as (the token's user). */
  login = 'github-actions[bot]';

  constructor(private readonly baseUrl: string) {}

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** The comments of one issue or PR, oldest first (the live array). */
  comments(owner: string, repo: string, issue: number): IssueComment[] {
    const key = `${owner}/${repo}#${issue}`;
    let list = this.commentsByIssue.get(key);
    if (!list) {
      list = [];
      this.commentsByIssue.set(key, list);
    }
    return list;
  }

  /** Adds a comment as if someone posted it (seeding a test); returns it. */
  addComment(owner: string, repo: string, issue: number, body: string, login = 'someone'): IssueComment {
    const id = this.nextId();
    const now = new Date(Date.UTC(2024, 0, 1) + id * 1000).toISOString();
    const comment: IssueComment = {
      id,
      node_id: `IC_${id}`,
      body,
      user: { login, id: login.length, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now,
      updated_at: now,
      url: `${this.baseUrl}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.baseUrl}/repos/${owner}/${repo}/issues/${issue}`,
    };
    this.comments(owner, repo, issue).push(comment);
    return comment;
  }

  /** Finds a comment by id within a repository, with the list that holds it. */
  findComment(owner: string, repo: string, id: number): { comment: IssueComment; list: IssueComment[] } | undefined {
    const prefix = `${owner}/${repo}#`;
    for (const [key, list] of this.commentsByIssue) {
      if (!key.startsWith(prefix)) continue;
      const comment = list.find((c) => c.id === id);
      if (comment) return { comment, list };
    }
    return undefined;
  }

  /** Every comment of every issue, oldest first. */
  allComments(): IssueComment[] {
    return [...this.commentsByIssue.values()].flat().sort((a, b) => a.id - b.id);
  }
}

// ---------------------------------------------------------------------------------------------
// Routing

export interface Reply {
  status: number;
  /** JSON-serialised unless a Buffer or string. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  request: RecordedRequest;
  state: GitHubState;
  /** This server's base URL (`http://127.0.0.1:<port>`), for Link headers and redirects. */
  baseUrl: string;
  /** The request body's bytes as sent (binary uploads: `body` holds it decoded as UTF-8). */
  rawBody: Buffer;
}

export interface Route {
  method: string;
  /** A path template with `:name` parameters (`/repos/:owner/:repo/issues/:issue/comments`). */
  path: string;
  handle(context: RouteContext): Reply | Promise<Reply>;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { ...route, pattern: new RegExp(`^${source}$`), names };
}

const notFound: Reply = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
};

function githubError(status: number, message: string): Reply {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest' } };
}

function requireAuth(context: RouteContext): Reply | undefined {
  return context.request.authorized ? undefined : githubError(401, 'Requires authentication');
}

function positiveInt(text: string | null, fallback: number): number {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The page of `items` asked for, with GitHub's Link header (first/prev/next/last). */
export function paginate<T>(items: readonly T[], context: RouteContext): Reply {
  const perPage = Math.min(positiveInt(context.query.get('per_page'), 30), 100);
  const page = positiveInt(context.query.get('page'), 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(context.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${context.baseUrl}${context.request.path}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function bodyField(body: unknown, field: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
}

function commentBody(context: RouteContext): string | Reply {
  const body = bodyField(context.body, 'body');
  if (typeof body !== 'string') return githubError(422, 'Invalid request. "body" wasn\'t supplied.');
  if (body.length > COMMENT_BODY_LIMIT) {
    return githubError(422, `Validation Failed: body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`);
  }
  return body;
}

/** The issue-comment and commit-status endpoints mlgate uses. */
export const defaultRoutes: Route[] = [
  {
    method: 'GET',
    path: '/repos/:owner/:repo/issues/:issue/comments',
    handle: (c) => paginate(c.state.comments(c.params.owner, c.params.repo, Number(c.params.issue)), c),
  },
  {
    method: 'POST',
    path: '/repos/:owner/:repo/issues/:issue/comments',
    handle: (c) => {
      const unauthorized = requireAuth(c);
      if (unauthorized) return unauthorized;
      const body = commentBody(c);
      if (typeof body !== 'string') return body;
      const comment = c.state.addComment(c.params.owner, c.params.repo, Number(c.params.issue), body, c.state.login);
      return { status: 201, body: comment };
    },
  },
  {
    method: 'GET',
    path: '/repos/:owner/:repo/issues/comments/:id',
    handle: (c) => {
      const found = c.state.findComment(c.params.owner, c.params.repo, Number(c.params.id));
      return found ? { status: 200, body: found.comment } : notFound;
    },
  },
  {
    method: 'PATCH',
    path: '/repos/:owner/:repo/issues/comments/:id',
    handle: (c) => {
      const unauthorized = requireAuth(c);
      if (unauthorized) return unauthorized;
      const found = c.state.findComment(c.params.owner, c.params.repo, Number(c.params.id));
      if (!found) return notFound;
      const body = commentBody(c);
      if (typeof body !== 'string') return body;
      found.comment.body = body;
      found.comment.updated_at = new Date().toISOString();
      return { status: 200, body: found.comment };
    },
  },
  {
    method: 'DELETE',
    path: '/repos/:owner/:repo/issues/comments/:id',
    handle: (c) => {
      const unauthorized = requireAuth(c);
      if (unauthorized) return unauthorized;
      const found = c.state.findComment(c.params.owner, c.params.repo, Number(c.params.id));
      if (!found) return notFound;
      found.list.splice(found.list.indexOf(found.comment), 1);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    path: '/repos/:owner/:repo/statuses/:sha',
    handle: (c) => {
      const unauthorized = requireAuth(c);
      if (unauthorized) return unauthorized;
      const state = bodyField(c.body, 'state');
      if (typeof state !== 'string' || !['error', 'failure', 'pending', 'success'].includes(state)) {
        return githubError(422, 'Validation Failed: state is not included in the list');
      }
      const description = bodyField(c.body, 'description');
      if (typeof description === 'string' && description.length > STATUS_DESCRIPTION_LIMIT) {
        return githubError(422, `Validation Failed: description is too long (maximum is ${STATUS_DESCRIPTION_LIMIT} characters)`);
      }
      const context = bodyField(c.body, 'context');
      const targetUrl = bodyField(c.body, 'target_url');
      const status: CommitStatus = {
        id: c.state.nextId(),
        owner: c.params.owner,
        repo: c.params.repo,
        sha: c.params.sha,
        state,
        context: typeof context === 'string' ? context : 'default',
        description: typeof description === 'string' ? description : null,
        target_url: typeof targetUrl === 'string' ? targetUrl : null,
        created_at: new Date().toISOString(),
      };
      c.state.statuses.push(status);
      return { status: 201, body: status };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Faults and intercepts

/** Which requests a fault or intercept applies to: all unset fields match anything. */
export interface RequestMatch {
  method?: string;
  /** Exact path, or a pattern tested against the path. */
  path?: string | RegExp;
}

/**
 * How a fault misbehaves: `status` answers an error status (the default); `hang` never answers;
 * `hang-body` sends the status and headers and half a JSON body, then nothing, never ending;
 * `reset` destroys the connection without answering; `malformed` lets the real handler run
 * (so a comment is created) and answers its status with truncated JSON.
 */
export type FaultMode = 'status' | 'hang' | 'hang-body' | 'reset' | 'malformed';

export interface Fault extends RequestMatch {
  /** The status to answer (500, 502, 429, 403, 404, …); with `hang-body`, the status sent before hanging. */
  status: number;
  /** Default `status`. */
  mode?: FaultMode;
  /** How many matching requests get the fault; default 1; `Infinity` for all. */
  times?: number;
  /** Seconds, sent as the `Retry-After` header. */
  retryAfter?: number;
  /** GitHub's error message; defaults by status. */
  message?: string;
  headers?: Record<string, string>;
}

export interface Intercept extends RequestMatch {
  /** Run just before the handler, or just after it answered. Default `after`. */
  when?: 'before' | 'after';
  /** How many matching requests trigger it; default 1. */
  times?: number;
  run(state: GitHubState, request: RecordedRequest): void;
}

const defaultFaultMessages: Record<number, string> = {
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  429: 'API rate limit exceeded',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

function matches(match: RequestMatch, request: RecordedRequest): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== request.method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === request.path : match.path.test(request.path);
}

/** Matches the comment endpoints (list/create/get/update/delete), for scripting permission faults. */
export const COMMENT_PATHS = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+\/comments|comments\/\d+)$/;

// ---------------------------------------------------------------------------------------------
// The server

export interface LoopbackGitHub {
  /** `http://127.0.0.1:<port>`: the value for GITHUB_API_URL. */
  url: string;
  requests: RecordedRequest[];
  state: GitHubState;
  /** Script a fault; it is consumed by the next `times` matching requests. */
  fail(fault: Fault): void;
  /** Run code on the state around the next `times` matching requests. */
  intercept(intercept: Intercept): void;
  close(): Promise<void>;
}

export interface StartOptions {
  /** More endpoints (tried before the defaults, so they may also override one). */
  routes?: readonly Route[];
}

/** Starts the server on 127.0.0.1 with a random port. Always `close()` it (afterEach). */
export async function start(options: StartOptions = {}): Promise<LoopbackGitHub> {
  const routes = [...(options.routes ?? []), ...defaultRoutes].map(compile);
  const requests: RecordedRequest[] = [];
  const faults: Array<Fault & { remaining: number }> = [];
  const intercepts: Array<Intercept & { remaining: number }> = [];
  let baseUrl = '';
  let state: GitHubState | undefined;

  const takeFault = (request: RecordedRequest) => {
    const fault = faults.find((f) => f.remaining > 0 && matches(f, request));
    if (fault) fault.remaining -= 1;
    return fault;
  };
  const runIntercepts = (when: 'before' | 'after', request: RecordedRequest) => {
    for (const intercept of intercepts) {
      if ((intercept.when ?? 'after') !== when || intercept.remaining <= 0 || !matches(intercept, request)) continue;
      intercept.remaining -= 1;
      intercept.run(state!, request);
    }
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
    const url = new URL(incoming.url ?? '/', baseUrl);
    const rawBody = await readBody(incoming);
    const raw = rawBody.toString('utf8');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value === undefined) continue;
      headers[name] = name === 'authorization' ? '[redacted]' : Array.isArray(value) ? value.join(', ') : value;
    }
    const request: RecordedRequest = {
      method: (incoming.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      authorized: incoming.headers.authorization !== undefined,
      body: parseBody(raw),
    };
    requests.push(request);

    let reply: Reply;
    const fault = takeFault(request);
    if (fault && fault.mode !== undefined && fault.mode !== 'status') {
      misbehave(fault.mode, fault.status, incoming, response, request, () => route(request, url.searchParams, rawBody));
      return;
    }
    if (fault) {
      reply = githubError(fault.status, fault.message ?? defaultFaultMessages[fault.status] ?? 'Error');
      reply.headers = { ...fault.headers, ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}) };
    } else {
      runIntercepts('before', request);
      reply = await route(request, url.searchParams, rawBody);
      runIntercepts('after', request);
    }
    request.status = reply.status;
    send(response, reply);
  };

  const route = async (request: RecordedRequest, query: URLSearchParams, rawBody: Buffer): Promise<Reply> => {
    for (const candidate of routes) {
      if (candidate.method !== request.method) continue;
      const found = candidate.pattern.exec(request.path);
      if (!found) continue;
      const params = Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return candidate.handle({ params, query, body: request.body, request, state: state!, baseUrl, rawBody });
    }
    return notFound;
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      send(response, githubError(500, `loopback server bug: ${String(error)}`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state = new GitHubState(baseUrl);

  return {
    url: baseUrl,
    requests,
    state,
    fail: (fault) => faults.push({ ...fault, remaining: fault.times ?? 1 }),
    intercept: (intercept) => intercepts.push({ ...intercept, remaining: intercept.times ?? 1 }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The socket-level faults (see {@link FaultMode}); `request.status` records 0 for no answer. */
function misbehave(
  mode: Exclude<FaultMode, 'status'>,
  status: number,
  incoming: IncomingMessage,
  response: ServerResponse,
  request: RecordedRequest,
  handle: () => Promise<Reply>,
): void {
  switch (mode) {
    case 'hang':
      request.status = 0;
      return; // the socket stays open until the client gives up or close() ends it
    case 'hang-body':
      request.status = status;
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.write('{"id": 1, "body": "half');
      return;
    case 'reset':
      request.status = 0;
      incoming.socket.resetAndDestroy();
      return;
    case 'malformed':
      void handle().then((reply) => {
        request.status = reply.status;
        response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' });
        const text = JSON.stringify(reply.body ?? {});
        response.end(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
      });
      return;
  }
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

function parseBody(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function send(response: ServerResponse, reply: Reply): void {
  if (response.headersSent) return;
  const headers: Record<string, string> = { ...reply.headers };
  let payload: Buffer | string | undefined;
  if (Buffer.isBuffer(reply.body)) {
    payload = reply.body;
    headers['content-type'] ??= 'application/octet-stream';
  } else if (typeof reply.body === 'string') {
    payload = reply.body;
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  } else if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  response.writeHead(reply.status, headers);
  response.end(payload);
}
