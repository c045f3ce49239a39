/**
 * The report artifact of fork-safe reporting: a run that may not comment (a pull request from a
 * fork has a read-only token) uploads its report, PR number and verdict as `mlgate-report-<id>`;
 * the `post-report` action, in a `workflow_run` workflow with a write token, posts it.
 *
 * The payload comes from an untrusted run, so reading it narrows every field and refuses what
 * does not fit; post-report also checks that the PR named is the one whose head commit the run
 * built, and sets statuses on the run's head commit, never on a commit the payload names.
 */
import { DataError } from '../errors.js';
import type { Verdict } from '../result.js';

export const REPORT_ARTIFACT_PREFIX = 'mlgate-report-';
export const REPORT_FILE = 'mlgate-report.json';

export type StatusState = 'success' | 'failure' | 'error' | 'pending';

export interface ReportPayload {
  readonly schemaVersion: 1;
  readonly kind: 'mlgate-report';
  readonly action: string;
  /** The sticky comment's id (its hidden marker). */
  readonly commentId: string;
  /** This job's section of a shared comment (`name` input); null: the whole comment. */
  readonly section: string | null;
  readonly pullNumber: number;
  /** The commit the run built (for the check that the PR still points at it). */
  readonly headSha: string | null;
  readonly runUrl: string | null;
  readonly verdict: Verdict;
  readonly commentMode: 'update' | 'recreate' | 'off';
  /** The report, markdown. */
  readonly markdown: string;
  /** The commit status the run wanted to set (`status: true`), if any. */
  readonly status: { readonly context: string; readonly state: StatusState; readonly description: string } | null;
  /** The section's row in a shared comment's summary table (absent from older payloads). */
  readonly row: SectionRow | null;
}

/** What the summary table of a shared comment shows of a section (already formatted text). */
export interface SectionRow {
  readonly verdict: Verdict;
  /** The first gate as written, or null when the run had none (or ended in an error). */
  readonly gate: string | null;
  /** That gate's value, formatted; null when none. */
  readonly observed: string | null;
}

/** Artifact names may not contain these (as @actions/artifact's validation). */
const INVALID_NAME_CHARACTERS = /["<>|*?:\\/\r\n\s]/g;

/** `mlgate-report-<comment-id>`, plus the section when the comment id does not already carry it. */
export function reportArtifactName(commentId: string, section: string | undefined): string {
  const slug = (text: string) => text.replace(INVALID_NAME_CHARACTERS, '_');
  const id = slug(commentId);
  const part = section ? slug(section) : '';
  return `${REPORT_ARTIFACT_PREFIX}${id}${part && !id.endsWith(part) ? `--${part}` : ''}`;
}

/** The marker id charset of readCommonConfig: no spaces, `<`, `>` or `--`. */
function isSafeCommentId(id: string): boolean {
  return id.length > 0 && id.length <= 200 && !/--|[<>\s]/.test(id);
}

const VERDICTS: readonly Verdict[] = ['pass', 'warn', 'fail', 'error'];
const STATES: readonly StatusState[] = ['success', 'failure', 'error', 'pending'];
const MODES = ['update', 'recreate', 'off'] as const;
/** Far above a comment's 65,536 characters, far below anything harmful. */
const MAX_MARKDOWN = 1_048_576;

/**
 * Narrows an untrusted payload.
 * @throws DataError naming `label` and the first field that does not fit
 */
export function parseReportPayload(text: string, label: string): ReportPayload {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DataError(`${label}: ${REPORT_FILE} is not JSON (${(error as Error).message})`);
  }
  const bad = (field: string, why: string): never => {
    throw new DataError(`${label}: ${REPORT_FILE} field "${field}" ${why}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('(root)', 'is not an object');
  const o = value as Record<string, unknown>;
  if (o.kind !== 'mlgate-report') bad('kind', 'is not "mlgate-report"');
  if (o.schemaVersion !== 1) bad('schemaVersion', `is ${JSON.stringify(o.schemaVersion)}, this post-report reads 1`);
  const string = (field: string, max: number): string => {
    const v = o[field];
    if (typeof v !== 'string' || v.length > max) return bad(field, `is not a string of at most ${max} characters`);
    return v;
  };
  const nullableString = (field: string, max: number): string | null => (o[field] === null || o[field] === undefined ? null : string(field, max));
  const commentId = string('commentId', 200);
  if (!isSafeCommentId(commentId)) bad('commentId', 'may not be empty or contain spaces, "<", ">" or "--"');
  const pullNumber = o.pullNumber;
  if (typeof pullNumber !== 'number' || !Number.isSafeInteger(pullNumber) || pullNumber <= 0) bad('pullNumber', 'is not a pull request number');
  const verdict = o.verdict as Verdict;
  if (!VERDICTS.includes(verdict)) bad('verdict', `is not one of ${VERDICTS.join(', ')}`);
  const commentMode = o.commentMode as (typeof MODES)[number];
  if (!MODES.includes(commentMode)) bad('commentMode', `is not one of ${MODES.join(', ')}`);
  const headSha = nullableString('headSha', 64);
  if (headSha !== null && !/^[0-9a-f]{7,64}$/.test(headSha)) bad('headSha', 'is not a commit id');
  let status: ReportPayload['status'] = null;
  if (o.status !== null && o.status !== undefined) {
    const s = o.status as Record<string, unknown>;
    if (typeof s !== 'object' || Array.isArray(s)) bad('status', 'is not an object');
    if (typeof s.context !== 'string' || !s.context.startsWith('mlgate/') || s.context.length > 255) bad('status.context', 'does not start with "mlgate/"');
    if (!STATES.includes(s.state as StatusState)) bad('status.state', `is not one of ${STATES.join(', ')}`);
    if (typeof s.description !== 'string' || s.description.length > 1000) bad('status.description', 'is not a string');
    status = { context: s.context as string, state: s.state as StatusState, description: s.description as string };
  }
  return {
    schemaVersion: 1,
    kind: 'mlgate-report',
    action: string('action', 100),
    commentId,
    section: nullableString('section', 200),
    pullNumber: pullNumber as number,
    headSha,
    runUrl: nullableString('runUrl', 2000),
    verdict,
    commentMode,
    markdown: string('markdown', MAX_MARKDOWN),
    status,
    row: rowOf(o.row, bad),
  };
}

function rowOf(value: unknown, bad: (field: string, why: string) => never): SectionRow | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return bad('row', 'is not an object');
  const r = value as Record<string, unknown>;
  if (!VERDICTS.includes(r.verdict as Verdict)) bad('row.verdict', `is not one of ${VERDICTS.join(', ')}`);
  const text = (field: 'gate' | 'observed'): string | null => {
    const v = r[field];
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string' || v.length > 500) return bad(`row.${field}`, 'is not a string of at most 500 characters');
    return v;
  };
  return { verdict: r.verdict as Verdict, gate: text('gate'), observed: text('observed') };
}
