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
  /**
   * For a `file` input, or a `string` input naming a file the action writes (the profile action's
   * `output`): that file is what a run promotes as the baseline of later runs (e.g. the
   * challenger's predictions become the champion; a profile becomes the reference). The value is
   * the default artifact name. An action with such an input gets the `promote` and
   * `promote-artifact` inputs (PROMOTION_INPUTS).
   */
  readonly promote?: string;
  /**
   * For a `file` input: several files, one a line (each a path, a glob or an artefact reference);
   * on the command line the flag may be repeated.
   */
  readonly multiple?: boolean;
  /**
   * For a `file` input: the boolean input that, when true, lets an artefact reference that finds
   * no artifact (none uploaded yet, or expired) stand as a file that does not exist, instead of an
   * error; the action then decides what a missing file means (compare-champion: a first run).
   */
  readonly allowMissing?: string;
}

export interface OutputSpec {
  readonly name: string;
  readonly description: string;
}

/** Inputs every action has. */
export const COMMON_INPUTS = [
  { name: 'gates', kind: 'gates', description: 'Gates, one a line (or comma-separated): `<metric>[.<field>] <op> <number>[%] [warn]`.' },
  { name: 'inconclusive', kind: 'enum', allowed: ['fail', 'warn'], default: 'fail', description: 'How a gate on a confidence bound counts when the estimate meets the threshold but its bound does not (e.g. `roc_auc.lower >= 0.9` with estimate 0.93 and interval [0.88, 0.97]): the data cannot confirm it. `fail` (the default) or `warn`.' },
  { name: 'config', kind: 'file', description: 'A YAML file with any of these inputs as keys (kebab-case). Inputs given directly win over the file.' },
  { name: 'name', kind: 'string', description: 'A label for this run: names the report section and the default comment id (for matrix jobs).' },
  { name: 'comment', kind: 'enum', allowed: ['update', 'recreate', 'off'], default: 'update', only: 'action', description: 'The sticky PR comment: `update` it in place, `recreate` it at the bottom, or `off`.' },
  { name: 'comment-id', kind: 'string', only: 'action', description: 'Which sticky comment to write (found by a hidden marker). Default: the action name plus `name`. Jobs sharing an id share one comment, one section each.' },
  { name: 'github-token', kind: 'string', actionDefault: '${{ github.token }}', only: 'action', description: 'Token for comments, commit statuses and artifacts of other runs (`actions: read`).' },
  { name: 'json', kind: 'string', description: 'Write the result object (JSON) to this file. In the action the default is a file under RUNNER_TEMP, given as the `result-path` output.' },
  { name: 'markdown', kind: 'string', only: 'cli', description: 'Write the markdown report to this file instead of standard output.' },
  { name: 'html', kind: 'string', only: 'cli', description: 'Also write the self-contained HTML report (every column, row and chart; no network requests) to this file.' },
  { name: 'html-report', kind: 'boolean', default: 'true', only: 'action', description: 'Upload the self-contained HTML report (every column, row and chart; opens offline) as the artifact `mlgate-html-<comment-id>` and link it from the comment and the job summary.' },
  { name: 'status', kind: 'boolean', default: 'false', only: 'action', description: 'Also set a commit status `mlgate/<comment-id>` (plus `/<name>` for a section of a shared comment) with the verdict, so the gate can be a required check (needs `permissions: statuses: write`).' },
  { name: 'report-artifact', kind: 'enum', allowed: ['auto', 'true', 'false'], default: 'auto', only: 'action', description: 'Upload the report and the PR number as an artifact (`mlgate-report-<comment-id>`) for the `post-report` action in a `workflow_run` workflow to post. `auto`: when the token may not comment or set the status (pull requests from forks).' },
  { name: 'workflow', kind: 'string', only: 'action', description: 'The workflow (file name such as `train.yml`, or id) whose runs `artifact:<name>@<branch>/<path>` references search. Default: this run\'s workflow.' },
  { name: 'max-rows', kind: 'integer', min: 1, max: 1000000000, description: 'Read at most this many rows of each input file: a seeded uniform sample (the same rows for the same seed; compare-champion samples by id-column, so both files keep the same ids), read a batch at a time so a file larger than memory can still be checked. The report says how many rows each file had. Default: every row.' },
  { name: 'sample-seed', kind: 'integer', default: '42', min: 0, max: 4294967295, description: 'Seed of the max-rows sample.' },
  { name: 'history', kind: 'integer', default: '0', min: 0, max: 100, only: 'action', description: 'Read the results of the last N successful runs of this workflow on the default branch (their `mlgate-result-<comment-id>` artifact, see `result-artifact`): each gated metric gets its trend (a sparkline and the change against the median of those runs), and `<metric>.trend` can be gated. 0: off.' },
  { name: 'result-artifact', kind: 'enum', allowed: ['auto', 'true', 'false'], default: 'auto', only: 'action', description: 'Upload the result object as the artifact `mlgate-result-<comment-id>`, which later runs read with `history`. `auto`: on a push to the default branch.' },
  { name: 'max-runs-back', kind: 'integer', default: '10', min: 1, max: 1000, only: 'action', description: 'How many successful runs an `artifact:<name>@<branch>/<path>` reference looks at, newest first, walking past runs whose artifact expired or is missing.' },
] as const satisfies readonly InputSpec[];

/** Inputs of an action that has a file input marked `promote` (added after its own inputs). */
export const PROMOTION_INPUTS = [
  { name: 'promote', kind: 'boolean', only: 'action', description: 'When the gates pass, upload this run\'s file (and the result object, `mlgate-result.json`) as the artifact later runs compare against. Default: true on a push to the default branch, false elsewhere.' },
  { name: 'promote-artifact', kind: 'string', only: 'action', description: 'The name of the promoted artifact (reference it as `artifact:<name>@<branch>/<file>`, or `cache:<name>/<file>` with `promote-to: cache`).' },
  { name: 'promote-to', kind: 'enum', allowed: ['artifact', 'cache'], default: 'artifact', only: 'action', description: 'Where the promoted baseline goes: a workflow `artifact` (kept for the retention period), or the Actions `cache` (keyed by branch; evicted after 7 days unused — see the README).' },
  { name: 'promote-retention-days', kind: 'integer', min: 1, max: 400, only: 'action', description: 'Days GitHub keeps the promoted artifact. Default: the repository\'s setting (90 unless changed); older baselines are walked past when they expire.' },
] as const satisfies readonly InputSpec[];

/** Outputs every action sets; set to safe defaults before anything can fail. */
export const COMMON_OUTPUTS = [
  { name: 'verdict', description: '`pass`, `warn`, `fail` or `error`.' },
  { name: 'passed', description: '`true` when no gate failed (warnings allowed), else `false`.' },
  { name: 'result-path', description: 'Path of the JSON result object.' },
  { name: 'failed-gates', description: 'The gates that failed, one a line (empty when none).' },
] as const satisfies readonly OutputSpec[];
