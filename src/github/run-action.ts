/**
 * Runs an action definition on a GitHub runner: INPUT_* → the shared flow → result file, outputs,
 * job summary, annotations, sticky PR comment, commit status, report artifact, promotion, and the
 * step's outcome. Reporting problems (no permission to comment, API faults) never change the
 * gate's verdict or lose the job summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { defaultBranchInPayload } from './artifact-download.js';
import { cachePromotion, githubReferenceResolver } from './artifact-resolver.js';
import { promote, readPromotion, type PromotionSettings } from '../artifacts/promotion.js';
import type { ReportPayload } from '../artifacts/report-payload.js';
import { shouldUploadReport, uploadReport, type ReportArtifactMode } from '../artifacts/report-upload.js';
import { actionsArtifactUploader } from './artifact-upload.js';
import { statusContext, statusDescription, statusState } from '../artifacts/verdict-status.js';
import type { InputReader } from '../config/input-reader.js';
import { describeError, exitCodeOf } from '../errors.js';
import type { Logger } from '../logger.js';
import { exitCodeOfVerdict, type ResultBase } from '../result.js';
import type { AnyActionDefinition } from '../run/action-definition.js';
import type { CommonConfig } from '../run/common-config.js';
import { failedGates, inputsFor, promotableInput, runDefinition } from '../run/run-definition.js';
import { annotateGates } from './annotations.js';
import { postCommitStatus, type CommitStatusOutcome } from './commit-status.js';
import { readGitHubContext, type GitHubContext } from './context.js';
import { coreLogger } from './core-logger.js';
import { appendJobSummary } from './job-summary.js';
import { setOutputs } from './outputs.js';
import { upsertStickyComment, type StickyCommentOutcome } from './sticky-comment.js';

/** The action-only settings read with the common inputs, before anything else can fail. */
interface Delivery {
  readonly common: CommonConfig;
  readonly status: boolean;
  readonly reportArtifact: ReportArtifactMode;
  readonly promotion: PromotionSettings | undefined;
}

/**
 * Runs the action and sets the process exit code as the CLI's (0 pass, 1 a gate failed, 2 wrong
 * input, 3 our bug): the runner fails the step on any non-zero code; the code tells which.
 */
export async function runAction(definition: AnyActionDefinition): Promise<number> {
  const logger = coreLogger();
  const tempRoot = process.env.RUNNER_TEMP || tmpdir();
  setOutputs({ verdict: 'error', passed: 'false', 'result-path': '', 'failed-gates': '', ...definition.outputDefaults });
  let delivery: Delivery | undefined;
  try {
    const direct = readActionInputs(definition);
    const token = typeof direct['github-token'] === 'string' ? direct['github-token'] : undefined;
    if (token) core.setSecret(token);
    const github = readGitHubContext(process.env, logger);
    const { result, markdown, common, reader } = await runDefinition(
      definition,
      direct,
      'action',
      { logger, workingDirectory: process.cwd() },
      {
        onCommon: (commonConfig, raw) => {
          delivery = readDelivery(definition, commonConfig, raw, github);
        },
        artifactResolver: (settings) => githubReferenceResolver(settings, github, tempRoot, logger),
      },
    );

    const resultPath = common.jsonPath ?? join(tempRoot, `mlgate-${common.commentId}.json`);
    mkdirSync(dirname(resultPath), { recursive: true });
    writeFileSync(resultPath, `${JSON.stringify(result, null, 2)}\n`);
    setOutputs({
      verdict: result.verdict,
      passed: String(exitCodeOfVerdict(result.verdict) === 0),
      'result-path': resultPath,
      'failed-gates': failedGates(result),
      ...definition.outputValues?.(result),
    });
    annotateGates(result.gates, common.name ? `${definition.name} (${common.name})` : definition.name);
    await appendJobSummary(markdown, logger, `the result file ${resultPath}`);

    await deliver(definition, delivery!, result, markdown, github, logger, tempRoot);
    const promotable = promotableInput(definition);
    if (promotable && delivery?.promotion) {
      const targets = { artifact: actionsArtifactUploader(logger), cache: cachePromotion(logger) };
      await promote(delivery.promotion, reader.required(promotable.name), result, targets, tempRoot, logger).catch(
        (error: unknown) => logger.warning(`Could not promote ${promotable.name} as ${delivery!.promotion!.artifact}: ${describeError(error)}`),
      );
    }
    failIfGatesFailed(definition.name, result);
    process.exitCode = exitCodeOfVerdict(result.verdict);
  } catch (error) {
    const code = exitCodeOf(error);
    const message = describeError(error);
    core.setFailed(code === 2 ? `${definition.name}: ${message}` : message);
    await appendJobSummary(`🛑 **${definition.name}: ERROR** — ${escapeLine(message)}`, logger).catch(() => undefined);
    if (delivery?.status) await postErrorStatus(definition.name, delivery, message, logger);
    process.exitCode = code;
  }
  return Number(process.exitCode ?? 0);
}

function readDelivery(definition: AnyActionDefinition, common: CommonConfig, reader: InputReader, github: GitHubContext): Delivery {
  const promotable = promotableInput(definition);
  return {
    common,
    status: reader.boolean('status') ?? false,
    reportArtifact: reader.enum<ReportArtifactMode>('report-artifact') ?? 'auto',
    promotion: promotable
      ? readPromotion(promotable, reader, { eventName: github.eventName, ref: process.env.GITHUB_REF, defaultBranch: defaultBranchInPayload(process.env.GITHUB_EVENT_PATH) })
      : undefined,
  };
}

/** The sticky comment, the commit status, and the report artifact when those could not be written. */
async function deliver(
  definition: AnyActionDefinition,
  delivery: Delivery,
  result: ResultBase,
  markdown: string,
  github: GitHubContext,
  logger: Logger,
  tempRoot: string,
): Promise<void> {
  const { common } = delivery;
  const token = common.githubToken ?? '';
  let comment: StickyCommentOutcome | undefined;
  if (common.commentMode !== 'off' && github.pullRequest && github.repository && token) {
    comment = await upsertStickyComment(
      { token, commentId: common.commentId, mode: common.commentMode, body: markdown, section: common.name, runUrl: github.runUrl, context: github },
      logger,
    ).catch((error: unknown) => {
      logger.warning(`Could not write the PR comment: ${describeError(error)}`);
      return undefined;
    });
  }
  const wanted = delivery.status
    ? { context: statusContext(common.commentId, common.name, definition.name), state: statusState(result.verdict), description: statusDescription(result) }
    : null;
  let status: CommitStatusOutcome | undefined;
  if (wanted) {
    status = await postCommitStatus({ token, ...wanted, targetUrl: github.runUrl, github }, logger).catch((error: unknown) => {
      logger.warning(`Could not set the commit status ${wanted.context}: ${describeError(error)}`);
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
    action: definition.name,
    commentId: common.commentId,
    section: common.name?.trim() ? common.name.trim() : null,
    pullNumber: github.pullRequest.number,
    headSha: github.pullRequest.headSha ?? github.commitSha ?? null,
    runUrl: github.runUrl ?? null,
    verdict: result.verdict,
    commentMode: common.commentMode,
    markdown,
    status: wanted,
  };
  await uploadReport(payload, actionsArtifactUploader(logger), tempRoot, logger).catch((error: unknown) =>
    logger.warning(`Could not upload the report artifact: ${describeError(error)}`),
  );
}

/** A run that ended in an error still sets its status, so a required check does not wait forever. */
async function postErrorStatus(action: string, delivery: Delivery, message: string, logger: Logger): Promise<void> {
  const { common } = delivery;
  const context = statusContext(common.commentId, common.name, action);
  await postCommitStatus({ token: common.githubToken ?? '', context, state: 'error', description: `ERROR: ${message}` }, logger).catch((error: unknown) =>
    logger.warning(`Could not set the commit status ${context}: ${describeError(error)}`),
  );
}

/** Inputs the runner passed as INPUT_* (empty ones are absent, so the config file and defaults apply). */
function readActionInputs(definition: AnyActionDefinition): Record<string, string> {
  const values: Record<string, string> = {};
  for (const spec of inputsFor(definition, 'action')) {
    const value = core.getInput(spec.name);
    if (value !== '') values[spec.name] = value;
  }
  return values;
}

function failIfGatesFailed(name: string, result: ResultBase): void {
  if (exitCodeOfVerdict(result.verdict) === 0) return;
  const failed = result.gates.filter((g) => g.status === 'fail' || g.status === 'error' || g.status === 'inconclusive');
  const list = failed.map((g) => `${g.id} (${g.message})`).join('; ');
  core.setFailed(`${name}: ${result.verdict === 'error' ? 'could not be decided' : 'failed'}${list ? `: ${list}` : ''}`);
}

function escapeLine(text: string): string {
  return text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!).replace(/\n/g, ' ');
}
