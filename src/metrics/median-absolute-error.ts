/**
 * Median absolute error: the median of |y_r − ŷ_r| (the mean of the two middle values for even
 * N), robust to outliers. Matches scikit-learn `median_absolute_error`.
 *
 * Interval: distribution-free, from order statistics (the binomial argument for a median:
 * the number of |e| below the true median is Binomial(N, 1/2)). Bounds are the order statistics
 * of ranks ⌊N/2 − z√N/2⌋ and ⌈1 + N/2 + z√N/2⌉ (1-based, clamped to [1, N]) — Conover (1999),
 * "Practical Nonparametric Statistics", §3.2, normal approximation to the binomial. Coverage
 * checked by simulation.
 *
 * Domain: finite values. Range: [0, ∞).
 */
import { zCritical } from '../stats/normal.js';
import type { IntervalOptions, MetricValue } from './types.js';

export function medianAbsoluteError(yTrue: Float64Array, yPred: Float64Array, options: IntervalOptions): MetricValue {
  const rows = yTrue.length;
  const sorted = new Float64Array(rows);
  for (let r = 0; r < rows; r++) sorted[r] = Math.abs(yTrue[r] - yPred[r]);
  sorted.sort();
  const middle = rows >> 1;
  const value = rows % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  if (!options.intervals) return { value, ci: null, ciMethod: null };
  const spread = (zCritical(options.confidence) * Math.sqrt(rows)) / 2;
  const lowerRank = Math.max(1, Math.floor(rows / 2 - spread));
  const upperRank = Math.min(rows, Math.ceil(1 + rows / 2 + spread));
  return { value, ci: [sorted[lowerRank - 1], sorted[upperRank - 1]], ciMethod: 'analytic' };
}
