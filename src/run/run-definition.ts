/**
 * The flow shared by the CLI and the action: inputs → config → compute → gate → report.
 * GitHub and the terminal are only at the two ends (the callers).
 */
import { InputReader, withConfigFile, type RawValues } from '../config/input-reader.js';
import { COMMON_INPUTS, type InputSpec } from '../config/input-spec.js';
import type { ResultBase } from '../result.js';
import type { AnyActionDefinition, RunContext } from './action-definition.js';
import { readCommonConfig, type CommonConfig } from './common-config.js';

export interface Completed {
  readonly result: ResultBase;
  readonly markdown: string;
  readonly common: CommonConfig;
}

/** All inputs of an action for a runner: its own, then the common ones, minus the other runner's. */
export function inputsFor(definition: AnyActionDefinition, runner: 'cli' | 'action'): InputSpec[] {
  const exclude = runner === 'cli' ? 'action' : 'cli';
  return [...definition.inputs, ...COMMON_INPUTS].filter((s: InputSpec) => s.only !== exclude);
}

/** Reads the inputs (config file under direct values), computes and renders. */
export async function runDefinition(
  definition: AnyActionDefinition,
  direct: RawValues,
  runner: 'cli' | 'action',
  context: RunContext,
): Promise<Completed> {
  const reader = new InputReader(withConfigFile(direct), inputsFor(definition, runner));
  const common = readCommonConfig(reader, definition.name, runner);
  const config = definition.configure(reader);
  const result = await definition.execute(config, context);
  const markdown = definition.render(result, config, common);
  return { result, markdown, common };
}

/** The gates that failed, one a line (the `failed-gates` output). */
export function failedGates(result: ResultBase): string {
  return result.gates
    .filter((g) => g.status === 'fail' || g.status === 'error')
    .map((g) => g.id)
    .join('\n');
}
