/**
 * Runs an action definition on a GitHub runner: INPUT_* → the shared flow → result file, outputs,
 * job summary, annotations, sticky PR comment, and the step's outcome. Reporting problems (no
 * permission to comment, API faults) never change the gate's verdict or lose the job summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { describeError, exitCodeOf } from '../errors.js';
import { exitCodeOfVerdict, type ResultBase } from '../result.js';
import type { AnyActionDefinition } from '../run/action-definition.js';
import { failedGates, inputsFor, runDefinition } from '../run/run-definition.js';
import { annotateGates } from './annotations.js';
import { readGitHubContext } from './context.js';
import { coreLogger } from './core-logger.js';
import { appendJobSummary } from './job-summary.js';
import { setOutputs } from './outputs.js';
import { upsertStickyComment } from './sticky-comment.js';

/**
 * Runs the action and sets the process exit code as the CLI's (0 pass, 1 a gate failed, 2 wrong
 * input, 3 our bug): the runner fails the step on any non-zero code; the code tells which.
 */
export async function runAction(definition: AnyActionDefinition): Promise<number> {
  const logger = coreLogger();
  setOutputs({ verdict: 'error', passed: 'false', 'result-path': '', 'failed-gates': '', ...definition.outputDefaults });
  try {
    const direct = readActionInputs(definition);
    const token = typeof direct['github-token'] === 'string' ? direct['github-token'] : undefined;
    if (token) core.setSecret(token);
    const { result, markdown, common } = await runDefinition(definition, direct, 'action', { logger, workingDirectory: process.cwd() });

    const resultPath = common.jsonPath ?? join(process.env.RUNNER_TEMP || tmpdir(), `mlgate-${common.commentId}.json`);
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

    const context = readGitHubContext(process.env, logger);
    if (common.commentMode !== 'off' && context.pullRequest && context.repository && common.githubToken) {
      await upsertStickyComment(
        { token: common.githubToken, commentId: common.commentId, mode: common.commentMode, body: markdown, section: common.name, runUrl: context.runUrl, context },
        logger,
      ).catch((error: unknown) => logger.warning(`Could not write the PR comment: ${describeError(error)}`));
    }
    failIfGatesFailed(definition.name, result);
    process.exitCode = exitCodeOfVerdict(result.verdict);
  } catch (error) {
    const code = exitCodeOf(error);
    const message = describeError(error);
    core.setFailed(code === 2 ? `${definition.name}: ${message}` : message);
    await appendJobSummary(`🛑 **${definition.name}: ERROR** — ${escapeLine(message)}`, logger).catch(() => undefined);
    process.exitCode = code;
  }
  return Number(process.exitCode ?? 0);
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
