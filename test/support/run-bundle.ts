/**
 * Runs a bundled action (dist/<name>/index.js) the way the runner does: INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH with a real payload, GITHUB_API_URL at a
 * loopback server. GITHUB_SERVER_URL stays unset (@actions/artifact refuses other hosts).
 * The bundle runs on the same Node as the tests (CI runs the e2e tests on Node 24 too).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export interface BundleRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

export interface BundleOptions {
  inputs: Record<string, string>;
  apiUrl?: string;
  /** The event payload; default a same-repository pull_request event on PR 7. */
  event?: unknown;
  eventName?: string;
  env?: Record<string, string>;
}

export const REPOSITORY = 'octo-org/model-repo';

export function pullRequestEvent(number = 7, options: { fork?: boolean; headSha?: string } = {}): unknown {
  const headRepo = options.fork ? 'someone/model-repo' : REPOSITORY;
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: options.headSha ?? 'a'.repeat(40), ref: 'feature', repo: { full_name: headRepo, fork: options.fork === true } },
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: REPOSITORY } },
    },
    repository: { full_name: REPOSITORY, name: 'model-repo', owner: { login: 'octo-org' }, default_branch: 'main' },
  };
}

export async function runBundle(action: string, options: BundleOptions): Promise<BundleRun> {
  const dir = mkdtempSync(join(tmpdir(), `mlgate-e2e-${action}-`));
  const outputFile = join(dir, 'github_output');
  const summaryFile = join(dir, 'step_summary');
  const eventFile = join(dir, 'event.json');
  const runnerTemp = join(dir, 'runner-temp');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? pullRequestEvent()));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_WORKSPACE: REPO_ROOT,
    GITHUB_WORKFLOW: 'ci',
    RUNNER_TEMP: runnerTemp,
    ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl } : {}),
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', action, 'index.js')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolvePromise) => child.on('close', (c) => resolvePromise(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    runnerTemp,
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks (as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    outputs[name] = value.join('\n');
  }
  return outputs;
}
