/** Runs the bundled CLI (bin/mlgate.js → dist/cli/index.js) as a user would. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './run-bundle.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliBundle(args: readonly string[], cwd = REPO_ROOT): Promise<CliRun> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'mlgate.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr };
}
