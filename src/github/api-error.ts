/**
 * A GitHub API call that failed, with a message that is safe to print: one line naming the
 * request and GitHub's answer (or that none came), how many attempts were made, and every secret
 * the client knows cut out of it. A {@link ServiceError}: describeError prints its message, not a
 * stack, and it is never "mlgate internal error".
 */
import { describeError, ServiceError } from '../errors.js';
import type { Logger } from '../logger.js';
import { MalformedAnswerError, NoAnswerError, isRateLimit, type RetryRecord } from './retry.js';

/** Why a call failed: GitHub answered an error status, gave no answer, or an unreadable one. */
export type GitHubFailureKind = 'status' | 'no-answer' | 'timeout' | 'malformed';

export class GitHubApiError extends ServiceError {
  /** The HTTP status GitHub answered; 0 when no answer arrived (network failure, timeout). */
  readonly status: number;
  /** `METHOD /path` of the failed request (a route template or a URL, never headers). */
  readonly request: string;
  readonly kind: GitHubFailureKind;
  /** GitHub said "too many requests" (429, or a 403 marked as a rate limit): not a permission answer. */
  readonly rateLimited: boolean;
  constructor(message: string, status: number, request: string, kind: GitHubFailureKind = status > 0 ? 'status' : 'no-answer', rateLimited = status === 429) {
    super(message);
    this.name = 'GitHubApiError';
    this.status = status;
    this.request = request;
    this.kind = kind;
    this.rateLimited = rateLimited;
  }

  /** A failure that may pass (5xx, rate limit, no or unreadable answer), as opposed to an answer such as 401/403/404/422. */
  get transient(): boolean {
    return this.kind !== 'status' || this.status >= 500 || this.rateLimited;
  }

  /** GitHub refused for lack of permission or visibility (403 that is not a rate limit, 404). */
  get forbidden(): boolean {
    return this.kind === 'status' && (this.status === 404 || (this.status === 403 && !this.rateLimited));
  }
}

/** `text` with every occurrence of each non-empty secret replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length > 0) result = result.split(secret).join('***');
  }
  return result;
}

/**
 * Wraps whatever a call threw (usually octokit's RequestError, or the client's
 * {@link NoAnswerError} / {@link MalformedAnswerError}) into a {@link GitHubApiError} whose
 * message cannot contain `secrets` and fits on one line. The original is dropped, not kept as
 * `cause`: its request record carries the headers.
 * @param record the attempts made, said in the message when there were several
 */
export function toGitHubApiError(error: unknown, request: string, secrets: readonly string[], record?: RetryRecord): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const tries = record && record.attempts > 1 ? ` (gave up after ${record.attempts} attempts in ${(record.elapsedMs / 1000).toFixed(1)} s)` : '';
  let kind: GitHubFailureKind;
  let status: number;
  let detail: string;
  if (error instanceof NoAnswerError) {
    kind = error.timedOut ? 'timeout' : 'no-answer';
    status = 0;
    detail = `no answer (${error.reason})`;
  } else if (error instanceof MalformedAnswerError) {
    kind = 'malformed';
    status = error.status;
    detail = `answered ${error.status} with ${error.reason}`;
  } else {
    kind = 'status';
    status = typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number'
      ? (error as { status: number }).status
      : 0;
    if (status === 0) kind = 'no-answer';
    detail = (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0];
  }
  const message = kind === 'status'
    ? `GitHub API ${request} failed with ${status}: ${detail}${tries}`
    : `GitHub API ${request} failed: ${detail}${tries}`;
  return new GitHubApiError(redact(message, secrets), status, redact(request, secrets), kind, isRateLimit(error));
}

/**
 * Logs that a report could not be delivered (`what`: "write the PR comment", "set the commit
 * status mlgate/x") as one line: a notice when GitHub failed in a way that passes (5xx, rate
 * limit, no or unreadable answer, after the retries), since the gate's result stands and the job
 * summary has the report; a warning for anything else (a 401, a 422: something to fix).
 * For src/github/run-action.ts's delivery steps.
 */
export function logReportingFailure(what: string, error: unknown, logger: Logger): void {
  const line = `Could not ${what}: ${describeError(error)}`;
  if (error instanceof GitHubApiError && error.transient) logger.notice(`${line}; the report is in the job summary`);
  else logger.warning(line);
}
