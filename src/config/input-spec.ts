/**
 * Every input of every action is named once, here and in each action's `inputs.ts`; the
 * action.yml files and their README tables are generated from these specs
 * (scripts/generate-action-docs.ts), and a test keeps them in sync.
 */

export type InputKind = 'string' | 'file' | 'boolean' | 'number' | 'integer' | 'enum' | 'list' | 'gates';

export interface InputSpec {
  /** kebab-case: the action input, the CLI flag (`--name`) and the config-file key. */
  readonly name: string;
  readonly kind: InputKind;
  readonly description: string;
  /** The default as the user would write it; undefined when the input has none. */
  readonly default?: string;
  /** A default that only applies in the action (an expression such as `${{ github.token }}`). */
  readonly actionDefault?: string;
  readonly required?: boolean;
  /** For `enum`: the allowed values. */
  readonly allowed?: readonly string[];
  /** For numbers: inclusive bounds. */
  readonly min?: number;
  readonly max?: number;
  /** Only meaningful on the command line or only in the action. */
  readonly only?: 'cli' | 'action';
}

export interface OutputSpec {
  readonly name: string;
  readonly description: string;
}

/** Inputs every action has. */
export const COMMON_INPUTS = [
  { name: 'gates', kind: 'gates', description: 'Gates, one a line (or comma-separated): `<metric>[.<field>] <op> <number>[%] [warn]`, e.g. `roc_auc.lower >= 0.9`.' },
  { name: 'config', kind: 'file', description: 'A YAML file with any of these inputs as keys (kebab-case). Inputs given directly win over the file.' },
  { name: 'name', kind: 'string', description: 'A label for this run: names the report section and the default comment id (for matrix jobs).' },
  { name: 'comment', kind: 'enum', allowed: ['update', 'recreate', 'off'], default: 'update', only: 'action', description: 'The sticky PR comment: `update` it in place, `recreate` it at the bottom, or `off`.' },
  { name: 'comment-id', kind: 'string', only: 'action', description: 'Which sticky comment to write (found by a hidden marker). Default: the action name plus `name`. Jobs sharing an id share one comment, one section each.' },
  { name: 'github-token', kind: 'string', actionDefault: '${{ github.token }}', only: 'action', description: 'Token for comments and statuses.' },
  { name: 'json', kind: 'string', description: 'Write the result object (JSON) to this file. In the action the default is a file under RUNNER_TEMP, given as the `result-path` output.' },
  { name: 'markdown', kind: 'string', only: 'cli', description: 'Write the markdown report to this file instead of standard output.' },
] as const satisfies readonly InputSpec[];

/** Outputs every action sets; set to safe defaults before anything can fail. */
export const COMMON_OUTPUTS = [
  { name: 'verdict', description: '`pass`, `warn`, `fail` or `error`.' },
  { name: 'passed', description: '`true` when no gate failed (warnings allowed), else `false`.' },
  { name: 'result-path', description: 'Path of the JSON result object.' },
  { name: 'failed-gates', description: 'The gates that failed, one a line (empty when none).' },
] as const satisfies readonly OutputSpec[];
