/**
 * The job summary: markdown appended to the step's GITHUB_STEP_SUMMARY file, shown on the run's
 * page. Written directly, as @actions/core's `summary` does, but without its cached file path.
 * GitHub refuses a step summary over 1 MiB (and shows an error instead), so what is appended is
 * folded and cut to keep the whole file under that limit.
 */
import { statSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import type { Logger } from '../logger.js';
import { fitMarkdown } from './fit-markdown.js';

/** GitHub's limit on one step's summary, in bytes (1 MiB). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Kept free below the limit, in bytes, so the file stays strictly under it. */
const MARGIN_BYTES = 1024;

export interface SummaryOutcome {
  /** False outside the runner (no GITHUB_STEP_SUMMARY). */
  written: boolean;
  /** Bytes appended. */
  bytes: number;
  /** Whether detail was folded or text cut to fit. */
  shortened: boolean;
}

/**
 * Appends `markdown` to the job summary, shortened so that the step's summary file stays under
 * {@link SUMMARY_LIMIT_BYTES} (counting what is already in it). `fullReportHint` says where the
 * complete report is (e.g. "the result file `mlgate-result.json`"), shown when it had to be cut.
 * Outside the runner, logs one debug line and writes nothing; a write error is a warning, never
 * thrown: the summary must not cost the run its verdict.
 */
export async function appendJobSummary(
  markdown: string,
  logger: Logger,
  fullReportHint = 'the JSON result and the markdown report',
): Promise<SummaryOutcome> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) {
    logger.debug('No GITHUB_STEP_SUMMARY: not running on a GitHub runner, job summary skipped');
    return { written: false, bytes: 0, shortened: false };
  }
  try {
    const existing = existingBytes(path);
    const limit = Math.max(0, SUMMARY_LIMIT_BYTES - MARGIN_BYTES - existing);
    const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    const fitted = fitMarkdown(text, {
      limit,
      measure: 'utf8-bytes',
      foldNote: `_Folded to keep the job summary under GitHub's 1 MiB limit; see ${fullReportHint}._`,
      cutNote: `\n---\n_Cut to keep the job summary under GitHub's 1 MiB limit; the complete report is in ${fullReportHint}._`,
    });
    const shortened = fitted.text !== text;
    if (shortened) logger.info(`Job summary shortened to ${Buffer.byteLength(fitted.text)} bytes to stay under GitHub's 1 MiB limit`);
    await appendFile(path, fitted.text, 'utf8');
    return { written: true, bytes: Buffer.byteLength(fitted.text), shortened };
  } catch (error) {
    logger.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    return { written: false, bytes: 0, shortened: false };
  }
}

function existingBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
