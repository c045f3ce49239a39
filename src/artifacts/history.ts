/**
 * The result objects of earlier runs, for the `history` input: the last N successful runs of this
 * workflow on the default branch, newest first as GitHub lists them, each read from the artifact
 * `mlgate-result-<comment-id>` that a run on the default branch uploads (result-artifact). Runs
 * whose artifact expired, is missing or holds no readable result of this action are skipped and
 * named — a walk through history never fails the run.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import type { Logger } from '../logger.js';
import { ArtifactUnavailableError, type ArtifactSource, type WorkflowRun } from './artifact-source.js';
import { PROMOTED_RESULT_FILE } from './promotion.js';
import { describeSkipped, type SkippedRun } from './provenance.js';
import { extractZip } from './safe-unzip.js';

export const RESULT_ARTIFACT_PREFIX = 'mlgate-result-';
/** The file inside the artifact: the same name a promoted baseline's result has. */
export const RESULT_FILE = PROMOTED_RESULT_FILE;

/** `mlgate-result-<comment-id>`: one per comment id, so matrix jobs keep their own history. */
export function resultArtifactName(commentId: string): string {
  return `${RESULT_ARTIFACT_PREFIX}${commentId}`;
}

export interface PastRun {
  readonly runId: number;
  readonly runNumber: number;
  readonly createdAt: string;
  readonly headSha: string;
  /** The run's result object, as it wrote it (untrusted: read through the action's gate catalogue). */
  readonly result: Readonly<Record<string, unknown>>;
}

export interface History {
  /** Oldest first. */
  readonly runs: readonly PastRun[];
  readonly skipped: readonly SkippedRun[];
  /** What was searched, for the report: `ci.yml on main`. */
  readonly searched: string;
}

export interface HistoryRequest {
  readonly source: ArtifactSource;
  readonly action: string;
  readonly commentId: string;
  /** Runs to look at, newest first. */
  readonly runs: number;
  /** Whose runs: default this run's workflow. */
  readonly workflow: string | undefined;
  /** This run, never its own history. */
  readonly currentRunId: number | undefined;
  readonly tempRoot: string;
  readonly logger: Logger;
}

export async function readHistory(request: HistoryRequest): Promise<History> {
  const { source, logger } = request;
  const workflow = request.workflow ?? (await source.currentWorkflow());
  const branch = await source.defaultBranch();
  const searched = `${workflow ?? 'this workflow'} on ${branch}`;
  if (workflow === undefined) return { runs: [], skipped: [], searched };
  const listed = (await source.successfulRuns(workflow, branch, request.runs + 1)).filter((run) => run.id !== request.currentRunId).slice(0, request.runs);
  await mkdir(request.tempRoot, { recursive: true });
  const root = await mkdtemp(join(request.tempRoot, 'mlgate-history-'));
  const name = resultArtifactName(request.commentId);
  const runs: PastRun[] = [];
  const skipped: SkippedRun[] = [];
  for (const run of listed) {
    const outcome = await readOne(source, run, name, request.action, root);
    if ('reason' in outcome) skipped.push({ runId: run.id, runNumber: run.runNumber, reason: outcome.reason });
    else runs.push(outcome);
  }
  logger.info(`history: ${runs.length} earlier result${runs.length === 1 ? '' : 's'} of ${searched}${skipped.length > 0 ? `; skipped ${skipped.map(describeSkipped).join('; ')}` : ''}`);
  return { runs: runs.reverse(), skipped, searched };
}

async function readOne(source: ArtifactSource, run: WorkflowRun, name: string, action: string, root: string): Promise<PastRun | { reason: string }> {
  const artifact = (await source.runArtifacts(run.id, name)).find((a) => a.name === name);
  if (!artifact) return { reason: `no artifact named ${name}` };
  if (artifact.expired) return { reason: `artifact ${name} expired${artifact.expiresAt ? ` on ${artifact.expiresAt.slice(0, 10)}` : ''}` };
  const directory = join(root, String(run.id));
  await mkdir(directory);
  let text: string;
  try {
    const zip = await source.download(artifact, run.id, directory);
    const files = await extractZip(zip, join(directory, 'files'), `artifact ${name} of run ${run.id}`);
    if (!files.includes(RESULT_FILE)) return { reason: `artifact ${name} holds no ${RESULT_FILE}` };
    text = await readFile(join(directory, 'files', RESULT_FILE), 'utf8');
  } catch (error) {
    if (error instanceof ArtifactUnavailableError) return { reason: error.message };
    if (error instanceof DataError) return { reason: error.message };
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { reason: `${RESULT_FILE} is not JSON` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { reason: `${RESULT_FILE} is not a result object` };
  const result = parsed as Record<string, unknown>;
  if (result.schemaVersion !== 1 || result.action !== action) return { reason: `${RESULT_FILE} is not a result of ${action} (schema version 1)` };
  return { runId: run.id, runNumber: run.runNumber, createdAt: run.createdAt, headSha: run.headSha, result };
}

/** The result written where an upload of `resultArtifactName` takes it from: a directory holding only RESULT_FILE. */
export async function resultArtifactFiles(result: unknown, tempRoot: string): Promise<{ directory: string; files: string[] }> {
  await mkdir(tempRoot, { recursive: true });
  const directory = await mkdtemp(join(tempRoot, 'mlgate-result-'));
  const file = join(directory, RESULT_FILE);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return { directory, files: [file] };
}
