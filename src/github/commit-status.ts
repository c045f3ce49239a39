/**
 * A commit status (`mlgate/<comment-id>`) on the PR's head commit, so a gate can be a required
 * check even when it runs in a `workflow_run` job. A status rather than a check run: check runs
 * made with the default token attach to an arbitrary check suite, statuses to the commit.
 */
import type { Logger } from '../logger.js';
import { GitHubApiError } from './api-error.js';
import { createGitHubClient } from './client.js';
import { readGitHubContext } from './context.js';
import type { GitHubContext } from './context.js';
import type { RetryOptions } from './retry.js';

export type CommitState = 'success' | 'failure' | 'error' | 'pending';

/** GitHub's limit on a status description, in characters. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export interface CommitStatusOptions {
  /** Token with `statuses: write`. Never logged. */
  token: string;
  /** The status's name on the commit, e.g. `mlgate/evaluate-model`. */
  context: string;
  state: CommitState;
  /** One line; cut to 140 characters with "…" when longer. */
  description: string;
  /** The page the status links to (the run). */
  targetUrl?: string;
  /** The commit; default the context's `commitSha` (the PR head on pull_request events). */
  sha?: string;
  /** Default: {@link readGitHubContext} of the environment. */
  github?: GitHubContext;
  retry?: RetryOptions;
}

export interface CommitStatusOutcome {
  status: 'posted' | 'forbidden' | 'skipped';
  /** The commit the status was posted on. */
  sha?: string;
  reason?: string;
}

/** `text` on one line, at most `limit` characters, ending in "…" when cut. */
export function oneLine(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1).trimEnd()}…`;
}

/**
 * Posts the status. Never throws for missing permission: 403/404 give `forbidden` and one notice
 * line saying what permission is needed.
 * @throws GitHubApiError for other API failures (after retrying 5xx/429)
 */
export async function postCommitStatus(options: CommitStatusOptions, logger: Logger): Promise<CommitStatusOutcome> {
  const github = options.github ?? readGitHubContext(process.env, logger);
  const sha = options.sha ?? github.commitSha;
  if (github.repository === undefined || sha === undefined) {
    return { status: 'skipped', reason: 'no repository or commit in this run\'s context (GITHUB_REPOSITORY, GITHUB_SHA)' };
  }
  if (options.token === '') return { status: 'skipped', reason: 'no GitHub token was given' };
  const client = createGitHubClient({ token: options.token, apiUrl: github.apiUrl, retry: options.retry }, logger);
  try {
    await client.rest.repos.createCommitStatus({
      ...github.repository,
      sha,
      state: options.state,
      context: options.context,
      description: oneLine(options.description, STATUS_DESCRIPTION_LIMIT),
      ...(options.targetUrl ? { target_url: options.targetUrl } : {}),
    });
  } catch (error) {
    if (error instanceof GitHubApiError && error.forbidden) {
      const reason =
        `Cannot set the commit status ${options.context} on ${sha.slice(0, 7)}: GitHub answered ${error.status} — ` +
        'the job needs `permissions: statuses: write` (read-only on pull requests from forks; set it from a workflow_run workflow there).';
      logger.notice(reason);
      return { status: 'forbidden', sha, reason };
    }
    throw error;
  }
  logger.info(`Set commit status ${options.context} = ${options.state} on ${sha.slice(0, 7)}`);
  return { status: 'posted', sha };
}
