import { describe, expect, it } from 'vitest';
import { retryDelay, withRetry } from '../../src/github/retry.js';
import { memoryLogger } from '../support/memory-logger.js';

function httpError(status: number, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`status ${status}`), { status, response: { headers } });
}

const fixed = { random: () => 0.5, now: () => 1_700_000_000_000 };

describe('retryDelay', () => {
  it('backs off exponentially on 5xx (1 s, 2 s, 4 s with jitter centred)', () => {
    expect([1, 2, 3].map((attempt) => retryDelay(httpError(502), attempt, fixed))).toEqual([1000, 2000, 4000]);
    expect(retryDelay(httpError(500), 1, { random: () => 0 })).toBe(750);
    expect(retryDelay(httpError(503), 1, { random: () => 0.999999 })).toBe(1250);
  });

  it('honours Retry-After in seconds and as an HTTP date', () => {
    expect(retryDelay(httpError(429, { 'retry-after': '7' }), 1, fixed)).toBe(7000);
    const date = new Date(fixed.now() + 5000).toUTCString();
    expect(retryDelay(httpError(429, { 'retry-after': date }), 1, fixed)).toBe(5000);
  });

  it('retries a 403 only when GitHub marks it as a rate limit', () => {
    expect(retryDelay(httpError(403), 1, fixed)).toBeUndefined();
    expect(retryDelay(httpError(403, { 'retry-after': '2' }), 1, fixed)).toBe(2000);
    const reset = String((fixed.now() + 3000) / 1000);
    expect(retryDelay(httpError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), 1, fixed)).toBe(3000);
  });

  it('does not retry answers: 400, 401, 404, 422, nor things that are not HTTP errors', () => {
    for (const status of [400, 401, 404, 409, 422]) expect(retryDelay(httpError(status), 1, fixed)).toBeUndefined();
    expect(retryDelay(new Error('boom'), 1, fixed)).toBeUndefined();
    expect(retryDelay('text', 1, fixed)).toBeUndefined();
  });

  it('does not wait longer than maxDelayMs: such a Retry-After surfaces the error', () => {
    expect(retryDelay(httpError(429, { 'retry-after': '3600' }), 1, fixed)).toBeUndefined();
    expect(retryDelay(httpError(429, { 'retry-after': '30' }), 1, { ...fixed, maxDelayMs: 10_000 })).toBeUndefined();
  });
});

describe('withRetry', () => {
  it('returns the first success and logs each retry as one line', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const logger = memoryLogger();
    const value = await withRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw httpError(502);
        return 'ok';
      },
      'GET /repos/{owner}/{repo}',
      logger,
      { ...fixed, sleep: async (ms) => void sleeps.push(ms) },
    );
    expect(value).toBe('ok');
    expect(sleeps).toEqual([1000, 2000]);
    expect(logger.lines).toEqual([
      'info: GitHub API answered 502 to GET /repos/{owner}/{repo}; retrying in 1.0 s (attempt 2 of 4)',
      'info: GitHub API answered 502 to GET /repos/{owner}/{repo}; retrying in 2.0 s (attempt 3 of 4)',
    ]);
  });

  it('throws the last error after maxAttempts, and a non-retryable one at once', async () => {
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw httpError(500);
    };
    await expect(withRetry(failing, 'x', memoryLogger(), { maxAttempts: 3, sleep: async () => {} })).rejects.toThrow('status 500');
    expect(calls).toBe(3);
    calls = 0;
    const denied = async () => {
      calls += 1;
      throw httpError(403);
    };
    await expect(withRetry(denied, 'x', memoryLogger(), { sleep: async () => {} })).rejects.toThrow('status 403');
    expect(calls).toBe(1);
  });
});
