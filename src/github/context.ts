/**
 * The run's GitHub context, read from the environment the runner sets (GITHUB_*) and the event
 * payload file. Read here rather than from @actions/github's `context`, which is frozen when the
 * module is first imported; this reads when called, so tests and the CLI can set the environment.
 */
import { readFileSync } from 'node:fs';
import type { Logger } from '../logger.js';

export interface Repository {
  owner: string;
  repo: string;
}

export interface PullRequestContext {
  number: number;
  /**
   * The PR's head commit (not the merge commit GITHUB_SHA points at on `pull_request`), which is
   * where a commit status must go to show on the PR. Undefined when the event does not carry it
   * (`issue_comment`).
   */
  headSha: string | undefined;
  /**
   * Whether the head branch lives in another repository (a fork): then the token is read-only
   * on `pull_request` and commenting needs the workflow_run pattern. Undefined when unknown.
   */
  fromFork: boolean | undefined;
}

export interface GitHubContext {
  /** From GITHUB_REPOSITORY (`owner/repo`); undefined outside Actions. */
  repository: Repository | undefined;
  /** GITHUB_EVENT_NAME (`pull_request`, `push`, …); '' when unset. */
  eventName: string;
  /** The PR this run is about: `pull_request`, `pull_request_target`, `issue_comment` on a PR, and
   * `workflow_run` triggered by a PR from the same repository (GitHub omits fork PRs there). */
  pullRequest: PullRequestContext | undefined;
  /** The commit statuses go to: the PR head, else the workflow_run head, else GITHUB_SHA. */
  commitSha: string | undefined;
  /** GITHUB_RUN_ID. */
  runId: number | undefined;
  /** GITHUB_SERVER_URL without a trailing slash; default `https://github.com`. */
  serverUrl: string;
  /** GITHUB_API_URL without a trailing slash; default `https://api.github.com`. */
  apiUrl: string;
  /** `<server>/<owner>/<repo>/actions/runs/<id>`; undefined without repository or run id. */
  runUrl: string | undefined;
  /** GITHUB_RUN_NUMBER and GITHUB_RUN_ATTEMPT, for the report's footer. */
  runNumber: number | undefined;
  runAttempt: number | undefined;
  /** The repository's default branch as the event payload states it (push, pull_request, workflow_run…). */
  defaultBranch: string | undefined;
  /** The run a `workflow_run` event is about (post-report posts its reports). */
  workflowRun: { id: number; headSha: string; htmlUrl: string | undefined } | undefined;
}

/** `<server>/<owner>/<repo>/commit/<sha>`; undefined without repository or commit. */
export function commitUrl(github: GitHubContext, sha: string | undefined = github.commitSha): string | undefined {
  return github.repository && sha ? `${github.serverUrl}/${github.repository.owner}/${github.repository.repo}/commit/${sha}` : undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the context from `env` (default `process.env`). An unreadable or malformed event payload
 * is logged as a warning and treated as empty: the run can still report, just not on a PR.
 */
export function readGitHubContext(env: Env = process.env, logger?: Logger): GitHubContext {
  const repository = parseRepository(env.GITHUB_REPOSITORY);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH, logger);
  const serverUrl = trimSlash(nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com');
  const apiUrl = trimSlash(nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com');
  const runId = positiveInteger(Number(env.GITHUB_RUN_ID));
  const { pullRequest, headSha } = fromEvent(eventName, payload);
  return {
    repository,
    eventName,
    pullRequest,
    commitSha: pullRequest?.headSha ?? headSha ?? nonEmpty(env.GITHUB_SHA),
    runId,
    serverUrl,
    apiUrl,
    runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : undefined,
    runNumber: positiveInteger(Number(env.GITHUB_RUN_NUMBER)),
    runAttempt: positiveInteger(Number(env.GITHUB_RUN_ATTEMPT)),
    defaultBranch: text(field(field(payload, 'repository'), 'default_branch')),
    workflowRun: eventName === 'workflow_run' ? workflowRunOf(payload) : undefined,
  };
}

function workflowRunOf(payload: unknown): GitHubContext['workflowRun'] {
  const run = field(payload, 'workflow_run');
  const id = positiveInteger(field(run, 'id'));
  const headSha = text(field(run, 'head_sha'));
  return id !== undefined && headSha !== undefined ? { id, headSha, htmlUrl: text(field(run, 'html_url')) } : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function parseRepository(value: string | undefined): Repository | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value?.trim() ?? '');
  return match ? { owner: match[1], repo: match[2] } : undefined;
}

function readPayload(path: string | undefined, logger: Logger | undefined): unknown {
  if (nonEmpty(path) === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(path!, 'utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger?.warning(`Could not read the event payload GITHUB_EVENT_PATH=${path}: ${reason}; continuing without it`);
    return undefined;
  }
}

// --- narrowing the untrusted payload -----------------------------------------------------------

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function fullName(repo: unknown): string | undefined {
  return text(field(repo, 'full_name'));
}

/** Fork when the head repository differs from the base; a deleted fork (null head repo) is one. */
function isFork(headRepo: unknown, baseRepo: unknown): boolean | undefined {
  const base = fullName(baseRepo);
  if (base === undefined) return undefined;
  if (headRepo === null) return true;
  const head = fullName(headRepo);
  return head === undefined ? undefined : head.toLowerCase() !== base.toLowerCase();
}

function fromEvent(
  eventName: string,
  payload: unknown,
): { pullRequest: PullRequestContext | undefined; headSha: string | undefined } {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const pr = field(payload, 'pull_request');
      const number = positiveInteger(field(pr, 'number')) ?? positiveInteger(field(payload, 'number'));
      if (number === undefined) return { pullRequest: undefined, headSha: undefined };
      const head = field(pr, 'head');
      const base = field(pr, 'base');
      return {
        pullRequest: {
          number,
          headSha: text(field(head, 'sha')),
          fromFork: isFork(field(head, 'repo'), field(base, 'repo') ?? field(payload, 'repository')),
        },
        headSha: undefined,
      };
    }
    case 'issue_comment': {
      const issue = field(payload, 'issue');
      const number = positiveInteger(field(issue, 'number'));
      // Only comments on a PR carry `issue.pull_request`; the payload has no head commit.
      const onPullRequest = field(issue, 'pull_request') !== undefined && field(issue, 'pull_request') !== null;
      return {
        pullRequest: number !== undefined && onPullRequest ? { number, headSha: undefined, fromFork: undefined } : undefined,
        headSha: undefined,
      };
    }
    case 'workflow_run': {
      const run = field(payload, 'workflow_run');
      const headSha = text(field(run, 'head_sha'));
      const fromFork = isFork(field(run, 'head_repository'), field(run, 'repository') ?? field(payload, 'repository'));
      // GitHub lists only same-repository PRs here; a fork PR's number must come from elsewhere
      // (mlgate's report artifact carries it).
      const prs = field(run, 'pull_requests');
      const number = Array.isArray(prs) && prs.length > 0 ? positiveInteger(field(prs[0], 'number')) : undefined;
      return {
        pullRequest: number !== undefined ? { number, headSha, fromFork } : undefined,
        headSha,
      };
    }
    default:
      return { pullRequest: undefined, headSha: undefined };
  }
}
