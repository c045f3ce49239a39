/**
 * Runs a step that is a GitHub service rather than a gate (post-report) on the same frame as the
 * gated actions (step.ts): inputs read through their specs, outputs set to safe defaults first,
 * one line and exit 2 for a user mistake, the job summary always written.
 */
import * as core from '@actions/core';
import { InputReader } from '../config/input-reader.js';
import type { InputSpec, OutputSpec } from '../config/input-spec.js';
import type { Logger } from '../logger.js';
import { appendJobSummary } from './job-summary.js';
import { setOutputs } from './outputs.js';
import { runStep } from './step.js';

export interface ServiceOutcome {
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly exitCode: number;
  /** When the exit code is not 0: the one line that fails the step. */
  readonly failure?: string;
}

export interface ServiceDeclaration<Config> {
  readonly name: string;
  readonly description: string;
  readonly inputs: readonly InputSpec[];
  readonly outputs: readonly OutputSpec[];
  readonly outputDefaults: Readonly<Record<string, string>>;
  configure(reader: InputReader): Config;
  execute(config: Config, logger: Logger): Promise<ServiceOutcome>;
}

export function runService<Config>(declaration: ServiceDeclaration<Config>): Promise<number> {
  return runStep({
    name: declaration.name,
    outputDefaults: declaration.outputDefaults,
    async run(logger) {
      const values: Record<string, string> = {};
      for (const spec of declaration.inputs) {
        const value = core.getInput(spec.name);
        if (value !== '') values[spec.name] = value;
      }
      if (values['github-token']) core.setSecret(values['github-token']);
      const outcome = await declaration.execute(declaration.configure(new InputReader(values, declaration.inputs)), logger);
      setOutputs(outcome.outputs);
      await appendJobSummary(outcome.summary, logger);
      if (outcome.exitCode !== 0) core.setFailed(`${declaration.name}: ${outcome.failure ?? 'failed'}`);
      return outcome.exitCode;
    },
  });
}
