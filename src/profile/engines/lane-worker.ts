// Entry of dist/profile-lane-worker/index.js: profiles one lane of a streaming profile
// (streaming.ts, lane-thread.ts) and posts the profile as JSON, or the error as data.
import { parentPort, workerData } from 'node:worker_threads';
import { NO_PROGRESS } from './progress.js';
import { serialiseProfile } from '../serialise.js';
import { profileLane } from './streaming.js';
import type { LaneReply, LaneRequest } from './lane-thread.js';

const { source, lane, options, shard } = workerData as LaneRequest;

void profileLane(source, lane, options, shard, NO_PROGRESS).then(
  (profile) => post({ ok: true, profile: serialiseProfile(profile) }),
  (error: unknown) => post({ ok: false, error: { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) } }),
);

function post(reply: LaneReply): void {
  parentPort!.postMessage(reply);
}
