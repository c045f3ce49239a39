/**
 * Retrying GitHub API calls that failed for a reason that passes: server errors (5xx), rate
 * limits (429, and 403 when GitHub marks it as a rate limit), no answer at all (a connection
 * reset or refused, an attempt that timed out) and an answer whose body could not be read
 * (malformed or cut-off JSON). Everything else — 401, 403 for lack of permission, 404, 422 — is
 * an answer, and surfaces at once.
 *
 * Every call has a total budget: each attempt times out after {@link DEFAULT_TIMEOUT_MS}, the
 * waits between attempts double from {@link DEFAULT_BASE_DELAY_MS}, and no attempt starts (nor
 * wait begins) that would end past {@link DEFAULT_BUDGET_MS} after the first attempt began. So a
 * GitHub that hangs costs one call at most a minute, never the runner's 6-hour job limit.
 */
import type { Logger } from '../logger.js';

/** One attempt's time limit, in ms (GitHub itself ends REST requests after 10 s). */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** A whole call's time limit, retries and waits included, in ms. */
export const DEFAULT_BUDGET_MS = 60_000;
/** Attempts per call, the first included. */
export const DEFAULT_MAX_ATTEMPTS = 4;
/** The wait before the second attempt, in ms; doubled each time, ±25% jitter. */
export const DEFAULT_BASE_DELAY_MS = 1000;

export interface RetryOptions {
  /** Total attempts including the first. Default {@link DEFAULT_MAX_ATTEMPTS}. */
  maxAttempts?: number;
  /** Backoff before the 2nd attempt, in ms, doubled each time (±25% jitter). Default 1000. */
  baseDelayMs?: number;
  /**
   * The longest single wait, in ms. A `Retry-After` (or rate-limit reset) asking for longer is
   * not waited for: the error surfaces. Default 60 000.
   */
  maxDelayMs?: number;
  /** One attempt's time limit, in ms. Default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** The whole call's time limit, waits included, in ms. Default {@link DEFAULT_BUDGET_MS}. */
  budgetMs?: number;
  /** How to wait; injectable so tests run instantly. Default: a timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Source of jitter in [0, 1). Default Math.random. */
  random?: () => number;
  /** The clock, in ms since the epoch (for `x-ratelimit-reset` and the budget). Default Date.now. */
  now?: () => number;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * No answer came: the connection was reset or refused, or the attempt ran past its time limit
 * (`timedOut`). Thrown by the client around octokit's own error, whose wording varies.
 */
export class NoAnswerError extends Error {
  constructor(
    readonly reason: string,
    readonly timedOut: boolean,
  ) {
    super(reason);
    this.name = 'NoAnswerError';
  }
}

/**
 * GitHub answered with a success status but a body that is not the JSON the call expects. Not
 * `retryable` after a POST: the request was carried out (a comment created), so sending it again
 * would do it twice; the caller reads back instead.
 */
export class MalformedAnswerError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly retryable = true,
  ) {
    super(reason);
    this.name = 'MalformedAnswerError';
  }
}

/** The shape of an octokit RequestError that retrying needs. */
interface HttpFailure {
  status: number;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
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

/** GitHub's secondary rate limit answers 403 and says so in its message, sometimes without `Retry-After`. */
function isSecondaryRateLimit(failure: HttpFailure): boolean {
  const data = failure.response?.data;
  const message = typeof data === 'object' && data !== null ? (data as { message?: unknown }).message : data;
  return typeof message === 'string' && /secondary rate limit|abuse detection/i.test(message);
}

/** Whether `error` is GitHub saying "too many requests" (429, or a 403 marked as a rate limit), not "not allowed". */
export function isRateLimit(error: unknown): boolean {
  const failure = asHttpFailure(error);
  if (!failure) return false;
  if (failure.status === 429) return true;
  return failure.status === 403 && (header(failure, 'retry-after') !== undefined || header(failure, 'x-ratelimit-remaining') === '0' || isSecondaryRateLimit(failure));
}

/** How one failed attempt is described in the retry line and the final message. */
export function describeFailure(error: unknown): string {
  if (error instanceof NoAnswerError) return `gave no answer (${error.reason})`;
  if (error instanceof MalformedAnswerError) return `answered ${error.status} with ${error.reason}`;
  const failure = asHttpFailure(error);
  if (failure) return `answered ${failure.status}`;
  return 'failed';
}

/**
 * How long to wait before retrying after `error`, in ms, or `undefined` when it must not be
 * retried. `attempt` is the 1-based number of the attempt that failed.
 */
export function retryDelay(error: unknown, attempt: number, options: RetryOptions = {}): number | undefined {
  const base = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const random = options.random ?? Math.random;
  const backoff = base * 2 ** (attempt - 1) * (0.75 + 0.5 * random());
  const limit = options.maxDelayMs ?? 60_000;
  if (error instanceof NoAnswerError) return Math.ceil(backoff);
  if (error instanceof MalformedAnswerError) return error.retryable ? Math.ceil(backoff) : undefined;

  const failure = asHttpFailure(error);
  if (!failure) return undefined;
  const { status } = failure;
  const retryAfter = header(failure, 'retry-after');
  const remaining = header(failure, 'x-ratelimit-remaining');
  const secondary = status === 403 && isSecondaryRateLimit(failure);
  if (!isRateLimit(error) && !(status >= 500 && status <= 599)) return undefined;

  let delay = backoff;
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    const date = Date.parse(retryAfter);
    if (retryAfter.trim() !== '' && Number.isFinite(seconds)) delay = seconds * 1000;
    else if (Number.isFinite(date)) delay = date - (options.now ?? Date.now)();
  } else if (remaining === '0') {
    const reset = Number(header(failure, 'x-ratelimit-reset'));
    if (Number.isFinite(reset)) delay = reset * 1000 - (options.now ?? Date.now)();
  } else if (secondary) {
    // GitHub: without Retry-After, wait at least a minute before retrying a secondary rate limit.
    delay = Math.max(delay, 60_000);
  }
  delay = Math.max(0, Math.ceil(delay));
  return delay <= limit ? delay : undefined;
}

/** What {@link withRetry} passes each attempt. */
export interface Attempt {
  /** 1-based. */
  readonly number: number;
  /** This attempt's time limit in ms: the per-attempt limit, or what is left of the budget. */
  readonly timeoutMs: number;
}

/** How a call ended, for the final message: attempts made and the time they took. */
export interface RetryRecord {
  attempts: number;
  elapsedMs: number;
}

/**
 * Runs `operation`, retrying it on transient failures with exponential backoff, honouring
 * `Retry-After`, within the call's time budget. Each retry is logged as one info line naming
 * `what` (never headers or bodies).
 * @param record filled in with the attempts made and the time spent, however the call ends
 * @throws the last error when it is not retryable, attempts are exhausted or the budget is spent
 */
export async function withRetry<T>(
  operation: (attempt: Attempt) => Promise<T>,
  what: string,
  logger: Logger,
  options: RetryOptions = {},
  record: RetryRecord = { attempts: 0, elapsedMs: 0 },
): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const started = now();
  for (let attempt = 1; ; attempt += 1) {
    record.attempts = attempt;
    const left = budget - (now() - started);
    try {
      return await operation({ number: attempt, timeoutMs: Math.max(1, Math.min(timeout, left)) });
    } catch (error) {
      record.elapsedMs = now() - started;
      const delay = attempt < maxAttempts ? retryDelay(error, attempt, options) : undefined;
      // A wait that would leave no time for the attempt after it is not worth starting.
      if (delay === undefined || record.elapsedMs + delay >= budget) throw error;
      logger.info(
        `GitHub API ${describeFailure(error)} to ${what}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${maxAttempts})`,
      );
      await sleep(delay);
    } finally {
      record.elapsedMs = now() - started;
    }
  }
}
