/**
 * The result object (DESIGN.md contract): written by `--json` and the `result-path` output.
 * Exit code, outputs, annotations, commit status, job summary and comment are all derived from
 * it (src/gates/verdict.ts holds every derivation), so they cannot disagree.
 */

export type ActionName = 'validate-data' | 'evaluate-model' | 'compare-champion' | 'drift-report' | 'profile';
export const ACTION_NAMES: readonly ActionName[] = ['validate-data', 'evaluate-model', 'compare-champion', 'drift-report', 'profile'];

/** Gate and check statuses. `inconclusive`: the point meets the threshold, its confidence bound does not. */
export type Status = 'pass' | 'warn' | 'fail' | 'inconclusive' | 'skipped' | 'error';

export type Verdict = 'pass' | 'warn' | 'fail' | 'error';

export type ComparisonOp = '<' | '<=' | '>' | '>=' | '==';

/** How a gate counts in the verdict, after its severity and the inconclusive policy. */
export type GateEffect = 'pass' | 'warn' | 'fail' | 'error';

/** How an inconclusive gate counts: the `inconclusive` input. */
export type InconclusivePolicy = 'fail' | 'warn';

export interface GateResult {
  /** The gate as written, normalised (`roc_auc.lower >= 0.9`). */
  id: string;
  /** The metric with its field (`roc_auc.lower`). */
  metric: string;
  op: ComparisonOp;
  threshold: number;
  /** The value compared with the threshold: the bound itself for a bound gate. */
  observed: number | null;
  status: Status;
  message: string;
  /** `warn`: the gate was written with `warn` and never fails the run. */
  severity: 'fail' | 'warn';
  /** The inconclusive policy in force for this run. */
  inconclusive: InconclusivePolicy;
  /** What this gate contributes to the verdict (from status, severity and policy). */
  effect: GateEffect;
  /** Bound gates: the point estimate the bound belongs to, and its interval. */
  point?: number;
  interval?: [number, number];
  /** Gates over slices or columns: which one decided (`size=large`). */
  decidedBy?: string;
}

export interface ResultBase {
  schemaVersion: 1;
  action: ActionName;
  verdict: Verdict;
  gates: GateResult[];
}
