/**
 * One fuzz target's cases in a worker thread (scripts/fuzz.ts): reports each case's outcome as it
 * ends, so the main thread can stop a worker stuck in a case (a hang that never returns, such as
 * a backtracking regular expression) and go on from the next case.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rmSync } from 'node:fs';
import { runCase } from './harness.js';
import { scratchDirectory, targetNamed } from './targets.js';

export interface WorkerJob {
  target: string;
  seed: number;
  from: number;
  /** Exclusive. */
  to: number;
  timeoutMs: number;
}

export interface CaseReport {
  index: number;
  outcome: 'parsed' | 'clean' | 'other' | 'hang';
  detail: string;
}

const job = workerData as WorkerJob;
const target = targetNamed(job.target);
const scratch = scratchDirectory();
try {
  for (let index = job.from; index < job.to; index++) {
    parentPort!.postMessage({ started: index });
    const { outcome, detail } = await runCase(target, job.seed, index, scratch, job.timeoutMs);
    parentPort!.postMessage({ index, outcome, detail } satisfies CaseReport);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
