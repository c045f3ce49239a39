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
import { meanAndStandardError, normalInterval } from '../stats/influence-interval.js';
import type { IntervalOptions, MetricValue } from './types.js';

const EPSILON = 2.220446049250313e-16;

/** Per-row losses −ln p(true class) of a binary positive-class probability column. */
export function binaryLogLossPerRow(score: Float64Array, yTrue: Int32Array, positive: number): Float64Array {
  const losses = new Float64Array(score.length);
  for (let r = 0; r < score.length; r++) {
    const p = Math.min(Math.max(score[r], EPSILON), 1 - EPSILON);
    const q = 1 - p;
    const sum = q + p;
    losses[r] = -Math.log((yTrue[r] === positive ? p : q) / sum);
  }
  return losses;
}

/** Per-row losses −ln p(true class) from per-class probability columns (label order). */
export function multiclassLogLossPerRow(probabilities: readonly Float64Array[], yTrue: Int32Array): Float64Array {
  const rows = yTrue.length;
  const classes = probabilities.length;
  const sums = new Float64Array(rows);
  for (let k = 0; k < classes; k++) {
    const column = probabilities[k];
    for (let r = 0; r < rows; r++) sums[r] += Math.min(Math.max(column[r], EPSILON), 1 - EPSILON);
  }
  for (let r = 0; r < rows; r++) {
    const p = Math.min(Math.max(probabilities[yTrue[r]][r], EPSILON), 1 - EPSILON);
    sums[r] = -Math.log(p / sums[r]);
  }
  return sums;
}

/** The mean of per-row losses and its normal interval (clipped at 0). */
export function meanLoss(losses: Float64Array, options: IntervalOptions): MetricValue {
  const { mean, standardError } = meanAndStandardError(losses);
  if (!options.intervals) return { value: mean, ci: null, ciMethod: null };
  if (!(standardError >= 0)) return { value: mean, ci: null, ciMethod: null, note: 'no interval: needs at least 2 rows' };
  return { value: mean, ci: normalInterval(mean, standardError, options.confidence, 0), ciMethod: 'analytic' };
}
