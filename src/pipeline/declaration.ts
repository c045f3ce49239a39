/**
 * What an action is, independent of where it runs — a declaration the runner drives:
 *
 *   inputs → configure → (gates named against the catalogue) → load → compute → gates → result → render
 *
 * `compute` is a pure function that lives in the action's domain folder (src/evaluation/,
 * src/comparison/, src/drift/, src/checks/); so does the gate catalogue. The GitHub runner
 * (src/github/run-action.ts) and the CLI (src/cli.ts) both run a declaration through
 * runPipeline (run-pipeline.ts), so they cannot behave differently.
 */
import type { PastRun } from '../artifacts/history.js';
import type { SkippedRun } from '../artifacts/provenance.js';
import type { InputReader } from '../config/input-reader.js';
import type { RowSample, SampleRecord } from '../io/row-sample.js';
import type { MetricTrend } from '../metrics/trend.js';
import type { InputSpec, OutputSpec } from '../config/input-spec.js';
import type { GateCatalogue, NamedGate } from '../gates/catalogue.js';
import type { Logger } from '../logger.js';
import type { ActionReport } from '../report/action-report.js';
import type { ActionName, InconclusivePolicy, ResultBase } from '../result.js';

export interface RunContext {
  readonly logger: Logger;
  /** Where relative paths are resolved and temporary files may go. */
  readonly workingDirectory: string;
  /** `max-rows`: what every file input is read as (a seeded sample); undefined reads every row. */
  readonly sample?: RowSample;
}

/** The result object: the verdict and gates around the action's outcome, with the settings that shaped it. */
export type ActionResult<Outcome> = ResultBase &
  Omit<Outcome, 'settings'> & {
    settings: (Outcome extends { settings: infer S } ? S : unknown) & { inconclusive: InconclusivePolicy };
    conclusion?: string;
    /** With the history input: the earlier runs read, and each gated subject's trend. */
    history?: { searched: string; runs: Omit<PastRun, 'result'>[]; skipped: SkippedRun[] };
    trends?: Record<string, MetricTrend>;
    /** With max-rows: the sample's settings and what each input kept. */
    sampling?: { maxRows: number; seed: number; inputs: (SampleRecord & { file: string; kept: number })[] };
  };

/** What a renderer needs beyond the result: the run's label. */
export interface Presentation {
  readonly name: string | undefined;
}

export interface ActionDeclaration<Config, Loaded, Outcome extends object> {
  readonly name: ActionName;
  /** One sentence for action.yml and `--help`. */
  readonly description: string;
  /** This action's own inputs; the common ones are added by the runners. */
  readonly inputs: readonly InputSpec[];
  /** Outputs beyond the common ones, and their safe defaults (set before anything can fail). */
  readonly outputs: readonly OutputSpec[];
  readonly outputDefaults: Readonly<Record<string, string>>;
  /** Raw inputs → typed, validated config; every mistake is a ConfigurationError. */
  configure(reader: InputReader): Config;
  /** The gate names this action knows and how each resolves on the outcome. */
  readonly gates: GateCatalogue<Outcome>;
  /** Gate lines that stand when the user's gates do not cover them (drift-share, schema checks). */
  defaultGates?(config: Config, written: readonly NamedGate[]): readonly string[];
  /** Files → what compute needs (typed arrays, prepared and validated). */
  load(config: Config, context: RunContext): Promise<Loaded>;
  /**
   * Gate names that need the data, checked as soon as it is loaded and before anything is computed
   * (a metric of the task, a score column for a score metric): throws a ConfigurationError.
   */
  checkGates?(gates: readonly NamedGate[], loaded: Loaded): void;
  /** The numbers: a pure function in the domain folder. */
  compute(loaded: Loaded, config: Config, gates: readonly NamedGate[]): Outcome;
  /**
   * Files the action makes besides the result (the profile action's `output`): written once the
   * gates are evaluated, whatever the verdict, before the report — so a promotion after the run
   * finds them.
   */
  save?(loaded: Loaded, config: Config, context: RunContext): Promise<void>;
  /** A one-sentence answer stored in the result as `conclusion` (compare-champion). */
  conclusion?(result: ActionResult<Outcome>): string;
  /**
   * The report, from the result alone: the comment document (its markdown is what the action
   * posts, its terminal text what the CLI prints on a TTY) and the HTML page's document.
   */
  render(result: ActionResult<Outcome>, presentation: Presentation): ActionReport;
  /** Values of this action's own outputs. */
  outputValues(result: ActionResult<Outcome>): Record<string, string>;
}

// The runners hold every declaration in one list; their types differ per action, so the list is
// typed loosely and each entry is checked where it is declared.
export type AnyActionDeclaration = ActionDeclaration<any, any, any>;
