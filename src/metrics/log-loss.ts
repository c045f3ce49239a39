/**
 * Log loss (cross-entropy): the mean negative log-likelihood of the true class,
 *   log_loss = −(1/N) Σ_r ln p_r(y_r),
 * with each probability clipped to [ε, 1 − ε], ε = 2.220446049250313e-16 (float64 machine
 * epsilon), and each row's probabilities renormalised to sum 1 after clipping. Matches
 * scikit-learn 1.2 `log_loss(y_true, proba, labels=…)` (its `eps="auto"`); for a binary score
 * column, `log_loss(y_true == positive, score)` — the row's probabilities are (1 − p, p).
 *
 * Interval: log loss is a mean of independent per-row losses, so the normal interval for a mean,
 * mean ± z·s/√N (src/stats/influence-interval.ts), clipped at 0. Coverage checked by simulation.
 *
 * Domain: probabilities in [0, 1]. Range: [0, −ln ε ≈ 36.04].
 */
import { meanAndStandardErrorOf, normalInterval, type RowValue } from '../stats/influence-interval.js';
import type { IntervalOptions, MetricValue } from './types.js';

const EPSILON = 2.220446049250313e-16;

function clip(p: number): number {
  return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
}

/** −ln p(true class) of one row of a binary positive-class probability column. */
function binaryRowLoss(score: number, isPositive: boolean): number {
  const p = clip(score);
  const q = 1 - p;
  return -Math.log((isPositive ? p : q) / (q + p));
}

/** −ln p(true class) of row `r` of per-class probability columns, renormalised after clipping. */
function multiclassRowLoss(probabilities: readonly Float64Array[], truth: number, r: number): number {
  let sum = 0;
  for (let k = 0; k < probabilities.length; k++) sum += clip(probabilities[k][r]);
  return -Math.log(clip(probabilities[truth][r]) / sum);
}

/** Row r → −ln p(true class) of a binary positive-class probability column (paired comparisons take them row by row). */
export function binaryRowLosses(score: Float64Array, yTrue: Int32Array, positive: number): RowValue {
  return (r) => binaryRowLoss(score[r], yTrue[r] === positive);
}

/** Row r → −ln p(true class) from per-class probability columns (label order). */
export function multiclassRowLosses(probabilities: readonly Float64Array[], yTrue: Int32Array): RowValue {
  return (r) => multiclassRowLoss(probabilities, yTrue[r], r);
}

/** Binary log loss with its interval, computed in two passes over the rows (no per-row array). */
export function binaryLogLoss(score: Float64Array, yTrue: Int32Array, positive: number, options: IntervalOptions): MetricValue {
  return meanLossInterval(meanAndStandardErrorOf(score.length, binaryRowLosses(score, yTrue, positive)), options);
}

/** Multiclass log loss with its interval, computed in two passes over the rows (no per-row array). */
export function multiclassLogLoss(probabilities: readonly Float64Array[], yTrue: Int32Array, options: IntervalOptions): MetricValue {
  return meanLossInterval(meanAndStandardErrorOf(yTrue.length, multiclassRowLosses(probabilities, yTrue)), options);
}

/** The mean of a loss and its normal interval (clipped at 0). */
function meanLossInterval({ mean, standardError }: { mean: number; standardError: number }, options: IntervalOptions): MetricValue {
  if (!options.intervals) return { value: mean, ci: null, ciMethod: null };
  if (!(standardError >= 0)) return { value: mean, ci: null, ciMethod: null, note: 'no interval: needs at least 2 rows' };
  return { value: mean, ci: normalInterval(mean, standardError, options.confidence, 0), ciMethod: 'analytic' };
}
