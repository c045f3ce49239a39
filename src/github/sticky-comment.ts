/**
 * The sticky PR comment: one comment per comment id, found again by its hidden marker and
 * updated in place, never duplicated. Several jobs may share one id, each owning a section
 * (see comment-body.ts); they may finish at the same moment, so writes are checked and retried.
 *
 * GitHub has no conditional update for comments, so concurrency is handled optimistically:
 * - two jobs that both find no comment both create one; each then looks again, and the one whose
 *   comment is not the oldest deletes its own and merges into the oldest;
 * - after writing its section, a job reads the comment back twice, each after a random pause of
 *   several times its own read-merge-write time, and redoes the merge whenever its section was
 *   overwritten by another job's update (one that read the comment before this job wrote).
 * A stale write that lands after both read-backs can still drop a section; the pauses make that
 * unlikely, not impossible (no conditional update exists for comments). Jobs that need certainty
 * should use one comment id each.
 */
import type { Logger } from '../logger.js';
import { GitHubApiError } from './api-error.js';
import { createGitHubClient } from './client.js';
import type { GitHubClient } from './client.js';
import { commentMarker, composeComment, hasMarker, sectionContent, type SectionRow } from './comment-body.js';
import { readGitHubContext } from './context.js';
import type { GitHubContext, Repository } from './context.js';
import { defaultSleep } from './retry.js';
import type { RetryOptions } from './retry.js';

export type CommentMode = 'update' | 'recreate' | 'off';

export interface StickyCommentOptions {
  /** Token with `pull-requests: write` (or `issues: write`). Never logged. */
  token: string;
  /** The comment's id, written in its `<!-- mlgate:<id> -->` marker. */
  commentId: string;
  /** `update` edits the comment in place; `recreate` deletes it and posts a new one (so it moves
   * to the bottom of the conversation); `off` does nothing. */
  mode: CommentMode;
  /** The report, markdown. Cut under 65,000 characters with a link to `runUrl` when longer. */
  body: string;
  /** This job's section when several jobs share the comment (the job's `name` input). Empty or
   * absent: the report is the whole comment. */
  section?: string;
  /** The run's page, linked when the report had to be cut. */
  runUrl?: string;
  /** With a section: its row in the shared comment's summary table. */
  row?: SectionRow;
  /** Default: {@link readGitHubContext} of the environment. */
  context?: GitHubContext;
  /** The PR to comment on, overriding the context's (post-report mode, where it comes from the
   * report artifact because `workflow_run` payloads omit fork PRs). */
  pullNumber?: number;
  /** How often to redo the merge when concurrent writers interfere. Default 5. */
  maxAttempts?: number;
  /**
   * With a section: the least pause before reading the comment back to check that no concurrent
   * job overwrote it, in ms; the pause is random between 1× and 2× the larger of this and 3× the
   * time our own read-merge-write took. Default 500.
   */
  settleDelayMs?: number;
  /** Retrying of 5xx/429, and the wait functions (tests inject instant ones). */
  retry?: RetryOptions;
}

export type StickyCommentStatus =
  | 'created'
  | 'updated'
  | 'recreated'
  | 'unchanged'
  | 'skipped'
  | 'no-pull-request'
  | 'forbidden';

export interface StickyCommentOutcome {
  status: StickyCommentStatus;
  /** The comment's page, when one was written or found. */
  url?: string;
  /** Why nothing was written (`skipped`, `no-pull-request`, `forbidden`), or a caveat. */
  reason?: string;
}

interface Comment {
  id: number;
  body?: string | null;
  html_url: string;
}

interface Target {
  client: GitHubClient;
  repository: Repository;
  pullNumber: number;
  marker: string;
}

/**
 * Creates or updates this run's sticky comment on the pull request.
 *
 * Never throws for missing permission: 403/404 from GitHub (fork PRs, read-only tokens) give
 * `forbidden` and one notice line saying why and what to do.
 * @throws ConfigurationError for a malformed `commentId`
 * @throws GitHubApiError for other API failures (after retrying 5xx/429); its message never
 *   contains the token
 */
export async function upsertStickyComment(options: StickyCommentOptions, logger: Logger): Promise<StickyCommentOutcome> {
  const marker = commentMarker(options.commentId);
  if (options.mode === 'off') return { status: 'skipped', reason: 'comment mode is off' };
  const context = options.context ?? readGitHubContext(process.env, logger);
  const pullNumber = options.pullNumber ?? context.pullRequest?.number;
  if (pullNumber === undefined || context.repository === undefined) {
    const event = context.eventName || 'no event';
    return { status: 'no-pull-request', reason: `this run (${event}) is not about a pull request` };
  }
  if (options.token === '') return { status: 'skipped', reason: 'no GitHub token was given' };

  const client = createGitHubClient({ token: options.token, apiUrl: context.apiUrl, retry: options.retry }, logger);
  const target: Target = { client, repository: context.repository, pullNumber, marker };
  const section = options.section?.trim() ? options.section.trim() : undefined;
  try {
    return options.mode === 'recreate'
      ? await recreate(target, options, section, logger)
      : await update(target, options, section, logger);
  } catch (error) {
    if (error instanceof GitHubApiError && error.forbidden) {
      const reason = forbiddenReason(error, pullNumber, context);
      logger.notice(reason);
      return { status: 'forbidden', reason };
    }
    throw error;
  }
}

function forbiddenReason(error: GitHubApiError, pullNumber: number, context: GitHubContext): string {
  const answer = `GitHub answered ${error.status} to ${error.request.split(' ')[0]}`;
  const fork = context.pullRequest?.fromFork === true;
  const why = fork
    ? 'the token is read-only on pull requests from forks'
    : error.status === 404
      ? 'the token cannot see this pull request'
      : 'the token may not write comments (the job needs `permissions: pull-requests: write`)';
  return (
    `Cannot comment on pull request #${pullNumber}: ${answer} — ${why}. The report is in the job summary; ` +
    'to get it as a PR comment, post it from a workflow_run workflow (see "Fork pull requests" in the README).'
  );
}

/** Marked comments of the PR, oldest first (GitHub lists by ascending id); all, or the first. */
async function findMarked({ client, repository, pullNumber, marker }: Target, all: boolean): Promise<Comment[]> {
  const found: Comment[] = [];
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    ...repository,
    issue_number: pullNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    if (!Array.isArray(page.data)) throw malformed('GET', `/repos/${repository.owner}/${repository.repo}/issues/${pullNumber}/comments`, 'a body that is not a list of comments');
    for (const comment of page.data) {
      if (!hasMarker(comment?.body, marker)) continue;
      found.push(asComment(comment, 'GET', 'a comment without an id or page'));
      if (!all) return found;
    }
  }
  return found.sort((a, b) => a.id - b.id);
}

function malformed(method: string, path: string, what: string): GitHubApiError {
  return new GitHubApiError(`GitHub API ${method} ${path} failed: answered with ${what}`, 200, `${method} ${path}`, 'malformed');
}

/** A comment as GitHub describes one: a numeric id and its page; anything else is a malformed answer. */
function asComment(value: unknown, method: string, what: string): Comment {
  const comment = value as Partial<Comment> | null;
  if (typeof comment !== 'object' || comment === null || typeof comment.id !== 'number' || typeof comment.html_url !== 'string') {
    throw malformed(method, '/repos/{owner}/{repo}/issues/comments', what);
  }
  return comment as Comment;
}

async function create({ client, repository, pullNumber }: Target, body: string): Promise<Comment> {
  const { data } = await client.rest.issues.createComment({ ...repository, issue_number: pullNumber, body });
  return asComment(data, 'POST', 'something that is not the comment it created');
}

/** A create whose answer could not be read: the comment may exist, so the caller reads back rather than posting again. */
function isUnreadableCreate(error: unknown): boolean {
  return error instanceof GitHubApiError && error.kind === 'malformed';
}

/** Deletes a comment; one already gone (another job deleted it) is fine. */
async function remove({ client, repository }: Target, id: number): Promise<void> {
  try {
    await client.rest.issues.deleteComment({ ...repository, comment_id: id });
  } catch (error) {
    if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
  }
}

function isGone(error: unknown): boolean {
  return error instanceof GitHubApiError && error.status === 404;
}

async function update(
  target: Target,
  options: StickyCommentOptions,
  section: string | undefined,
  logger: Logger,
): Promise<StickyCommentOutcome> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  let lastUrl: string | undefined;
  // Set when a creation's answer was unreadable: the comment found on the next read is ours.
  let unconfirmedCreate = false;
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const readAt = Date.now();
    const [existing] = await findMarked(target, false);
    const body = composeComment({ commentId: options.commentId, body: options.body, section, existing: existing?.body ?? undefined, runUrl: options.runUrl, row: options.row });

    if (!existing) {
      let created: Comment;
      try {
        created = await create(target, body);
      } catch (error) {
        if (!isUnreadableCreate(error) || attempt === maxAttempts) throw error;
        logger.debug(`GitHub's answer to creating comment ${options.commentId} was unreadable; reading the comments again`);
        unconfirmedCreate = true;
        continue;
      }
      // Another job may have created the same comment meanwhile: the oldest one is kept.
      const [oldest] = await findMarked(target, false);
      // Nobody can have read it without this job's section, so no read-back is needed.
      if (!oldest || oldest.id === created.id) {
        logger.info(`Created the PR comment ${created.html_url}`);
        return { status: 'created', url: created.html_url };
      }
      logger.debug(`Comment ${options.commentId} was created concurrently by another job; merging into the older one`);
      await remove(target, created.id);
      continue;
    }

    lastUrl = existing.html_url;
    if (body === existing.body) {
      if (!unconfirmedCreate) return { status: 'unchanged', url: existing.html_url };
      logger.info(`Created the PR comment ${existing.html_url} (found on reading back: GitHub's answer to the creation was unreadable)`);
      return { status: 'created', url: existing.html_url };
    }
    try {
      await target.client.rest.issues.updateComment({ ...target.repository, comment_id: existing.id, body });
    } catch (error) {
      if (isGone(error)) continue; // deleted meanwhile (another job recreated it): look again
      throw error;
    }
    if (section === undefined) {
      logger.info(`Updated the PR comment ${existing.html_url}`);
      return { status: 'updated', url: existing.html_url };
    }
    if (!(await settled(target, existing.id, body, section, Date.now() - readAt, options))) {
      logger.debug(`Section "${section}" was overwritten by a concurrent update (attempt ${attempt} of ${maxAttempts}); merging again`);
      continue;
    }
    logger.info(`Updated section "${section}" of the PR comment ${existing.html_url}`);
    return { status: 'updated', url: existing.html_url };
  }
  const reason = `could not confirm section "${section ?? ''}" after ${maxAttempts} attempts: other jobs kept updating the comment at the same time`;
  logger.warning(`PR comment ${options.commentId}: ${reason}`);
  return { status: 'updated', url: lastUrl, reason };
}

/** How many consecutive read-backs must show this job's section before it counts as written. */
const CONFIRMATIONS = 2;

/**
 * Whether this job's section is still in the comment on {@link CONFIRMATIONS} read-backs, each
 * after a random pause longer than a read-merge-write cycle takes (at least 3× the one just
 * measured, `cycleMs`): by then a job that read the comment before our write has written too.
 * A comment gone meanwhile counts as overwritten.
 */
async function settled(
  target: Target,
  commentId: number,
  written: string,
  section: string,
  cycleMs: number,
  options: StickyCommentOptions,
): Promise<boolean> {
  const sleep = options.retry?.sleep ?? defaultSleep;
  const random = options.retry?.random ?? Math.random;
  const pause = Math.max(options.settleDelayMs ?? 500, 3 * cycleMs);
  const mine = sectionContent(written, section);
  for (let check = 0; check < CONFIRMATIONS; check += 1) {
    await sleep(Math.round(pause * (1 + random())));
    let readBack: string | null | undefined;
    try {
      readBack = (await target.client.rest.issues.getComment({ ...target.repository, comment_id: commentId })).data.body;
    } catch (error) {
      if (isGone(error)) return false;
      throw error;
    }
    if (typeof readBack !== 'string' || sectionContent(readBack, section) !== mine) return false;
  }
  return true;
}

async function recreate(
  target: Target,
  options: StickyCommentOptions,
  section: string | undefined,
  logger: Logger,
): Promise<StickyCommentOutcome> {
  const old = await findMarked(target, true);
  const body = composeComment({ commentId: options.commentId, body: options.body, section, existing: old[0]?.body ?? undefined, runUrl: options.runUrl, row: options.row });
  // Post first, then delete: a failure in between leaves two comments, never none.
  const created = await create(target, body);
  // Every marked comment older than ours goes: the old ones, a twin left by a retried creation
  // whose answer was lost, and the comment of a job that recreated it at the same moment (the
  // newest one stays, so concurrent recreations never delete each other's into nothing).
  const older = (await findMarked(target, true)).filter((comment) => comment.id < created.id);
  for (const comment of new Map([...old, ...older].map((c) => [c.id, c])).values()) if (comment.id < created.id) await remove(target, comment.id);
  logger.info(`${old.length > 0 ? 'Recreated' : 'Created'} the PR comment ${created.html_url}`);
  return { status: old.length > 0 ? 'recreated' : 'created', url: created.html_url };
}
