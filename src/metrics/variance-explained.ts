/**
 * The variance-explained pair of regression metrics, e_r = y_r − ŷ_r, ȳ the mean of y:
 * - `r2` (coefficient of determination) = 1 − Σ e_r² / Σ (y_r − ȳ)²  — scikit-learn `r2_score`;
 * - `explained_variance` = 1 − Var(e) / Var(y)                        — `explained_variance_score`
 *   (differs from r2 by ignoring a constant bias ē).
 * Edge cases:
 * - fewer than 2 rows: undefined — value null with the reason as the note. scikit-learn's
 *   `r2_score` returns nan there with an UndefinedMetricWarning ("not well-defined with less than
 *   two samples", 1.2 to current); its `explained_variance_score` has no such check and returns
 *   1.0 (force_finite turns its 0/0 into 1), but one value has no variance to explain either, so
 *   both are undefined here.
 * - y constant (Var(y) = 0) with 2 rows or more: as scikit-learn 1.2 (force_finite=True), 1 if the
 *   errors are all 0 (respectively have no variance), else 0 — reported with a note and no interval.
 *
 * Interval: delta method. With mse = mean e², v_y = mean (y − ȳ)², r2 = 1 − mse / v_y has
 * influence  IF_r = −(e_r² − mse)/v_y + mse·((y_r − ȳ)² − v_y)/v_y²  (ȳ's own influence vanishes
 * to first order); explained_variance the same with e_r − ē and Var(e) in place of e_r and mse.
 * SE = √(Σ IF² / N(N − 1)), Wald interval, clipped at 1 above (both can be any negative number).
 * Coverage checked by simulation.
 *
 * Domain: finite values, N ≥ 2 (null below). Range: (−∞, 1].
 */
import { influenceStandardError, normalInterval } from '../stats/influence-interval.js';
import { compensatedSum } from '../stats/summation.js';
import type { IntervalOptions, MetricValue } from './types.js';

/** The value and per-row influence of r2 or explained_variance. */
export interface VarianceExplainedEstimate {
  value: number;
  /** Centred per-row influence; null when y_true is constant (the value is then a convention). */
  influence: Float64Array | null;
}

/** r2 (centreErrors = false) or explained_variance (centreErrors = true) and its influence function. */
export function varianceExplainedWithInfluence(yTrue: Float64Array, yPred: Float64Array, centreErrors: boolean): VarianceExplainedEstimate {
  const rows = yTrue.length;
  const errors = new Float64Array(rows);
  for (let r = 0; r < rows; r++) errors[r] = yTrue[r] - yPred[r];
  const meanY = compensatedSum(yTrue) / rows;
  const meanError = centreErrors ? compensatedSum(errors) / rows : 0;
  // Reuse `errors` for the squared (centred) errors; `deviations` for (y − ȳ)².
  const deviations = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const e = errors[r] - meanError;
    const d = yTrue[r] - meanY;
    errors[r] = e * e;
    deviations[r] = d * d;
  }
  const numerator = compensatedSum(errors) / rows;
  const denominator = compensatedSum(deviations) / rows;
  if (denominator === 0) return { value: numerator === 0 ? 1 : 0, influence: null };
  const ratio = numerator / (denominator * denominator);
  const influence = errors; // overwritten in place: IF_r = −(e_r² − mse)/v_y + mse·((y_r − ȳ)² − v_y)/v_y²
  for (let r = 0; r < rows; r++) influence[r] = -(errors[r] - numerator) / denominator + ratio * (deviations[r] - denominator);
  return { value: 1 - numerator / denominator, influence };
}

/** Below this many rows r2 and explained_variance are undefined. */
export const VARIANCE_EXPLAINED_MIN_ROWS = 2;

/** The note of an undefined r2 / explained_variance on `rows` rows (fewer than 2). */
export function tooFewRowsNote(rows: number, centreErrors: boolean): string {
  const name = centreErrors ? 'explained variance' : 'R²';
  return `undefined on ${rows} row${rows === 1 ? '' : 's'}: ${name} needs at least ${VARIANCE_EXPLAINED_MIN_ROWS} (scikit-learn: ${centreErrors ? 'explained_variance_score returns 1.0 by its force_finite convention' : 'r2_score returns nan with an UndefinedMetricWarning'})`;
}

/** r2 (centreErrors = false) or explained_variance (centreErrors = true), with its interval; null below 2 rows. */
export function varianceExplained(yTrue: Float64Array, yPred: Float64Array, centreErrors: boolean, options: IntervalOptions): MetricValue {
  if (yTrue.length < VARIANCE_EXPLAINED_MIN_ROWS) return { value: null, ci: null, ciMethod: null, note: tooFewRowsNote(yTrue.length, centreErrors) };
  const { value, influence } = varianceExplainedWithInfluence(yTrue, yPred, centreErrors);
  if (influence === null) {
    return { value, ci: null, ciMethod: null, note: `y_true is constant: ${centreErrors ? 'explained variance' : 'R²'} is undefined; scikit-learn reports ${value}` };
  }
  if (!options.intervals) return { value, ci: null, ciMethod: null };
  const rows = yTrue.length;
  let squares = 0;
  for (let r = 0; r < rows; r++) squares += influence[r] * influence[r];
  return { value, ci: normalInterval(value, influenceStandardError(squares, rows), options.confidence, -Infinity, 1), ciMethod: 'analytic' };
}
