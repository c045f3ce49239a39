/**
 * Shared set-up for the GitHub seam tests: a loopback GitHub, the runner's environment pointing
 * at it (GITHUB_API_URL; GITHUB_SERVER_URL left unset), a real event payload file, and capture of
 * what @actions/core prints.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { start } from '../support/github-server.js';
import type { LoopbackGitHub } from '../support/github-server.js';
import type { RetryOptions } from '../../src/github/retry.js';

export const OWNER = 'octo';
export const REPO = 'models';
export const PR = 7;
export const HEAD_SHA = '1111111111111111111111111111111111111111';
export const MERGE_SHA = '2222222222222222222222222222222222222222';
export const RUN_ID = 424242;
/** Looks like a GitHub App installation token; must never appear in any output. */
export const TOKEN = 'ghs_TESTtokenNEVERprintMe0123456789abcd';

/** A `pull_request` payload as GitHub sends it (the fields mlgate reads, and some it does not). */
export function pullRequestPayload(options: { fork?: boolean; number?: number } = {}): unknown {
  const number = options.number ?? PR;
  const base = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER }, fork: false };
  const head = options.fork ? { full_name: `contributor/${REPO}`, name: REPO, owner: { login: 'contributor' }, fork: true } : base;
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Retrain the model',
      user: { login: 'contributor' },
      head: { ref: 'retrain', sha: HEAD_SHA, repo: head },
      base: { ref: 'main', sha: '3333333333333333333333333333333333333333', repo: base },
    },
    repository: base,
    sender: { login: 'contributor' },
  };
}

/** Writes `payload` to a temporary file and returns its path. */
export function writePayload(payload: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-event-'));
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

/** Sets the runner's environment for a `pull_request` run against `server` (undo: vi.unstubAllEnvs). */
export function stubRunnerEnv(server: LoopbackGitHub, options: { event?: string; payload?: unknown } = {}): void {
  vi.stubEnv('GITHUB_API_URL', server.url);
  vi.stubEnv('GITHUB_SERVER_URL', undefined);
  vi.stubEnv('GITHUB_REPOSITORY', `${OWNER}/${REPO}`);
  vi.stubEnv('GITHUB_EVENT_NAME', options.event ?? 'pull_request');
  vi.stubEnv('GITHUB_EVENT_PATH', writePayload(options.payload ?? pullRequestPayload()));
  vi.stubEnv('GITHUB_SHA', MERGE_SHA);
  vi.stubEnv('GITHUB_RUN_ID', String(RUN_ID));
}

export const RUN_URL = `https://github.com/${OWNER}/${REPO}/actions/runs/${RUN_ID}`;

/** Retry options that never really wait; `sleeps` records every wait asked for, in ms. */
export function instantRetry(): RetryOptions & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 };
}

/** Captures what @actions/core writes to stdout (annotations, masks) without printing it. */
export function captureStdout(): { lines(): string[]; restore(): void } {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  return {
    lines: () => chunks.join('').split(/\r?\n/).filter((line) => line !== ''),
    restore: () => spy.mockRestore(),
  };
}

export async function startServer(): Promise<LoopbackGitHub> {
  return start();
}
