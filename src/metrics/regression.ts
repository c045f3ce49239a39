/**
 * All regression metrics of one set of predictions, with their intervals: the compute core of
 * evaluate-model for `--task regression`. A pure function of typed arrays.
 *
 * Interval methods (all `analytic`; none resamples, so a million rows cost a few passes):
 * - mae, mse, mape: normal interval for a mean of per-row values; rmse: √ of mse's bounds;
 * - r2, explained_variance: delta method (influence function);
 * - median_ae: distribution-free order-statistic interval for a median.
 */
import { DataError } from '../errors.js';
import { metricsOf } from './catalogue.js';
import { meanError, meanErrorPerRow, rootOf } from './mean-errors.js';
import { medianAbsoluteError } from './median-absolute-error.js';
import type { IntervalOptions, MetricValue, RegressionResult } from './types.js';
import { varianceExplained } from './variance-explained.js';

/** Every regression metric name, in report order (from the catalogue). */
export const REGRESSION_METRICS: readonly string[] = Object.freeze(metricsOf('regression'));

/**
 * Metrics of a regressor's predictions.
 * @throws DataError naming the 1-based row of a missing or infinite value, or when there are no
 *   rows; RangeError when the arrays differ in length (the caller's bug).
 */
export function regressionMetrics(yTrue: Float64Array, yPred: Float64Array, options: IntervalOptions): RegressionResult {
  if (yTrue.length !== yPred.length) throw new RangeError(`y_pred has ${yPred.length} rows, y_true ${yTrue.length}`);
  if (yTrue.length === 0) throw new DataError('no rows to evaluate');
  checkFinite(yTrue, 'y_true');
  checkFinite(yPred, 'y_pred');
  const mse = meanError(meanErrorPerRow('mse', yTrue, yPred), options);
  const metrics: Record<string, MetricValue> = {
    mae: meanError(meanErrorPerRow('mae', yTrue, yPred), options),
    mse,
    rmse: rootOf(mse),
    r2: varianceExplained(yTrue, yPred, false, options),
    mape: meanError(meanErrorPerRow('mape', yTrue, yPred), options),
    median_ae: medianAbsoluteError(yTrue, yPred, options),
    explained_variance: varianceExplained(yTrue, yPred, true, options),
  };
  const zeroRow = yTrue.indexOf(0);
  if (zeroRow >= 0) {
    metrics.mape.note = `y_true is 0 at row ${zeroRow + 1}: that row's error is divided by ε = 2.2e-16 (scikit-learn's convention), so mape is huge`;
  }
  return { rows: yTrue.length, metrics };
}

function checkFinite(values: Float64Array, what: string): void {
  for (let r = 0; r < values.length; r++) {
    if (!Number.isFinite(values[r])) throw new DataError(`${what} is ${Number.isNaN(values[r]) ? 'missing' : 'not finite'}`, { row: r + 1 });
  }
}
