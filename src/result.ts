/**
 * The result object (DESIGN.md contract): written by `--json` and the `result-path` output.
 * Markdown, outputs and the exit code are all derived from it, so they cannot disagree.
 */

export type ActionName = 'validate-data' | 'evaluate-model' | 'compare-champion' | 'drift-report';
export const ACTION_NAMES: readonly ActionName[] = ['validate-data', 'evaluate-model', 'compare-champion', 'drift-report'];

/** Gate and check statuses. `inconclusive`: an interval straddles the threshold. */
export type Status = 'pass' | 'warn' | 'fail' | 'inconclusive' | 'skipped' | 'error';

export type Verdict = 'pass' | 'warn' | 'fail' | 'error';

export type ComparisonOp = '<' | '<=' | '>' | '>=' | '==';

export interface GateResult {
  /** The gate as written, normalised (`roc_auc.lower >= 0.9`). */
  id: string;
  /** The metric with its field (`roc_auc.lower`). */
  metric: string;
  op: ComparisonOp;
  threshold: number;
  observed: number | null;
  status: Status;
  message: string;
}

export interface ResultBase {
  schemaVersion: 1;
  action: ActionName;
  verdict: Verdict;
  gates: GateResult[];
}

/**
 * The verdict from gate statuses: any `fail` or `error` fails; `warn` and `inconclusive`
 * (when not configured to fail) warn; otherwise pass.
 */
export function verdictOf(statuses: readonly Status[]): Verdict {
  if (statuses.includes('error')) return 'error';
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('warn') || statuses.includes('inconclusive')) return 'warn';
  return 'pass';
}

/** Exit code of a finished run: 0 pass or warn, 1 a gate failed (DESIGN.md). */
export function exitCodeOfVerdict(verdict: Verdict): 0 | 1 {
  return verdict === 'pass' || verdict === 'warn' ? 0 : 1;
}
