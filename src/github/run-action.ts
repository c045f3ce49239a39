/**
 * Runs an action declaration on a GitHub runner: INPUT_* → the pipeline (src/pipeline/) → result
 * file, outputs, annotations, job summary, sticky PR comment, commit status, report artifact,
 * promotion, and the step's outcome — every one of them read from the one result object, so they
 * cannot disagree. A run that ends in an error still updates its comment and status with the
 * error line, so neither is left showing an earlier run's verdict. Reporting problems (no
 * permission to comment, API faults) never change the gate's exit code or lose the job summary.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { readHistory, resultArtifactFiles, resultArtifactName } from '../artifacts/history.js';
import { promote, readPromotion, type PromotionSettings } from '../artifacts/promotion.js';
import type { ReportPayload } from '../artifacts/report-payload.js';
import { shouldUploadReport, uploadReport, type ReportArtifactMode } from '../artifacts/report-upload.js';
import { statusContext, statusDescription, statusState } from '../artifacts/verdict-status.js';
import { checkCommentId, defaultCommentId } from '../config/comment-id.js';
import type { InputReader, RawValues } from '../config/input-reader.js';
import { exitCodeOfVerdict, failingGates } from '../gates/verdict.js';
import type { Logger } from '../logger.js';
import type { CommonConfig } from '../pipeline/common-config.js';
import type { AnyActionDeclaration } from '../pipeline/declaration.js';
import { inputsFor, promotableInput } from '../pipeline/inputs-for.js';
import { runPipeline, type Completed } from '../pipeline/run-pipeline.js';
import { reportPage } from '../report/action-report.js';
import type { ResultBase, Verdict } from '../result.js';
import { annotateGates } from './annotations.js';
import { logReportingFailure } from './api-error.js';
import { githubArtifactSource } from './artifact-download.js';
import { actionsArtifactUploader } from './artifact-upload.js';
import { cachePromotion, githubReferenceResolver } from './artifact-resolver.js';
import { postCommitStatus, type CommitStatusOutcome } from './commit-status.js';
import { readGitHubContext, type GitHubContext } from './context.js';
import { appendJobSummary } from './job-summary.js';
import { setOutputs } from './outputs.js';
import { runFooter, type FooterLinks } from './run-footer.js';
import { errorMarkdown, runStep } from './step.js';
import { upsertStickyComment, type StickyCommentOutcome } from './sticky-comment.js';
import type { SectionRow } from './comment-body.js';
import { formatNumber } from '../report/format.js';

/** Where a run's report goes besides the summary: the settings read before anything else can fail. */
interface Delivery {
  readonly commentId: string;
  readonly section: string | undefined;
  readonly commentMode: 'update' | 'recreate' | 'off';
  readonly token: string;
  readonly status: boolean;
  readonly reportArtifact: ReportArtifactMode;
  /** The `html-report` input: upload the HTML report and link it. */
  readonly htmlReport: boolean;
}

/** What is delivered: the verdict, the report and the status line — from a result, or from an error. */
interface Report {
  readonly verdict: Verdict;
  readonly markdown: string;
  readonly description: string;
  /** The run's row in a shared comment's summary table. */
  readonly row: SectionRow;
}

/**
 * Runs the action and sets the process exit code as the CLI's (0 pass, 1 a gate failed, 2 wrong
 * input, 3 our bug): the runner fails the step on any non-zero code; the code tells which.
 */
export async function runAction(declaration: AnyActionDeclaration): Promise<number> {
  const tempRoot = process.env.RUNNER_TEMP || tmpdir();
  let github: GitHubContext | undefined;
  let delivery: Delivery | undefined;
  let promotion: PromotionSettings | undefined;
  return runStep({
    name: declaration.name,
    outputDefaults: { verdict: 'error', passed: 'false', 'result-path': '', 'failed-gates': '', ...declaration.outputDefaults },
    async run(logger) {
      const direct = readActionInputs(declaration);
      if (typeof direct['github-token'] === 'string') core.setSecret(direct['github-token']);
      github = readGitHubContext(process.env, logger);
      delivery = provisionalDelivery(declaration.name, direct);
      const context = github;
      const completed = await runPipeline(
        declaration,
        direct,
        'action',
        { logger, workingDirectory: process.cwd() },
        {
          onCommon: (common, raw) => {
            delivery = readDelivery(common, raw);
            const promotable = promotableInput(declaration);
            // Read with the common inputs, so a bad promote-artifact is refused before any work.
            if (promotable) promotion = readPromotion(promotable, raw, { eventName: context.eventName, ref: process.env.GITHUB_REF, defaultBranch: context.defaultBranch });
          },
          artifactResolver: (settings) => githubReferenceResolver(settings, context, tempRoot, logger),
          history: (runs, common) => readHistory({
            source: githubArtifactSource({ token: common.githubToken ?? '', context }, logger),
            action: declaration.name,
            commentId: common.commentId,
            runs,
            workflow: typeof direct.workflow === 'string' && direct.workflow.trim() !== '' ? direct.workflow.trim() : undefined,
            currentRunId: context.runId,
            tempRoot,
            logger,
          }),
        },
      );
      return publish(declaration, completed, delivery, promotion, context, tempRoot, logger);
    },
    async reportFailure(failure, logger) {
      if (!delivery || !github) return;
      const markdown = `${errorMarkdown(declaration.name, failure)}\n\n${runFooter(github, new Date())}`;
      await deliver(declaration.name, delivery, { verdict: 'error', markdown, description: `ERROR: ${failure.message}`, row: { verdict: 'error', gate: null, observed: null } }, github, tempRoot, logger);
    },
  });
}

/** Everything a finished run sets, from its result; returns the exit code. */
async function publish(
  declaration: AnyActionDeclaration,
  completed: Completed,
  delivery: Delivery,
  promotion: PromotionSettings | undefined,
  github: GitHubContext,
  tempRoot: string,
  logger: Logger,
): Promise<number> {
  const { result, common, reader } = completed;
  const resultPath = common.jsonPath ?? join(tempRoot, `mlgate-${common.commentId}.json`);
  mkdirSync(dirname(resultPath), { recursive: true });
  writeFileSync(resultPath, `${JSON.stringify(result, null, 2)}\n`);
  const code = exitCodeOfVerdict(result.verdict);
  setOutputs({
    verdict: result.verdict,
    passed: String(code === 0),
    'result-path': resultPath,
    'failed-gates': failingGates(result.gates).map((g) => g.id).join('\n'),
    ...declaration.outputValues(result),
  });
  annotateGates(result.gates, common.name ? `${declaration.name} (${common.name})` : declaration.name);
  const links: FooterLinks = delivery.htmlReport ? await uploadHtmlReport(completed, delivery, github, tempRoot, logger) : {};
  const markdown = `${completed.markdown}\n\n${runFooter(github, new Date(), links)}`;
  await appendJobSummary(markdown, logger, `the result file ${resultPath}${links.htmlReport ? ' and the HTML report' : ''}`);
  const first = result.gates[0];
  const row = { verdict: result.verdict, gate: first?.id ?? null, observed: first ? formatNumber(first.observed) : null };
  await deliver(declaration.name, delivery, { verdict: result.verdict, markdown, description: statusDescription(result), row }, github, tempRoot, logger);
  if (promotion) await promoteFile(promotion, reader.required(promotion.input), result, github, tempRoot, logger);
  if (keepsResult(reader.enum<'auto' | 'true' | 'false'>('result-artifact') ?? 'auto', github)) {
    const { directory, files } = await resultArtifactFiles(result, tempRoot);
    await actionsArtifactUploader(logger)
      .upload(resultArtifactName(common.commentId), files, directory)
      .then(() => logger.info(`Uploaded the result as ${resultArtifactName(common.commentId)} (read by later runs' history)`))
      .catch((error: unknown) => logReportingFailure(`upload the result artifact ${resultArtifactName(common.commentId)}`, error, logger));
  }
  if (code !== 0) core.setFailed(failureLine(declaration.name, result));
  return code;
}

/** The delivery settings from the direct inputs alone, valid or not: enough to report an error that came before the inputs were read. */
function provisionalDelivery(action: string, direct: RawValues): Delivery {
  const text = (name: string) => (typeof direct[name] === 'string' ? (direct[name] as string).trim() : undefined);
  const section = text('name') || undefined;
  let commentId = defaultCommentId(action, section);
  try {
    commentId = text('comment-id') ? checkCommentId(text('comment-id')!) : commentId;
  } catch {
    // an invalid comment-id is the error being reported: the default id gets the report
  }
  const mode = text('comment');
  const artifact = text('report-artifact');
  return {
    commentId,
    section,
    commentMode: mode === 'recreate' || mode === 'off' ? mode : 'update',
    token: text('github-token') ?? '',
    status: text('status') === 'true',
    reportArtifact: artifact === 'true' || artifact === 'false' ? artifact : 'auto',
    htmlReport: text('html-report') !== 'false',
  };
}

function readDelivery(common: CommonConfig, reader: InputReader): Delivery {
  return {
    commentId: common.commentId,
    section: common.name,
    commentMode: common.commentMode,
    token: common.githubToken ?? '',
    status: reader.boolean('status') ?? false,
    reportArtifact: reader.enum<ReportArtifactMode>('report-artifact') ?? 'auto',
    htmlReport: reader.boolean('html-report') ?? true,
  };
}

/** The sticky comment, the commit status, and the report artifact when those could not be written. */
async function deliver(action: string, delivery: Delivery, report: Report, github: GitHubContext, tempRoot: string, logger: Logger): Promise<void> {
  const { token } = delivery;
  let comment: StickyCommentOutcome | undefined;
  if (delivery.commentMode !== 'off' && github.pullRequest && github.repository && token) {
    comment = await upsertStickyComment(
      { token, commentId: delivery.commentId, mode: delivery.commentMode, body: report.markdown, section: delivery.section, runUrl: github.runUrl, context: github, row: report.row },
      logger,
    ).catch((error: unknown) => {
      logReportingFailure('write the PR comment', error, logger);
      return undefined;
    });
  }
  const wanted = delivery.status ? { context: statusContext(delivery.commentId, delivery.section, action), state: statusState(report.verdict), description: report.description } : null;
  let status: CommitStatusOutcome | undefined;
  if (wanted) {
    status = await postCommitStatus({ token, ...wanted, targetUrl: github.runUrl, github }, logger).catch((error: unknown) => {
      logReportingFailure(`set the commit status ${wanted.context}`, error, logger);
      return undefined;
    });
    if (status?.status === 'skipped') logger.notice(`Commit status ${wanted.context} not set: ${status.reason}`);
  }
  if (!shouldUploadReport(delivery.reportArtifact, { comment: comment?.status, status: status?.status })) return;
  if (!github.pullRequest) {
    logger.info('No report artifact: this run is not about a pull request');
    return;
  }
  const payload: ReportPayload = {
    schemaVersion: 1,
    kind: 'mlgate-report',
    action,
    commentId: delivery.commentId,
    section: delivery.section?.trim() ? delivery.section.trim() : null,
    pullNumber: github.pullRequest.number,
    headSha: github.pullRequest.headSha ?? github.commitSha ?? null,
    runUrl: github.runUrl ?? null,
    verdict: report.verdict,
    commentMode: delivery.commentMode,
    markdown: report.markdown,
    status: wanted,
    row: report.row,
  };
  await uploadReport(payload, actionsArtifactUploader(logger), tempRoot, logger).catch((error: unknown) => logReportingFailure('upload the report artifact', error, logger));
}

/** Artifact names may not contain these (as @actions/artifact's validation). */
const INVALID_NAME_CHARACTERS = /["<>|*?:\\/\r\n\s]/g;

/**
 * Writes the run's self-contained HTML report and uploads it as the artifact
 * `mlgate-html-<comment-id>[--<name>]` through the upload path of the report artifact, returning
 * its link for the comment and the job summary. Never fails the run: outside a GitHub Actions
 * job, or when the upload fails, the report says so in the log and the comment has no link.
 */
async function uploadHtmlReport(completed: Completed, delivery: Delivery, github: GitHubContext, tempRoot: string, logger: Logger): Promise<FooterLinks> {
  try {
    const slug = (text: string) => text.replace(INVALID_NAME_CHARACTERS, '_');
    const id = slug(delivery.commentId);
    const section = delivery.section?.trim() ? slug(delivery.section.trim()) : '';
    const name = `mlgate-html-${id}${section && !id.endsWith(section) ? `--${section}` : ''}`;
    mkdirSync(tempRoot, { recursive: true });
    const dir = mkdtempSync(join(tempRoot, 'mlgate-html-'));
    const file = join(dir, `${name}.html`);
    writeFileSync(file, reportPage(completed.report));
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
      logger.info(`HTML report written to ${file}; not uploaded: not inside a GitHub Actions job`);
      return {};
    }
    const uploaded = await actionsArtifactUploader(logger).upload(name, [file], dir);
    const url = github.repository && github.runId !== undefined ? `${github.serverUrl}/${github.repository.owner}/${github.repository.repo}/actions/runs/${github.runId}/artifacts/${uploaded.id}` : undefined;
    return url ? { htmlReport: url } : {};
  } catch (error) {
    logReportingFailure('upload the HTML report', error, logger);
    return {};
  }
}

async function promoteFile(settings: PromotionSettings, file: string, result: ResultBase, github: GitHubContext, tempRoot: string, logger: Logger): Promise<void> {
  const targets = { artifact: actionsArtifactUploader(logger), cache: cachePromotion(github, logger) };
  await promote(settings, file, result, targets, tempRoot, logger).catch((error: unknown) =>
    logReportingFailure(`promote ${settings.input} as ${settings.artifact}`, error, logger),
  );
}

/** result-artifact: `auto` keeps the result of a push to the default branch, the history later runs read. */
function keepsResult(mode: 'auto' | 'true' | 'false', github: GitHubContext): boolean {
  if (mode !== 'auto') return mode === 'true';
  const branch = process.env.GITHUB_REF?.replace(/^refs\/heads\//, '');
  return github.eventName === 'push' && branch !== undefined && branch === (github.defaultBranch ?? 'main');
}

/** Inputs the runner passed as INPUT_* (empty ones are absent, so the config file and defaults apply). */
function readActionInputs(declaration: AnyActionDeclaration): Record<string, string> {
  const values: Record<string, string> = {};
  for (const spec of inputsFor(declaration, 'action')) {
    const value = core.getInput(spec.name);
    if (value !== '') values[spec.name] = value;
  }
  return values;
}

/** "evaluate-model: failed: accuracy >= 0.9 (0.87 is not >= 0.9)" — the gates that decided it. */
function failureLine(name: string, result: ResultBase): string {
  const list = failingGates(result.gates)
    .map((g) => `${g.id} (${g.message})`)
    .join('; ');
  return `${name}: ${result.verdict === 'error' ? 'could not be decided' : 'failed'}${list ? `: ${list}` : ''}`;
}
