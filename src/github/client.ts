/**
 * The one place an authenticated GitHub client is made: it masks the token in the runner's log,
 * talks to the API URL of the run's context (GITHUB_API_URL: github.com, GHES or a test server),
 * gives every request a time limit and every call a total budget (retry.ts), retries transient
 * failures, refuses a success whose body is not JSON, and turns every failure into a
 * {@link GitHubApiError} whose one-line message cannot contain the token.
 *
 * The time limits can be set from the environment (a slow GHES, or tests):
 * `MLGATE_GITHUB_TIMEOUT_MS` (one attempt) and `MLGATE_GITHUB_BUDGET_MS` (a call, retries
 * included); options passed in code take precedence.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { Logger } from '../logger.js';
import { redact, toGitHubApiError } from './api-error.js';
import { MalformedAnswerError, NoAnswerError, withRetry } from './retry.js';
import type { RetryOptions, RetryRecord } from './retry.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** A token with the permissions the calls need; registered with the runner as a secret. */
  token: string;
  /** The REST API root, e.g. `https://api.github.com` (GitHubContext.apiUrl). */
  apiUrl: string;
  retry?: RetryOptions;
  /** Where `MLGATE_GITHUB_*` limits are read from. Default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The time limits from `MLGATE_GITHUB_TIMEOUT_MS` / `MLGATE_GITHUB_BUDGET_MS`, when set to a positive number. */
export function limitsFromEnv(env: Readonly<Record<string, string | undefined>>): Pick<RetryOptions, 'timeoutMs' | 'budgetMs'> {
  const read = (name: string): number | undefined => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name]!.trim() !== '' && Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const timeoutMs = read('MLGATE_GITHUB_TIMEOUT_MS');
  const budgetMs = read('MLGATE_GITHUB_BUDGET_MS');
  return { ...(timeoutMs === undefined ? {} : { timeoutMs }), ...(budgetMs === undefined ? {} : { budgetMs }) };
}

interface OctokitResponse {
  status: number;
  data: unknown;
}

/** A success must carry JSON (an object or a list), except 204/205 which carry nothing. */
function checkBody(response: OctokitResponse, method: string): void {
  if (response.status === 204 || response.status === 205) return;
  const { data } = response;
  if (typeof data === 'object' && data !== null) return;
  const what = typeof data === 'string' ? (data.trim() === '' ? 'an empty or cut-off body' : 'a body that is not JSON') : `a body of type ${typeof data}`;
  throw new MalformedAnswerError(response.status, what, method.toUpperCase() !== 'POST');
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  const code = (cause as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return (typeof code === 'string' ? `${code}: ${message}` : message).split(/\r?\n/)[0];
}

/** The request's path for messages: parameters filled in, no origin, no query string. */
function describePath(options: Record<string, unknown> & { url: string }): string {
  const filled = options.url.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = options[name];
    return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(String(value)) : whole;
  });
  return filled.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
}

export function createGitHubClient({ token, apiUrl, retry, env = process.env }: ClientOptions, logger: Logger): GitHubClient {
  // Masked before any request can fail and print something.
  core.setSecret(token);
  const secrets = [token];
  const safe = (message: string) => redact(message, secrets);
  const retryOptions: RetryOptions = { ...limitsFromEnv(env), ...retry };
  const client = getOctokit(token, {
    baseUrl: apiUrl,
    userAgent: 'mlgate',
    log: {
      debug: (message: string) => logger.debug(safe(message)),
      info: (message: string) => logger.debug(safe(message)),
      warn: (message: string) => logger.warning(safe(message)),
      error: (message: string) => logger.error(safe(message)),
    },
  });
  client.hook.wrap('request', async (request, options) => {
    const what = safe(`${options.method} ${describePath(options)}`);
    const record: RetryRecord = { attempts: 0, elapsedMs: 0 };
    try {
      return await withRetry(
        async ({ timeoutMs }) => {
          const signal = AbortSignal.timeout(timeoutMs);
          let response: OctokitResponse;
          try {
            // Set on the options object itself: the hooks below ours (the token's) were bound to it
            // and ignore an argument, so a copy passed to `request` would be dropped.
            options.request = { ...options.request, signal };
            response = (await request(options)) as OctokitResponse;
          } catch (error) {
            if (signal.aborted) throw new NoAnswerError(`none within ${(timeoutMs / 1000).toFixed(1)} s`, true);
            const status = (error as { status?: unknown }).status;
            const answered = (error as { response?: unknown }).response !== undefined;
            // octokit reports a failed fetch (reset, refused, DNS) as status 500 without a response.
            if (!answered && (status === undefined || status === 500)) throw new NoAnswerError(reasonOf(error), false);
            throw error;
          }
          // octokit swallows a body that stopped arriving (or is not JSON) and returns its text.
          if (signal.aborted) throw new NoAnswerError(`the body did not arrive within ${(timeoutMs / 1000).toFixed(1)} s`, true);
          checkBody(response, String(options.method));
          return response as Awaited<ReturnType<typeof request>>;
        },
        what,
        logger,
        retryOptions,
        record,
      );
    } catch (error) {
      throw toGitHubApiError(error, what, secrets, record);
    }
  });
  return client;
}
