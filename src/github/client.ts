/**
 * The one place an authenticated GitHub client is made: it masks the token in the runner's log,
 * talks to the API URL of the run's context (GITHUB_API_URL: github.com, GHES or a test server),
 * retries transient failures, and turns every failure into a {@link GitHubApiError} whose message
 * cannot contain the token.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { Logger } from '../logger.js';
import { redact, toGitHubApiError } from './api-error.js';
import { withRetry } from './retry.js';
import type { RetryOptions } from './retry.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** A token with the permissions the calls need; registered with the runner as a secret. */
  token: string;
  /** The REST API root, e.g. `https://api.github.com` (GitHubContext.apiUrl). */
  apiUrl: string;
  retry?: RetryOptions;
}

export function createGitHubClient({ token, apiUrl, retry }: ClientOptions, logger: Logger): GitHubClient {
  // Masked before any request can fail and print something.
  core.setSecret(token);
  const secrets = [token];
  const safe = (message: string) => redact(message, secrets);
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
    const what = safe(`${options.method} ${options.url}`);
    try {
      return await withRetry(async () => await request(options), what, logger, retry);
    } catch (error) {
      throw toGitHubApiError(error, what, secrets);
    }
  });
  return client;
}
