/**
 * All classification metrics of one set of predictions, with their intervals: the compute core
 * of evaluate-model. A pure function of typed arrays.
 *
 * Work is shared: the confusion matrix is counted once (every hard-prediction metric and its
 * bootstrap read it); a binary score column is sorted once (ROC AUC, DeLong, average precision:
 * src/stats/ranking.ts); each one-vs-rest probability column once.
 *
 * Interval methods (named in each MetricValue's `ciMethod`):
 * - `wilson`: accuracy; binary precision and recall (proportions given their denominators);
 * - `delong`: roc_auc (DeLong); roc_auc_ovr_* (DeLong components, influence-function variance);
 * - `bootstrap-multinomial`: the other confusion-matrix metrics (percentile, B resamples of the
 *   K×K counts, seeded);
 * - `analytic`: log_loss, brier (normal interval for a mean); average_precision (delta method,
 *   logit scale).
 */
import { DataError } from '../errors.js';
import { rankScores } from '../stats/ranking.js';
import { averagePrecision } from './average-precision.js';
import { brierScore } from './brier-score.js';
import { confusionMatrix, toNestedArrays } from './confusion-matrix.js';
import { metricsOf } from './catalogue.js';
import { confusionMetrics } from './confusion-metrics.js';
import { binaryLogLoss, multiclassLogLoss } from './log-loss.js';
import { binaryRocAuc, oneVsRestRocAuc } from './roc-auc.js';
import { calibration, calibrationInputFor, CALIBRATION_METRICS, type CalibrationResult } from './calibration.js';
import type { Ranking } from '../stats/ranking.js';
import type { ClassificationInput, ClassificationResult, ClassificationTask, IntervalOptions, MetricValue } from './types.js';

/** Work that shares the metrics' passes: `onRanking` is given the binary score's sort while it is valid. */
export interface ClassificationHooks {
  readonly onRanking?: (ranking: Ranking, score: Float64Array) => void;
}

/** The metrics reported for a binary task, in report order (from the catalogue). */
export const BINARY_METRICS: readonly string[] = Object.freeze(metricsOf('binary'));

/** The metrics reported for a multiclass task, in report order (from the catalogue). */
export const MULTICLASS_METRICS: readonly string[] = Object.freeze(metricsOf('multiclass'));

/** Every classification metric name (for gate validation). */
export const CLASSIFICATION_METRICS: readonly string[] = Object.freeze([...new Set([...BINARY_METRICS, ...MULTICLASS_METRICS])]);

/**
 * Metrics of a classifier's predictions. Every metric of the task is present in the result; one
 * that cannot be computed (no score column, a single class in y_true…) has `value: null` and a
 * note saying why.
 * @throws DataError when a label code is missing or out of range, or a score/probability is not a
 *   finite number (naming the 1-based row); RangeError for inconsistent array lengths or options
 *   (the caller's bug, not the user's).
 * @example
 * classificationMetrics(
 *   { labels: ['no', 'yes'], yTrue: Int32Array.from([0, 0, 1, 1, 1, 0]), yPred: Int32Array.from([0, 1, 1, 1, 0, 0]),
 *     score: Float64Array.from([0.1, 0.6, 0.8, 0.7, 0.4, 0.2]) },
 *   DEFAULT_INTERVAL_OPTIONS)
 * // metrics.accuracy: { value: 0.6666666666666666, ci: [0.2999933151383925, 0.9032285888942195], ciMethod: 'wilson' }
 * // metrics.roc_auc:  { value: 0.8888888888888888, ci: [0.2613734804058149, 0.9945012750727569], ciMethod: 'delong' }
 * // confusionMatrix:  [[2, 1], [1, 2]]
 */
export function classificationMetrics(input: ClassificationInput, options: IntervalOptions, hooks: ClassificationHooks = {}): ClassificationResult {
  const { labels, yTrue, yPred } = input;
  const classes = labels.length;
  const task: ClassificationTask = input.task ?? (classes <= 2 ? 'binary' : 'multiclass');
  checkOptions(options);
  checkShapes(input, classes, task);
  const rows = yTrue.length;
  if (rows === 0) throw new DataError('no rows to evaluate');
  const positive = input.positive ?? 1;
  const counts = confusionMatrix(yTrue, yPred, classes);
  const metrics: Record<string, MetricValue> = confusionMetrics(counts, classes, task, task === 'binary' ? positive : -1, options, labels);

  if (task === 'binary') {
    const score = input.score ?? input.probabilities?.[positive];
    if (score === undefined) {
      const missing = { value: null, ci: null, ciMethod: null, note: 'needs a positive-class score or class probabilities' } as const;
      for (const name of ['roc_auc', 'average_precision', 'log_loss', 'brier']) metrics[name] = { ...missing };
    } else {
      checkFinite(score, 'score');
      const ranking = rankScores(score, yTrue, positive);
      // What else reads this sort (operating points, curves) takes it now, before the workspace is reused.
      hooks.onRanking?.(ranking, score);
      metrics.roc_auc = binaryRocAuc(ranking, options);
      metrics.average_precision = averagePrecision(ranking, options);
      const outside = firstOutsideUnitInterval(score);
      if (input.probabilities !== undefined) {
        metrics.log_loss = multiclassLogLoss(input.probabilities, yTrue, options);
      } else if (outside >= 0) {
        metrics.log_loss = notAProbability(outside);
      } else {
        metrics.log_loss = binaryLogLoss(score, yTrue, positive, options);
      }
      metrics.brier = outside >= 0 ? notAProbability(outside) : brierScore(score, yTrue, positive, options);
    }
  } else if (input.probabilities === undefined) {
    const missing = { value: null, ci: null, ciMethod: null, note: 'needs per-class probabilities' } as const;
    for (const name of ['roc_auc_ovr_macro', 'roc_auc_ovr_weighted', 'log_loss']) metrics[name] = { ...missing };
  } else {
    const ovr = oneVsRestRocAuc(input.probabilities, yTrue, labels, options);
    metrics.roc_auc_ovr_macro = ovr.macro;
    metrics.roc_auc_ovr_weighted = ovr.weighted;
    metrics.log_loss = multiclassLogLoss(input.probabilities, yTrue, options);
  }

  const reliability = calibrationOf(input, task, positive, metrics, options);

  const order = task === 'binary' ? BINARY_METRICS : MULTICLASS_METRICS;
  const ordered: Record<string, MetricValue> = {};
  for (const name of order) ordered[name] = metrics[name];
  return { task, rows, metrics: ordered, confusionMatrix: toNestedArrays(counts, classes), calibration: reliability };
}

/**
 * ece and ece_quantile into `metrics` (15 bins; binary on the positive-class probability,
 * multiclass top-label), and the equal-width result for the reliability diagram. Without
 * probabilities both are null with the reason.
 */
function calibrationOf(input: ClassificationInput, task: ClassificationTask, positive: number, metrics: Record<string, MetricValue>, options: IntervalOptions): CalibrationResult | null {
  const source = calibrationInputFor(task, input.yTrue, positive, input);
  if (typeof source === 'string') {
    for (const name of Object.values(CALIBRATION_METRICS)) metrics[name] = { value: null, ci: null, ciMethod: null, note: source };
    return null;
  }
  const uniform = calibration(source, { strategy: 'uniform', confidence: options.confidence });
  metrics[CALIBRATION_METRICS.uniform] = uniform.ece;
  metrics[CALIBRATION_METRICS.quantile] = calibration(source, { strategy: 'quantile', confidence: options.confidence }).ece;
  return uniform;
}

function notAProbability(row: number): MetricValue {
  return { value: null, ci: null, ciMethod: null, note: `needs probabilities: the score at row ${row + 1} is outside [0, 1]` };
}

function firstOutsideUnitInterval(values: Float64Array): number {
  for (let r = 0; r < values.length; r++) if (!(values[r] >= 0 && values[r] <= 1)) return r;
  return -1;
}

function checkFinite(values: Float64Array, what: string): void {
  for (let r = 0; r < values.length; r++) {
    if (!Number.isFinite(values[r])) throw new DataError(`${what} is ${Number.isNaN(values[r]) ? 'missing' : 'not finite'}`, { row: r + 1 });
  }
}

function checkShapes(input: ClassificationInput, classes: number, task: ClassificationTask): void {
  const rows = input.yTrue.length;
  if (input.yPred.length !== rows) throw new RangeError(`y_pred has ${input.yPred.length} rows, y_true ${rows}`);
  if (task === 'binary' && (classes < 1 || classes > 2)) throw new RangeError(`a binary task needs 1 or 2 labels, got ${classes}`);
  if (task === 'multiclass' && classes < 2) throw new RangeError(`a multiclass task needs at least 2 labels, got ${classes}`);
  const positive = input.positive ?? 1;
  if (task === 'binary' && !(Number.isInteger(positive) && positive >= 0 && positive < classes)) {
    throw new RangeError(`positive class code ${positive} is not one of the ${classes} labels`);
  }
  if (input.score !== undefined && input.score.length !== rows) throw new RangeError(`score has ${input.score.length} rows, y_true ${rows}`);
  if (input.probabilities !== undefined) {
    if (input.probabilities.length !== classes) throw new RangeError(`${input.probabilities.length} probability columns for ${classes} labels`);
    input.probabilities.forEach((column, k) => {
      if (column.length !== rows) throw new RangeError(`probability column ${k} has ${column.length} rows, y_true ${rows}`);
      checkFinite(column, `probability of "${input.labels[k]}"`);
    });
  }
}

function checkOptions(options: IntervalOptions): void {
  if (!(options.confidence > 0 && options.confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${options.confidence}`);
  // 0 turns the bootstrap intervals off (the others stay).
  if (!(Number.isInteger(options.bootstrapSamples) && options.bootstrapSamples >= 0)) {
    throw new RangeError(`bootstrapSamples must be a whole number ≥ 0, got ${options.bootstrapSamples}`);
  }
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be a safe integer, got ${options.seed}`);
}
