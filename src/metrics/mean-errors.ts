/**
 * The mean-error family of regression metrics, e_r = y_r − ŷ_r:
 * - `mae`  = (1/N) Σ |e_r|                       — scikit-learn `mean_absolute_error`
 * - `mse`  = (1/N) Σ e_r²                        — `mean_squared_error`
 * - `rmse` = √mse                                 — `mean_squared_error(squared=False)`
 * - `mape` = (1/N) Σ |e_r| / max(|y_r|, ε), ε = 2.220446049250313e-16 (float64 machine epsilon)
 *                                                — `mean_absolute_percentage_error`: a fraction, not
 *   a percentage, and huge (not infinite) when some y_r is 0, as in scikit-learn.
 *
 * Intervals: each is a mean of independent per-row values, so mean ± z·s/√N, clipped at 0
 * (src/stats/influence-interval.ts); rmse's interval is the square root of mse's (a monotone
 * transform keeps the coverage and the positivity that a delta-method interval would lose).
 * Coverage checked by simulation.
 *
 * Domain: finite values. Range: [0, ∞).
 */
import { meanAndStandardError, normalInterval } from '../stats/influence-interval.js';
import type { IntervalOptions, MetricValue } from './types.js';

const EPSILON = 2.220446049250313e-16;

export type MeanErrorName = 'mae' | 'mse' | 'mape';

/** Per-row |e|, e² or |e| / max(|y|, ε). */
export function meanErrorPerRow(name: MeanErrorName, yTrue: Float64Array, yPred: Float64Array): Float64Array {
  const values = new Float64Array(yTrue.length);
  for (let r = 0; r < yTrue.length; r++) {
    const e = yTrue[r] - yPred[r];
    values[r] = name === 'mae' ? Math.abs(e) : name === 'mse' ? e * e : Math.abs(e) / Math.max(Math.abs(yTrue[r]), EPSILON);
  }
  return values;
}

/** The mean of non-negative per-row errors with its normal interval clipped at 0. */
export function meanError(values: Float64Array, options: IntervalOptions): MetricValue {
  const { mean, standardError } = meanAndStandardError(values);
  if (!options.intervals) return { value: mean, ci: null, ciMethod: null };
  if (!(standardError >= 0)) return { value: mean, ci: null, ciMethod: null, note: 'no interval: needs at least 2 rows' };
  return { value: mean, ci: normalInterval(mean, standardError, options.confidence, 0), ciMethod: 'analytic' };
}

/** rmse from mse: the square root of the value and of both interval bounds. */
export function rootOf(mse: MetricValue): MetricValue {
  return {
    ...mse,
    value: mse.value === null ? null : Math.sqrt(mse.value),
    ci: mse.ci === null ? null : [Math.sqrt(mse.ci[0]), Math.sqrt(mse.ci[1])],
  };
}
