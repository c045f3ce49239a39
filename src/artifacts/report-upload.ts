/**
 * Writing the report artifact (report-payload.ts) when a run cannot deliver its report itself.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { REPORT_FILE, reportArtifactName, type ReportPayload } from './report-payload.js';
import type { ArtifactUploader, UploadedArtifact } from './uploader.js';

export type ReportArtifactMode = 'auto' | 'true' | 'false';

/**
 * Whether to upload: always with `true`, never with `false`; with `auto` when the comment or the
 * status came back `forbidden` (a read-only token: pull requests from forks).
 */
export function shouldUploadReport(mode: ReportArtifactMode, outcomes: { comment?: string; status?: string }): boolean {
  if (mode === 'true') return true;
  if (mode === 'false') return false;
  return outcomes.comment === 'forbidden' || outcomes.status === 'forbidden';
}

/** Days the report artifact is kept: post-report runs right after the job, so one is plenty. */
export const REPORT_RETENTION_DAYS = 1;

export async function uploadReport(
  payload: ReportPayload,
  uploader: ArtifactUploader,
  tempRoot: string,
  logger: Logger,
): Promise<UploadedArtifact> {
  mkdirSync(tempRoot, { recursive: true });
  const dir = mkdtempSync(join(tempRoot, 'mlgate-report-'));
  const file = join(dir, REPORT_FILE);
  writeFileSync(file, `${JSON.stringify(payload, null, 2)}\n`);
  const name = reportArtifactName(payload.commentId, payload.section ?? undefined);
  const uploaded = await uploader.upload(name, [file], dir, REPORT_RETENTION_DAYS);
  logger.notice(
    `The report for pull request #${payload.pullNumber} is in the artifact ${name}: a workflow_run workflow with the post-report action posts it (see "Fork pull requests" in the README).`,
  );
  return uploaded;
}
