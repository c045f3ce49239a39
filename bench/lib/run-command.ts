/** Times a whole command in a child process (wall seconds) and reads its peak RSS (bench/lib/report-rss.mjs). */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RSS_HOOK = join(dirname(fileURLToPath(import.meta.url)), 'report-rss.mjs');

export interface CommandFigures {
  seconds: number;
  peakMB: number | null;
  exitCode: number;
  stderr: string;
}

/** Runs `node [--import rss-hook] args…`; node-based commands report their peak memory. */
export function timeNodeCommand(args: readonly string[], cwd: string): CommandFigures {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const match = /MLGATE_BENCH_PEAK_MB=([\d.]+)/.exec(child.stderr ?? '');
  return { seconds, peakMB: match ? Number(match[1]) : null, exitCode: child.status ?? -1, stderr: child.stderr ?? '' };
}

/** Times any command (a reference implementation, when the machine has it). */
export function timeCommand(command: string, args: readonly string[], cwd: string): CommandFigures {
  const start = process.hrtime.bigint();
  const child = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, peakMB: null, exitCode: child.status ?? -1, stderr: child.stderr ?? '' };
}
