/**
 * Runs one read in the load-table worker (dist/load-table-worker/index.js) and hands its Table
 * over once the worker has exited. Used by loadTablePair (the second file of a pair) and by
 * split-delimited.ts (the second half of one large CSV file).
 */
import { Worker } from 'node:worker_threads';
import type { Table } from '../table.js';
import { rebuildError, type LoadReply, type LoadRequest } from './table-message.js';

export interface PendingLoad {
  readonly table: Promise<Table>;
  /** Ends the worker; its table is then never delivered. */
  stop(): Promise<void>;
}

/**
 * `request` read in a worker at `url`; `onThisThread` reads it here instead when the worker cannot
 * start or dies without replying. The worker's errors are rebuilt as the same class and message.
 */
export function loadInWorker(url: URL, request: LoadRequest, onThisThread: () => Promise<Table>): PendingLoad {
  let worker: Worker;
  try {
    // execArgv: not this process's flags (a --import hook such as the bench's would run twice).
    worker = new Worker(url, { workerData: request, execArgv: [] });
  } catch {
    return { table: onThisThread(), stop: async () => {} };
  }
  let reply: LoadReply | undefined;
  let stopped = false;
  const table = new Promise<Table>((resolve, reject) => {
    worker.once('message', (message: LoadReply) => (reply = message));
    worker.on('error', () => {}); // an uncaught error ends the worker; 'exit' follows and decides
    // Delivered once the worker has exited, not at its reply: a worker's heap (tens of MB after a
    // large file) is freed only then, and the caller's next phase should not allocate on top of it.
    worker.once('exit', () => {
      if (stopped) return;
      if (reply === undefined) resolve(onThisThread()); // it could not start, or died without replying
      else if (reply.ok) resolve(reply.table);
      else reject(rebuildError(reply.error));
    });
  });
  return {
    table,
    stop: async () => {
      stopped = true;
      await worker.terminate();
    },
  };
}
