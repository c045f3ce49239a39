/**
 * The frame of every mlgate step on a runner (the four gated actions and post-report): outputs set
 * to safe defaults before anything can fail, one logger, and the outcome — the exit code the body
 * returns, or for a thrown error its code (2 a user mistake, 3 our bug) with one line through
 * `core.setFailed` and in the job summary, never a stack trace for a user mistake.
 */
import * as core from '@actions/core';
import { describeError, exitCodeOf } from '../errors.js';
import type { Logger } from '../logger.js';
import { escapeText } from '../report/markdown.js';
import { coreLogger } from './core-logger.js';
import { appendJobSummary } from './job-summary.js';
import { setOutputs } from './outputs.js';

export interface StepFailure {
  readonly code: 2 | 3;
  /** One line: what went wrong and where. */
  readonly message: string;
}

export interface Step {
  /** The action's name, prefixed to messages. */
  readonly name: string;
  readonly outputDefaults: Readonly<Record<string, string>>;
  /** The work; returns the exit code (0 pass, 1 a gate failed, 2 an input could not be used). */
  run(logger: Logger): Promise<number>;
  /** After a thrown error: report it where the run's readers look (comment, status). Must not throw. */
  reportFailure?(failure: StepFailure, logger: Logger): Promise<void>;
}

export async function runStep(step: Step): Promise<number> {
  const logger = coreLogger();
  setOutputs(step.outputDefaults);
  let code: number;
  try {
    code = await step.run(logger);
  } catch (error) {
    const failure: StepFailure = { code: exitCodeOf(error), message: oneLine(describeError(error)) };
    code = failure.code;
    core.setFailed(failure.code === 2 ? `${step.name}: ${failure.message}` : failure.message);
    await appendJobSummary(errorMarkdown(step.name, failure), logger).catch(() => undefined);
    await step.reportFailure?.(failure, logger).catch((reportError: unknown) => logger.warning(`Could not report the error: ${oneLine(describeError(reportError))}`));
  }
  process.exitCode = code;
  return code;
}

/** The error as a report: one line in place of the report that could not be made. */
export function errorMarkdown(name: string, failure: StepFailure): string {
  const kind = failure.code === 2 ? 'the input could not be used' : 'mlgate failed (a bug: please report it)';
  return `🛑 **${escapeText(name)}: ERROR** — ${kind}: ${escapeText(failure.message)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
