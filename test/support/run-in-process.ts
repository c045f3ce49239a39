/** Runs an action declaration in this process, as the CLI does (inputs → pipeline → result and report). */
import type { AnyActionDeclaration } from '../../src/pipeline/declaration.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { memoryLogger, type MemoryLogger } from './memory-logger.js';
import { REPO_ROOT } from './run-bundle.js';

export async function runInProcess<Result>(declaration: AnyActionDeclaration, inputs: Record<string, string>): Promise<{ result: Result; markdown: string; logger: MemoryLogger }> {
  const logger = memoryLogger();
  const { result, markdown } = await runPipeline(declaration, inputs, 'cli', { logger, workingDirectory: REPO_ROOT });
  return { result: result as unknown as Result, markdown, logger };
}
