/**
 * Per-class metrics of a classifier (binary or multiclass): for each class k, with C the confusion
 * matrix (rows = truth),
 *   support_k = Σ_p C[k,p],  predicted_k = Σ_t C[t,k],
 *   precision_k = C[k,k] / predicted_k,  recall_k = C[k,k] / support_k,
 *   F1_k = 2·precision_k·recall_k / (precision_k + recall_k),
 *   roc_auc_k = AUC of class k's score against "k vs the rest" (one-vs-rest).
 * Matches scikit-learn 1.2 `precision_recall_fscore_support(y_true, y_pred, labels=range(K),
 * average=None)` (the rows of `classification_report`) with its default zero_division="warn": a
 * 0/0 precision (class never predicted) or recall (class absent from y_true) is 0, and said in
 * the note; and, per class, `roc_auc_score(y_true == k, proba[:, k])`. Every class of `labels`
 * is reported, also one that occurs in neither column (support 0, all zeros, noted).
 *
 * The score of class k is its probability column when per-class probabilities are given; a
 * binary task with only a positive-class score uses it for the positive class, and the negative
 * class's AUC is the same number (ranking by −score against the negatives is the same pairs
 * counted the other way; DeLong's variance is symmetric too).
 *
 * Intervals (the project's methods for the aggregate metrics, named in `ciMethod`):
 * - precision_k, recall_k: `wilson` — binomial proportions given their denominators, as the
 *   binary `precision` and `recall`;
 * - F1_k: `bootstrap-multinomial` — percentile bootstrap of B multinomial resamples of the K×K
 *   cells. The resamples are those of the aggregate metrics (same counts, same seed), so for the
 *   positive class of a binary task F1's interval is exactly the one of `f1`;
 * - roc_auc_k: `delong` — DeLong's variance, logit-scale interval (src/metrics/roc-auc.ts).
 * support_k and predicted_k are counts of the data, not estimates: no interval.
 *
 * Domain: codes in [0, K); finite scores. Range: [0, 1] for every rate.
 * Cost: one confusion matrix; O(B·K²) for the bootstrap; one radix sort per score column.
 */
import { multinomialBootstrap } from '../stats/bootstrap-multinomial.js';
import { percentileInterval } from '../stats/bootstrap-percentile.js';
import { RankingWorkspace, rankScores } from '../stats/ranking.js';
import { createRandom } from '../stats/rng.js';
import { wilsonInterval } from '../stats/wilson.js';
import { confusionMatrix, createConfusionSummary, summarizeConfusion, totalCount, type ConfusionSummary } from './confusion-matrix.js';
import { classPrecisionRecallF1 } from './precision-recall-f1.js';
import { binaryRocAuc } from './roc-auc.js';
import type { ClassificationInput, IntervalOptions, MetricValue } from './types.js';

/** One class's row of the per-class table (the `perClass.<label>` entry of a result). */
export interface ClassMetrics {
  label: string;
  /** Rows whose true class is this one. */
  support: number;
  /** Rows predicted as this class. */
  predicted: number;
  precision: MetricValue;
  recall: MetricValue;
  f1: MetricValue;
  /** One-vs-rest ROC AUC; null value (with a note) without scores or when the class is absent or everything. */
  roc_auc: MetricValue;
}

/** The per-class metric names a gate can address as `<name>[<class>]`. */
export const PER_CLASS_METRICS: readonly string[] = Object.freeze(['precision', 'recall', 'f1', 'support', 'roc_auc']);

/**
 * Precision, recall, F1, support and one-vs-rest AUC of every class, with intervals.
 * @throws DataError for a code outside [0, K) (naming the row); RangeError for arrays of unequal length.
 * @example
 * perClassMetrics({ labels: ['a', 'b', 'c'], yTrue: Int32Array.of(0, 0, 1, 1, 2, 2), yPred: Int32Array.of(0, 1, 1, 1, 2, 0) },
 *   { ...DEFAULT_INTERVAL_OPTIONS, intervals: false })
 * // [{ label: 'a', support: 2, predicted: 2, precision: { value: 0.5, … }, recall: { value: 0.5, … }, f1: { value: 0.5, … }, roc_auc: { value: null, … } },
 * //  { label: 'b', support: 2, predicted: 3, precision: { value: 0.6666666666666666, … }, recall: { value: 1, … }, f1: { value: 0.8, … }, … },
 * //  { label: 'c', support: 2, predicted: 1, precision: { value: 1, … }, recall: { value: 0.5, … }, f1: { value: 0.6666666666666666, … }, … }]
 */
export function perClassMetrics(input: ClassificationInput, options: IntervalOptions, workspace = new RankingWorkspace()): ClassMetrics[] {
  const classes = input.labels.length;
  const counts = confusionMatrix(input.yTrue, input.yPred, classes);
  const table = perClassConfusionMetrics(counts, input.labels, options);
  const auc = perClassRocAuc(input, options, workspace);
  return table.map((row, k) => ({ ...row, roc_auc: auc[k] }));
}

/**
 * The confusion-matrix part of {@link perClassMetrics}, from the K×K counts (row-major, rows =
 * truth): every field but `roc_auc`.
 */
export function perClassConfusionMetrics(counts: Float64Array, labels: readonly string[], options: IntervalOptions): Omit<ClassMetrics, 'roc_auc'>[] {
  const classes = labels.length;
  if (counts.length !== classes * classes) throw new RangeError(`${counts.length} confusion cells for ${classes} labels`);
  const summary = summarizeConfusion(counts, classes);
  const f1Replicates = options.intervals && options.bootstrapSamples > 0 ? bootstrapClassF1(counts, classes, options) : null;
  return labels.map((label, k) => {
    const one = classPrecisionRecallF1(summary, k);
    const tp = summary.diagonal[k];
    const predicted = summary.predicted[k];
    const support = summary.support[k];
    const precision: MetricValue = { value: one.precision, ci: null, ciMethod: null };
    const recall: MetricValue = { value: one.recall, ci: null, ciMethod: null };
    const f1: MetricValue = { value: one.f1, ci: null, ciMethod: null };
    if (one.precisionZeroDivision) precision.note = `"${label}" was never predicted: precision is 0/0, reported as 0 (scikit-learn zero_division)`;
    if (one.recallZeroDivision) recall.note = `"${label}" is absent from y_true: recall is 0/0, reported as 0 (scikit-learn zero_division)`;
    if (one.precisionZeroDivision || one.recallZeroDivision) f1.note = 'precision or recall was 0/0 and taken as 0 (scikit-learn zero_division)';
    if (options.intervals) {
      withInterval(precision, wilsonInterval(tp, predicted, options.confidence), 'wilson', 'no interval: no row predicted as this class');
      withInterval(recall, wilsonInterval(tp, support, options.confidence), 'wilson', 'no interval: no row of this class in y_true');
      if (f1Replicates === null) f1.note = joinNotes(f1.note, 'no interval: bootstrap-samples is 0');
      else withInterval(f1, percentileInterval(f1Replicates[k], options.confidence), 'bootstrap-multinomial', 'no interval: no bootstrap resample defined it');
    }
    return { label, support, predicted, precision, recall, f1 };
  });
}

/**
 * One-vs-rest ROC AUC of each class with its DeLong interval (label order). Undefined (null with
 * a note) without scores, or for a class that has no rows or every row.
 * @param workspace sort buffers reused across the class columns.
 */
export function perClassRocAuc(input: ClassificationInput, options: IntervalOptions, workspace = new RankingWorkspace()): MetricValue[] {
  const { labels, yTrue, probabilities } = input;
  const classes = labels.length;
  const positive = input.positive ?? 1;
  const binary = (input.task ?? (classes <= 2 ? 'binary' : 'multiclass')) === 'binary';
  if (probabilities !== undefined) {
    if (probabilities.length !== classes) throw new RangeError(`${probabilities.length} probability columns for ${classes} labels`);
    return labels.map((_, k) => binaryRocAuc(rankScores(probabilities[k], yTrue, k, workspace), options));
  }
  if (binary && input.score !== undefined) {
    const auc = binaryRocAuc(rankScores(input.score, yTrue, positive, workspace), options);
    return labels.map(() => ({ ...auc }));
  }
  const note = binary ? 'needs a positive-class score or class probabilities' : 'needs per-class probabilities';
  return labels.map(() => ({ value: null, ci: null, ciMethod: null, note }));
}

/** B replicate F1 values per class: the multinomial resamples of the aggregate metrics (same seed). */
function bootstrapClassF1(counts: Float64Array, classes: number, options: IntervalOptions): Float64Array[] {
  const replicates = Array.from({ length: classes }, () => new Float64Array(options.bootstrapSamples));
  if (totalCount(counts) === 0) return replicates;
  const summary: ConfusionSummary = createConfusionSummary(classes);
  multinomialBootstrap(counts, options.bootstrapSamples, createRandom(options.seed), (resampled, b) => {
    summarizeConfusion(resampled, classes, summary);
    for (let k = 0; k < classes; k++) replicates[k][b] = classPrecisionRecallF1(summary, k).f1;
  });
  return replicates;
}

function withInterval(metric: MetricValue, ci: [number, number] | null, method: 'wilson' | 'bootstrap-multinomial', why: string): void {
  if (ci === null) {
    metric.note = joinNotes(metric.note, why);
    return;
  }
  metric.ci = ci;
  metric.ciMethod = method;
}

function joinNotes(first: string | undefined, second: string): string {
  return first === undefined ? second : `${first}; ${second}`;
}
