/**
 * Retrying GitHub API calls that failed for a reason that passes: server errors (5xx) and rate
 * limits (429, and 403 when GitHub marks it as a rate limit). Everything else — 401, 403 for lack
 * of permission, 404, 422 — is an answer, and surfaces at once.
 */
import type { Logger } from '../logger.js';

export interface RetryOptions {
  /** Total attempts including the first. Default 4. */
  maxAttempts?: number;
  /** Backoff before the 2nd attempt, in ms, doubled each time (±25% jitter). Default 1000. */
  baseDelayMs?: number;
  /**
   * The longest single wait, in ms. A `Retry-After` (or rate-limit reset) asking for longer is
   * not waited for: the error surfaces. Default 60 000.
   */
  maxDelayMs?: number;
  /** How to wait; injectable so tests run instantly. Default: a timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Source of jitter in [0, 1). Default Math.random. */
  random?: () => number;
  /** The clock, in ms since the epoch (for `x-ratelimit-reset`). Default Date.now. */
  now?: () => number;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The shape of an octokit RequestError that retrying needs; anything else is not retried. */
interface HttpFailure {
  status: number;
  response?: { headers?: Record<string, string | number | undefined> };
}

function asHttpFailure(error: unknown): HttpFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? (error as HttpFailure) : undefined;
}

function header(failure: HttpFailure, name: string): string | undefined {
  const value = failure.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

/**
 * How long to wait before retrying after `error`, in ms, or `undefined` when it must not be
 * retried. `attempt` is the 1-based number of the attempt that failed.
 */
export function retryDelay(error: unknown, attempt: number, options: RetryOptions = {}): number | undefined {
  const failure = asHttpFailure(error);
  if (!failure) return undefined;
  const { status } = failure;
  const retryAfter = header(failure, 'retry-after');
  const remaining = header(failure, 'x-ratelimit-remaining');
  const rateLimited = status === 429 || (status === 403 && (retryAfter !== undefined || remaining === '0'));
  if (!rateLimited && !(status >= 500 && status <= 599)) return undefined;

  const base = options.baseDelayMs ?? 1000;
  const random = options.random ?? Math.random;
  let delay = base * 2 ** (attempt - 1) * (0.75 + 0.5 * random());
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(seconds)) delay = seconds * 1000;
    else if (Number.isFinite(date)) delay = date - (options.now ?? Date.now)();
  } else if (remaining === '0') {
    const reset = Number(header(failure, 'x-ratelimit-reset'));
    if (Number.isFinite(reset)) delay = reset * 1000 - (options.now ?? Date.now)();
  }
  delay = Math.max(0, Math.ceil(delay));
  return delay <= (options.maxDelayMs ?? 60_000) ? delay : undefined;
}

/**
 * Runs `operation`, retrying it on 5xx and rate limits with exponential backoff, honouring
 * `Retry-After`. Each retry is logged as one info line naming `what` (never headers or bodies).
 * @throws the last error when it is not retryable or attempts are exhausted
 */
export async function withRetry<T>(
  operation: () => Promise<T>,
  what: string,
  logger: Logger,
  options: RetryOptions = {},
): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      const delay = attempt < maxAttempts ? retryDelay(error, attempt, options) : undefined;
      if (delay === undefined) throw error;
      const status = asHttpFailure(error)?.status;
      logger.info(
        `GitHub API answered ${status} to ${what}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${maxAttempts})`,
      );
      await sleep(delay);
    }
  }
}
