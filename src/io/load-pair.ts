/**
 * `loadTablePair`: two files read at the same time, the second in a worker thread. Parsing is
 * CPU-bound JavaScript, so two loads on one thread (Promise.all) leave a second core idle; with
 * the second file in a worker both cores parse (drift-report on two 1M × 25 CSVs: 6.2 s → 4.9 s
 * on two free cores; no gain when the other core is busy). The worker's typed arrays come back
 * transferred (moved, not copied), and the table is handed over only once the worker has exited,
 * so the worker's heap is gone before the caller's next phase allocates: peak memory as before.
 *
 * The worker is the bundle dist/load-table-worker/index.js, beside the action's or the CLI's
 * bundle. Both files are read on the main thread instead (same tables) when that bundle is not
 * there (running from src under vitest or tsx), when the worker fails to start or dies, when the
 * files are small together (below {@link WORKER_MIN_BYTES}: a worker costs ~40 ms to start), or
 * when the environment has MLGATE_NO_WORKERS=1 (for comparing both paths, and as an escape hatch).
 *
 * Errors are the same either way: the worker's errors are rebuilt as the same class with the
 * same message (src/io/worker/table-message.ts). When both files are bad, the first file's error
 * is the one reported, on either path.
 */
import { stat } from 'node:fs/promises';
import { loadInWorker } from './worker/load-in-worker.js';
import { loadTableWorkerUrl } from './worker/worker-bundle.js';
import { detectFormat } from './format.js';
import { loadTable, type LoadOptions } from './load.js';
import { checkFitsInMemory } from './memory-budget.js';
import type { Table } from './table.js';

/** Files smaller than this together (bytes on disk) are both read on the main thread. */
export const WORKER_MIN_BYTES = 4 * 1024 * 1024;

export interface PairSettings {
  /** The worker script; undefined: both files on the main thread. */
  readonly worker: URL | undefined;
  /** Both files smaller than this together (bytes): no worker. */
  readonly minBytes: number;
}

/** The worker bundle beside the running one (worker/worker-bundle.ts), with the default size floor. */
export function defaultPairSettings(): PairSettings {
  return { worker: loadTableWorkerUrl(), minBytes: WORKER_MIN_BYTES };
}

/** Reads `a` (on this thread) and `b` (in a worker, when worth it): the same tables as loadTable. */
export async function loadTablePair(
  a: string,
  optionsA: LoadOptions,
  b: string,
  optionsB: LoadOptions,
  settings: PairSettings = defaultPairSettings(),
): Promise<[Table, Table]> {
  const sizeA = await bytesOnDisk(a);
  const sizeB = await bytesOnDisk(b);
  // A sampled load holds at most max-rows rows, and reports what it kept through a callback: it stays here.
  const sampled = optionsA.sample !== undefined || optionsB.sample !== undefined;
  if (!sampled) await checkPairFits([a, optionsA, sizeA], [b, optionsB, sizeB]);
  const inWorker = !sampled && settings.worker !== undefined && sizeA + sizeB >= settings.minBytes;
  // With the second file in the worker both cores are busy: neither file is split between threads.
  const [ownA, ownB] = inWorker ? [{ ...optionsA, singleThread: true }, { ...optionsB, singleThread: true }] : [optionsA, optionsB];
  const first = loadTable(a, ownA);
  const second = inWorker ? loadInWorker(settings.worker!, { path: b, options: ownB }, () => loadTable(b, ownB)) : { table: loadTable(b, ownB), stop: async () => {} };
  second.table.catch(() => {}); // awaited below, once the first file has loaded: its error comes first
  let tableA: Table;
  try {
    tableA = await first;
  } catch (error) {
    await second.stop();
    throw error;
  }
  return [tableA, await second.table];
}

/** Both files' memory together (each alone is checked by loadTable); a file that cannot be read is left to loadTable to explain. */
async function checkPairFits(...files: Array<[string, LoadOptions, number]>): Promise<void> {
  const readable = files.filter(([, , size]) => size > 0);
  if (readable.length < 2) return;
  let described;
  try {
    described = readable.map(([path, options, size]) => ({ path, source: path, onDisk: size, ...detectFormat(path, options.format) }));
  } catch {
    return; // an unknown extension: loadTable says so
  }
  await checkFitsInMemory(described);
}

/** 0 when the file cannot be read: loadTable then says why. */
async function bytesOnDisk(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}
