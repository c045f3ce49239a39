/** Runs the CLI in this process (fast, for the many small CLI cases); the bundle is tested in test/e2e. */
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli.js';
import { REPO_ROOT } from './run-bundle.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cliInProcess(args: readonly string[], cwd = REPO_ROOT): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli(args, { stdout, stderr, cwd });
  return { code, stdout: out, stderr: err };
}
