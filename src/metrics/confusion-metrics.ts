/**
 * The metrics of hard predictions, all functions of the confusion matrix, with their intervals:
 * Wilson for the proportions (accuracy; binary precision and recall), and for everything else a
 * percentile bootstrap that resamples the K×K cell counts as a multinomial — O(B·K²), the same
 * distribution as resampling the rows (src/stats/bootstrap-multinomial.ts).
 *
 * The point value and every bootstrap replicate go through the same function of the counts, so a
 * replicate is exactly what scikit-learn would compute on the resampled rows (classes that vanish
 * from a resample leave the macro averages, as they would there).
 */
import { multinomialBootstrap } from '../stats/bootstrap-multinomial.js';
import { percentileInterval } from '../stats/bootstrap-percentile.js';
import { createRandom } from '../stats/rng.js';
import { wilsonInterval } from '../stats/wilson.js';
import { confusionMetricsOf, METRICS, type ConfusionStatistic } from './catalogue.js';
import { createConfusionSummary, summarizeConfusion, totalCount, type ConfusionSummary } from './confusion-matrix.js';
import { averagedPrecisionRecallF1, classPrecisionRecallF1 } from './precision-recall-f1.js';
import { labelsAreFixed, type ClassificationTask, type IntervalOptions, type MetricValue } from './types.js';

/** Every confusion-matrix metric's statistic by its scikit-learn-style name (from the catalogue). */
export const CONFUSION_STATISTICS: Readonly<Record<string, ConfusionStatistic>> = Object.freeze(
  Object.fromEntries(METRICS.filter((m) => m.confusion !== undefined).map((m) => [m.name, m.confusion!])),
);

/** The named metric of a K×K confusion matrix (row-major, rows = truth). */
export function confusionStatistic(name: string, counts: ArrayLike<number>, classes: number, positive = -1): number {
  const statistic = CONFUSION_STATISTICS[name];
  if (statistic === undefined) throw new RangeError(`${name} is not a confusion-matrix metric`);
  return statistic(summarizeConfusion(counts, classes), positive);
}

/** The confusion-matrix metrics of each task, in report order. */
export const CONFUSION_METRICS_BY_TASK: Readonly<Record<ClassificationTask, readonly string[]>> = Object.freeze({
  binary: confusionMetricsOf('binary'),
  multiclass: confusionMetricsOf('multiclass'),
});

/** Metrics whose interval is Wilson's rather than the bootstrap's (binary precision/recall: given their denominators). */
const WILSON_METRICS = new Set(METRICS.filter((m) => m.interval === 'wilson' || m.interval === 'wilson-binary').map((m) => m.name));

/**
 * Values and intervals of the confusion-matrix metrics of `task`.
 * @param counts the K×K confusion matrix (row-major, rows = truth).
 * @param positive the positive class code (binary task).
 * @param labels the K class names, when known: fixed ones (ClassLabels) keep every class in the
 *   averages, point value and bootstrap replicates alike, and the notes name the absent ones.
 */
export function confusionMetrics(counts: Float64Array, classes: number, task: ClassificationTask, positive: number, options: IntervalOptions, labels?: readonly string[]): Record<string, MetricValue> {
  const names = CONFUSION_METRICS_BY_TASK[task];
  const allClasses = labels !== undefined && labelsAreFixed(labels);
  const summary = summarizeConfusion(counts, classes, createConfusionSummary(classes, allClasses));
  const metrics: Record<string, MetricValue> = {};
  for (const name of names) {
    const value = CONFUSION_STATISTICS[name](summary, positive);
    metrics[name] = Number.isNaN(value) ? { value: null, ci: null, ciMethod: null } : { value, ci: null, ciMethod: null };
  }
  addNotes(metrics, summary, task, positive, labels);
  if (!options.intervals) return metrics;

  for (const name of names) {
    if (!WILSON_METRICS.has(name) || (name !== 'accuracy' && task !== 'binary')) continue;
    const [successes, trials] = proportionOf(name, summary, positive);
    const ci = wilsonInterval(successes, trials, options.confidence);
    if (ci !== null) metrics[name] = { ...metrics[name], ci, ciMethod: 'wilson' };
  }

  const bootstrapped = names.filter((name) => !WILSON_METRICS.has(name));
  if (options.bootstrapSamples === 0) {
    for (const name of bootstrapped) {
      if (metrics[name].value !== null) metrics[name] = { ...metrics[name], note: joinNotes(metrics[name].note, 'no interval: bootstrap-samples is 0') };
    }
    return metrics;
  }
  const replicates = bootstrapConfusion(counts, classes, positive, bootstrapped, options, allClasses);
  for (const name of bootstrapped) {
    if (metrics[name].value === null) continue;
    const ci = percentileInterval(replicates[name], options.confidence);
    const undefinedCount = countNaN(replicates[name]);
    const note = undefinedCount > 0 ? `${undefinedCount} of ${options.bootstrapSamples} bootstrap resamples left it undefined and were dropped` : undefined;
    metrics[name] = { ...metrics[name], ci, ciMethod: ci === null ? null : 'bootstrap-multinomial', ...(note === undefined ? {} : { note: joinNotes(metrics[name].note, note) }) };
  }
  return metrics;
}

/**
 * B multinomial resamples of the confusion matrix, each metric evaluated on each: one
 * Float64Array of B replicate values per name (NaN where undefined). Seeded by `options.seed`.
 * @param allClasses every class stays in the averages of every replicate (listed labels).
 */
export function bootstrapConfusion(counts: Float64Array, classes: number, positive: number, names: readonly string[], options: IntervalOptions, allClasses = false): Record<string, Float64Array> {
  const replicates: Record<string, Float64Array> = {};
  for (const name of names) replicates[name] = new Float64Array(options.bootstrapSamples);
  if (names.length === 0 || totalCount(counts) === 0) return replicates;
  const statistics = names.map((name) => CONFUSION_STATISTICS[name]);
  const outputs = names.map((name) => replicates[name]);
  const summary = createConfusionSummary(classes, allClasses);
  multinomialBootstrap(counts, options.bootstrapSamples, createRandom(options.seed), (resampled, b) => {
    summarizeConfusion(resampled, classes, summary);
    for (let i = 0; i < statistics.length; i++) outputs[i][b] = statistics[i](summary, positive);
  });
  return replicates;
}

/** [successes, trials] of a proportion metric. */
function proportionOf(name: string, summary: ConfusionSummary, positive: number): [number, number] {
  if (name === 'accuracy') return [summary.correct, summary.total];
  return [summary.diagonal[positive], name === 'precision' ? summary.predicted[positive] : summary.support[positive]];
}

/** scikit-learn's zero_division conventions and undefined values, said in words. */
function addNotes(metrics: Record<string, MetricValue>, summary: ConfusionSummary, task: ClassificationTask, positive: number, labels: readonly string[] | undefined): void {
  if (task === 'binary') {
    const one = classPrecisionRecallF1(summary, positive);
    if (one.precisionZeroDivision) metrics.precision.note = 'no row predicted positive: precision is 0/0, reported as 0 (scikit-learn zero_division)';
    if (one.recallZeroDivision) metrics.recall.note = 'no positive row in y_true: recall is 0/0, reported as 0 (scikit-learn zero_division)';
    if (one.precisionZeroDivision || one.recallZeroDivision) metrics.f1.note = 'precision or recall was 0/0 and taken as 0 (scikit-learn zero_division)';
  }
  const macro = averagedPrecisionRecallF1(summary, 'macro');
  if (macro.precisionZeroDivision) metrics.precision_macro.note = 'a class was never predicted: its precision 0/0 counts as 0 (scikit-learn zero_division)';
  if (macro.recallZeroDivision) metrics.recall_macro.note = 'a predicted class is absent from y_true: its recall 0/0 counts as 0 (scikit-learn zero_division)';
  const unseen: string[] = [];
  if (summary.allClasses) for (let k = 0; k < summary.classes; k++) if (summary.support[k] === 0 && summary.predicted[k] === 0) unseen.push(labels?.[k] ?? String(k));
  if (unseen.length > 0) {
    const which = `${unseen.length === 1 ? 'class' : 'classes'} ${unseen.map((l) => `"${l}"`).join(', ')} (listed in labels) ${unseen.length === 1 ? 'occurs' : 'occur'} in neither y_true nor y_pred`;
    const note = `${which}: precision, recall and F1 0/0 count as 0 in the average (scikit-learn labels= with zero_division)`;
    for (const name of ['precision_macro', 'recall_macro', 'f1_macro']) metrics[name].note = note;
  }
  if (metrics.cohen_kappa.value === null) metrics.cohen_kappa.note = 'undefined: truth and predictions are one and the same class (no chance disagreement; scikit-learn returns NaN)';
}

function countNaN(values: Float64Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) count++;
  return count;
}

function joinNotes(first: string | undefined, second: string): string {
  return first === undefined ? second : `${first}; ${second}`;
}
