/**
 * post-report: the second half of fork-safe reporting. A pull request from a fork runs with a
 * read-only token, so mlgate uploads its report as an `mlgate-report-*` artifact instead
 * (report-payload.ts); this action runs in a `workflow_run` workflow — base-repository code with
 * a write token — downloads those artifacts and posts each report as the sticky comment (and the
 * commit status the job asked for).
 *
 * The artifacts come from code the fork controls, so nothing in them is trusted beyond what it
 * can only affect harmlessly: the payload is narrowed field by field; the PR it names must have
 * the run's head commit as its head (or the report is stale or forged, and is not posted); the
 * status goes on the run's head commit under `mlgate/<comment-id>`, never on a commit the payload
 * names; comment markers are the validated comment id's.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubArtifactSource } from '../../github/artifact-download.js';
import { parseReportPayload, REPORT_ARTIFACT_PREFIX, REPORT_FILE, type ReportPayload } from '../../artifacts/report-payload.js';
import { extractZip } from '../../artifacts/safe-unzip.js';
import { statusContext, statusState } from '../../artifacts/verdict-status.js';
import { ConfigurationError, DataError } from '../../errors.js';
import { GitHubApiError } from '../../github/api-error.js';
import { createGitHubClient } from '../../github/client.js';
import { postCommitStatus } from '../../github/commit-status.js';
import { readGitHubContext, type GitHubContext } from '../../github/context.js';
import type { RetryOptions } from '../../github/retry.js';
import type { ServiceDeclaration } from '../../github/run-service.js';
import { upsertStickyComment } from '../../github/sticky-comment.js';
import type { Logger } from '../../logger.js';
import { inertReferences } from '../../report/markdown.js';
import { POST_REPORT } from './inputs.js';
import { renderPostReport } from './render.js';

export interface PostReportOptions {
  readonly token: string;
  /** The run to post for; default the `workflow_run` event's. */
  readonly runId?: number;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly tempRoot?: string;
  readonly retry?: RetryOptions;
}

export type ReportOutcome =
  | { readonly artifact: string; readonly status: 'posted'; readonly pullNumber: number; readonly comment: string; readonly commitStatus?: string }
  | { readonly artifact: string; readonly status: 'stale' | 'skipped'; readonly reason: string; readonly pullNumber?: number }
  | { readonly artifact: string; readonly status: 'refused' | 'forbidden'; readonly reason: string; readonly pullNumber?: number };

export interface PostReportOutcome {
  readonly runId: number;
  readonly reports: readonly ReportOutcome[];
}

interface TriggeringRun {
  readonly id: number;
  readonly headSha: string;
  readonly htmlUrl: string | undefined;
}

/**
 * Posts every report artifact of the run.
 * @throws ConfigurationError when there is no run to post for or the token may not read it
 */
export async function postReports(options: PostReportOptions, logger: Logger): Promise<PostReportOutcome> {
  const env = options.env ?? process.env;
  const github = readGitHubContext(env, logger);
  if (github.repository === undefined) throw new ConfigurationError('post-report needs the repository (GITHUB_REPOSITORY is not set)');
  if (!options.token) throw new ConfigurationError('input "github-token" is empty');
  const source = githubArtifactSource({ token: options.token, context: github, env, retry: options.retry }, logger);
  const run = await triggeringRun(options.runId, github, source);

  const artifacts = (await source.runArtifacts(run.id)).filter((a) => a.name.startsWith(REPORT_ARTIFACT_PREFIX) && !a.expired);
  if (artifacts.length === 0) {
    logger.info(`Run ${run.id} left no report artifact (${REPORT_ARTIFACT_PREFIX}*): nothing to post`);
    return { runId: run.id, reports: [] };
  }
  const tempRoot = options.tempRoot ?? env.RUNNER_TEMP ?? tmpdir();
  await mkdir(tempRoot, { recursive: true });
  const root = await mkdtemp(join(tempRoot, 'mlgate-post-report-'));
  const client = createGitHubClient({ token: options.token, apiUrl: github.apiUrl, retry: options.retry }, logger);
  const reports: ReportOutcome[] = [];
  for (const artifact of artifacts.sort((a, b) => a.name.localeCompare(b.name))) {
    const label = `artifact ${artifact.name} (id ${artifact.id}, run ${run.id})`;
    let payload: ReportPayload;
    try {
      const zipDirectory = join(root, `download-${artifact.id}`);
      await mkdir(zipDirectory);
      const zip = await source.download(artifact, run.id, zipDirectory);
      const directory = join(root, `artifact-${artifact.id}`);
      const files = await extractZip(zip, directory, label);
      if (!files.includes(REPORT_FILE)) throw new DataError(`${label}: has no ${REPORT_FILE} (it holds: ${files.join(', ') || 'nothing'})`);
      payload = parseReportPayload(await readFile(join(directory, REPORT_FILE), 'utf8'), label);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      logger.warning(`Not posting ${artifact.name}: ${error.message}`);
      reports.push({ artifact: artifact.name, status: 'refused', reason: error.message });
      continue;
    }
    reports.push(await postOne(payload, artifact.name, run, github, client, options, logger));
  }
  return { runId: run.id, reports };
}

async function postOne(
  payload: ReportPayload,
  artifact: string,
  run: TriggeringRun,
  github: GitHubContext,
  client: ReturnType<typeof createGitHubClient>,
  options: PostReportOptions,
  logger: Logger,
): Promise<ReportOutcome> {
  const { pullNumber } = payload;
  let head: string;
  try {
    const { data } = await client.rest.pulls.get({ ...github.repository!, pull_number: pullNumber });
    head = data.head.sha;
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404) {
      const reason = `${artifact} names pull request #${pullNumber}, which ${github.repository!.owner}/${github.repository!.repo} does not have`;
      logger.warning(`Not posting: ${reason}`);
      return { artifact, status: 'refused', reason, pullNumber };
    }
    throw error;
  }
  if (head !== run.headSha) {
    // A newer push moved the PR on (its own run will report), or the payload names another PR.
    const reason = `pull request #${pullNumber} is at ${head.slice(0, 7)}, not at the commit run ${run.id} built (${run.headSha.slice(0, 7)}): the report is stale or names another pull request`;
    logger.notice(`Not posting ${artifact}: ${reason}`);
    return { artifact, status: 'stale', reason, pullNumber };
  }

  const comment = payload.commentMode === 'off'
    ? { status: 'skipped' as const, reason: 'the job had comment: off' }
    : await upsertStickyComment(
        {
          token: options.token,
          commentId: payload.commentId,
          mode: payload.commentMode,
          body: inertReferences(payload.markdown),
          section: payload.section ?? undefined,
          runUrl: run.htmlUrl,
          context: github,
          pullNumber,
          retry: options.retry,
          ...(payload.row ? { row: payload.row } : {}),
        },
        logger,
      );
  if (comment.status === 'forbidden') return { artifact, status: 'forbidden', reason: comment.reason ?? 'forbidden', pullNumber };

  let commitStatus: string | undefined;
  if (payload.status) {
    const context = statusContext(payload.commentId, payload.section, payload.action);
    const outcome = await postCommitStatus(
      { token: options.token, context, state: statusState(payload.verdict), description: payload.status.description, targetUrl: run.htmlUrl, sha: run.headSha, github, retry: options.retry },
      logger,
    );
    if (outcome.status === 'forbidden') return { artifact, status: 'forbidden', reason: outcome.reason ?? 'forbidden', pullNumber };
    commitStatus = `${context} = ${statusState(payload.verdict)}`;
  }
  logger.info(`Posted ${artifact} to pull request #${pullNumber} (comment ${comment.status}${commitStatus ? `, status ${commitStatus}` : ''})`);
  return { artifact, status: 'posted', pullNumber, comment: comment.status, ...(commitStatus ? { commitStatus } : {}) };
}


/** The run to post for: `run-id`, else the `workflow_run` event's run. */
async function triggeringRun(runId: number | undefined, github: GitHubContext, source: ReturnType<typeof githubArtifactSource>): Promise<TriggeringRun> {
  if (runId === undefined) {
    if (github.workflowRun) return github.workflowRun;
    throw new ConfigurationError('post-report runs in a workflow_run workflow (on: workflow_run) or needs the run-id input');
  }
  const run = await source.run(runId);
  if (!run) throw new ConfigurationError(`input "run-id": ${source.repository} has no workflow run ${runId}`);
  return { id: run.id, headSha: run.headSha, htmlUrl: run.htmlUrl };
}

export interface PostReportConfig {
  readonly token: string;
  readonly runId: number | undefined;
}

/** post-report on the runner: inputs → postReports → outputs, job summary, exit code (2 when a report was refused or could not be posted for lack of permission). */
export const postReport: ServiceDeclaration<PostReportConfig> = {
  ...POST_REPORT,
  outputDefaults: { posted: '0', 'pull-request': '' },
  configure: (reader) => ({ token: reader.optional('github-token') ?? '', runId: reader.integer('run-id') }),
  async execute(config, logger) {
    const outcome = await postReports({ token: config.token, runId: config.runId }, logger);
    const posted = outcome.reports.filter((r) => r.status === 'posted');
    const problems = outcome.reports.filter((r) => r.status === 'refused' || r.status === 'forbidden');
    return {
      outputs: { posted: String(posted.length), 'pull-request': String(outcome.reports.find((r) => r.pullNumber !== undefined)?.pullNumber ?? '') },
      summary: renderPostReport(outcome),
      exitCode: problems.length > 0 ? 2 : 0,
      failure: problems.length > 0 ? problems.map((p) => ('reason' in p ? p.reason : p.artifact)).join('; ') : undefined,
    };
  },
};
