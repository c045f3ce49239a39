/**
 * Brier score (Brier, 1950), binary: the mean squared difference between the positive-class
 * probability and the outcome,
 *   brier = (1/N) Σ_r (p_r − 1[y_r = positive])².
 * Matches scikit-learn `brier_score_loss(y_true, score, pos_label=positive)`.
 *
 * Interval: a mean of independent per-row values, so mean ± z·s/√N, clipped to [0, 1]
 * (src/stats/influence-interval.ts). Coverage checked by simulation.
 *
 * Domain: probabilities in [0, 1]. Range: [0, 1].
 */
import { meanAndStandardErrorOf, normalInterval, type RowValue } from '../stats/influence-interval.js';
import type { IntervalOptions, MetricValue } from './types.js';

function squaredError(score: number, isPositive: boolean): number {
  const d = score - (isPositive ? 1 : 0);
  return d * d;
}

/** Row r → its squared error (p − 1[positive])² (paired comparisons take them row by row). */
export function brierRowErrors(score: Float64Array, yTrue: Int32Array, positive: number): RowValue {
  return (r) => squaredError(score[r], yTrue[r] === positive);
}

/** The Brier score with its normal interval for a mean, clipped to [0, 1] (two passes, no per-row array). */
export function brierScore(score: Float64Array, yTrue: Int32Array, positive: number, options: IntervalOptions): MetricValue {
  const { mean, standardError } = meanAndStandardErrorOf(score.length, brierRowErrors(score, yTrue, positive));
  if (!options.intervals) return { value: mean, ci: null, ciMethod: null };
  if (!(standardError >= 0)) return { value: mean, ci: null, ciMethod: null, note: 'no interval: needs at least 2 rows' };
  return { value: mean, ci: normalInterval(mean, standardError, options.confidence, 0, 1), ciMethod: 'analytic' };
}
