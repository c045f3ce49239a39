/**
 * The variance-explained pair of regression metrics, e_r = y_r − ŷ_r, ȳ the mean of y:
 * - `r2` (coefficient of determination) = 1 − Σ e_r² / Σ (y_r − ȳ)²  — scikit-learn `r2_score`;
 * - `explained_variance` = 1 − Var(e) / Var(y)                        — `explained_variance_score`
 *   (differs from r2 by ignoring a constant bias ē).
 * Edge case as scikit-learn 1.2 (force_finite=True): when y is constant (Var(y) = 0) the value is
 * 1 if the errors are all 0 (respectively have no variance), else 0 — reported with a note and no
 * interval.
 *
 * Interval: delta method. With mse = mean e², v_y = mean (y − ȳ)², r2 = 1 − mse / v_y has
 * influence  IF_r = −(e_r² − mse)/v_y + mse·((y_r − ȳ)² − v_y)/v_y²  (ȳ's own influence vanishes
 * to first order); explained_variance the same with e_r − ē and Var(e) in place of e_r and mse.
 * SE = √(Σ IF² / N(N − 1)), Wald interval, clipped at 1 above (both can be any negative number).
 * Coverage checked by simulation.
 *
 * Domain: finite values, N ≥ 2. Range: (−∞, 1].
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

/** r2 (centreErrors = false) or explained_variance (centreErrors = true), with its interval. */
export function varianceExplained(yTrue: Float64Array, yPred: Float64Array, centreErrors: boolean, options: IntervalOptions): MetricValue {
  const { value, influence } = varianceExplainedWithInfluence(yTrue, yPred, centreErrors);
  if (influence === null) {
    return { value, ci: null, ciMethod: null, note: `y_true is constant: ${centreErrors ? 'explained variance' : 'R²'} is undefined; scikit-learn reports ${value}` };
  }
  if (!options.intervals) return { value, ci: null, ciMethod: null };
  const rows = yTrue.length;
  if (rows < 2) return { value, ci: null, ciMethod: null, note: 'no interval: needs at least 2 rows' };
  let squares = 0;
  for (let r = 0; r < rows; r++) squares += influence[r] * influence[r];
  return { value, ci: normalInterval(value, influenceStandardError(squares, rows), options.confidence, -Infinity, 1), ciMethod: 'analytic' };
}
