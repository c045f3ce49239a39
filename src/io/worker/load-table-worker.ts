// Entry of dist/load-table-worker/index.js: reads one file for loadTablePair (src/io/load-pair.ts),
// or the second half of one CSV file (src/io/split-delimited.ts), and posts the Table back with its
// typed arrays transferred, or the error as data.
// (No top-level await: the bundler's parser does not take it in an entry file.)
import { parentPort, workerData } from 'node:worker_threads';
import { loadDelimited } from '../delimited.js';
import { loadTable } from '../load.js';
import { serialiseError, transferList, type LoadReply, type LoadRequest } from './table-message.js';

const { path, options, delimited } = workerData as LoadRequest;

void (delimited === undefined ? loadTable(path, options) : loadDelimited(path, path, delimited)).then(
  (table) => post({ ok: true, table }, transferList(table)),
  (error: unknown) => post({ ok: false, error: serialiseError(error) }),
);

function post(reply: LoadReply, transfer: ArrayBuffer[] = []): void {
  try {
    parentPort!.postMessage(reply, transfer);
  } catch {
    // A buffer Node will not transfer (newer Node throws for those): copy rather than fail.
    parentPort!.postMessage(reply);
  }
}
