/** Runs an action on inputs in-process and returns its result and report documents (the renderer's whole output). */
import type { AnyActionDeclaration } from '../../src/pipeline/declaration.js';
import { runPipeline, type Completed } from '../../src/pipeline/run-pipeline.js';
import type { ActionReport } from '../../src/report/action-report.js';
import { toMarkdown, toTerminal } from '../../src/report/document/index.js';
import { memoryLogger } from '../support/memory-logger.js';
import { REPO_ROOT } from '../support/run-bundle.js';

export async function runReport(declaration: AnyActionDeclaration, inputs: Record<string, string>): Promise<Completed> {
  return runPipeline(declaration, inputs, 'cli', { logger: memoryLogger(), workingDirectory: REPO_ROOT });
}

/** The report of `result` with extra fields merged in (issue 16's), as the renderer sees it. */
export function renderWith(declaration: AnyActionDeclaration, completed: Completed, extras: object, name?: string): ActionReport {
  return declaration.render({ ...completed.result, ...extras }, { name });
}

export function markdownOf(report: ActionReport): string {
  return `${toMarkdown(report.comment)}\n`;
}

export function terminalOf(report: ActionReport): string {
  return toTerminal(report.comment, { colour: false });
}
