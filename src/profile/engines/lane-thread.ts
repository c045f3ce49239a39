/**
 * The second lane of a streaming profile in a worker thread (streaming.ts). The worker is the
 * bundle dist/profile-lane-worker/index.js beside the running bundle (entry
 * src/profile/engines/lane-worker.ts); from the TypeScript sources it is the .ts entry run through
 * tsx, only when MLGATE_TS_WORKERS=1 (the benchmarks set it; tests run both lanes in one thread,
 * which gives the same profile). MLGATE_NO_WORKERS=1 turns workers off. The reply is the lane's
 * profile as JSON, or its error as data (rebuilt as the same class, so the caller's fallback sees
 * an InputError as one).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigurationError, DataError } from '../../errors.js';
import type { DatasetSource } from '../../io/dataset-source.js';
import type { Profile } from '../format.js';
import { readProfile } from '../serialise.js';
import type { Lane, StreamingOptions } from './streaming.js';

export interface LaneRequest {
  readonly source: DatasetSource;
  readonly lane: Lane;
  readonly options: Omit<StreamingOptions, 'progress'>;
  readonly shard: string;
}

export type LaneReply = { ok: true; profile: string } | { ok: false; error: { name: string; message: string } };

export function laneWorkerUrl(): { url: URL; typescript: boolean } | undefined {
  if (process.env.MLGATE_NO_WORKERS === '1') return undefined;
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    if (process.env.MLGATE_TS_WORKERS !== '1') return undefined;
    return { url: new URL('./lane-worker.ts', here), typescript: true };
  }
  const url = new URL(['..', 'profile-lane-worker', 'index.js'].join('/'), here);
  return existsSync(fileURLToPath(url)) ? { url, typescript: false } : undefined;
}

export function runLaneWorker(url: URL, typescript: boolean, request: LaneRequest): Promise<Profile> {
  return new Promise((resolve, reject) => {
    // Node 20 does not apply --import hooks to a worker's entry: register tsx inside the worker.
    const worker = typescript
      ? new Worker(`(async () => { (await import('tsx/esm/api')).register(); await import(${JSON.stringify(url.href)}); })()`, { eval: true, workerData: request })
      : new Worker(url, { workerData: request, execArgv: [] });
    let reply: LaneReply | undefined;
    worker.once('message', (message: LaneReply) => (reply = message));
    worker.on('error', () => {});
    worker.once('exit', (code) => {
      if (reply === undefined) return reject(new Error(`the profile worker exited with code ${code} before replying`));
      if (reply.ok) return resolve(readProfile(JSON.parse(reply.profile), request.source.input));
      const { name, message } = reply.error;
      if (name === 'DataError') return reject(new DataError(message));
      if (name === 'ConfigurationError') return reject(new ConfigurationError(message));
      reject(new Error(message));
    });
  });
}
