/**
 * What an action is, independent of where it runs: its inputs, how they become a typed config,
 * the computation, and the rendering. The action runner (src/github/run-action.ts) and the CLI
 * (src/cli.ts) both drive this same definition, so they cannot behave differently.
 */
import type { InputReader } from '../config/input-reader.js';
import type { InputSpec, OutputSpec } from '../config/input-spec.js';
import type { Logger } from '../logger.js';
import type { ActionName, ResultBase } from '../result.js';
import type { CommonConfig } from './common-config.js';

export interface RunContext {
  readonly logger: Logger;
  /** Where relative paths are resolved and temporary files may go. */
  readonly workingDirectory: string;
}

export interface ActionDefinition<Config, Result extends ResultBase> {
  readonly name: ActionName;
  /** Human title for reports ("Model evaluation"). */
  readonly title: string;
  /** One sentence for action.yml and `--help`. */
  readonly description: string;
  /** This action's own inputs; the common ones are added by the runners. */
  readonly inputs: readonly InputSpec[];
  /** Outputs beyond the common ones. */
  readonly outputs: readonly OutputSpec[];
  /** Raw inputs → typed, validated config; every mistake is a ConfigurationError. */
  configure(reader: InputReader): Config;
  execute(config: Config, context: RunContext): Promise<Result>;
  /** The markdown report, derived from the result alone (plus config for presentation). */
  render(result: Result, config: Config, common: CommonConfig): string;
  /** Values of this action's own outputs. */
  outputValues?(result: Result): Record<string, string>;
  /** Safe defaults for this action's own outputs, set before anything can fail. */
  outputDefaults?: Readonly<Record<string, string>>;
}

// The runners hold definitions of every action in one list; the config and result types
// differ per action, so the list is typed loosely and each entry is checked where it is defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyActionDefinition = ActionDefinition<any, ResultBase>;
