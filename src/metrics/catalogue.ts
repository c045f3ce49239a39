/**
 * Every model metric mlgate knows, with the facts other code needs about it, stated once: the
 * tasks it applies to (and so the report order of each task's metrics), which way is better, its
 * scale (how a difference reads: proportions in percentage points), its interval method in
 * evaluate-model, its paired test in compare-champion, and what it needs beyond the labels.
 * Gate names, metric lists, the direction of a change, report wording and slice tables all read
 * this list; adding a metric is one entry here plus its statistic file (see ARCHITECTURE.md).
 *
 * Confusion-matrix metrics carry their statistic: a function of the matrix's margins, evaluated on
 * the point and on every bootstrap resample (src/metrics/confusion-metrics.ts,
 * paired-confusion-bootstrap.ts).
 */
import { accuracy } from './accuracy.js';
import { balancedAccuracy } from './balanced-accuracy.js';
import { cohenKappa } from './cohen-kappa.js';
import type { ConfusionSummary } from './confusion-matrix.js';
import { matthewsCorrcoef } from './matthews-corrcoef.js';
import { averagedPrecisionRecallF1, classPrecisionRecallF1 } from './precision-recall-f1.js';

export const TASKS = ['binary', 'multiclass', 'regression'] as const;
export type Task = (typeof TASKS)[number];

export type Direction = 'higher-is-better' | 'lower-is-better';

/**
 * How a value and a difference read: `proportion` — on [0, 1], differences in percentage points;
 * `bounded` — a score with a fixed range that is not a proportion (mcc, kappa in [−1, 1], r2 ≤ 1);
 * `unbounded` — losses and errors in the data's own units.
 */
export type Scale = 'proportion' | 'bounded' | 'unbounded';

/** A metric as a function of the confusion matrix's margins (see {@link ConfusionSummary}). */
export type ConfusionStatistic = (summary: ConfusionSummary, positive: number) => number;

export interface MetricInfo {
  readonly name: string;
  readonly tasks: readonly Task[];
  readonly direction: Direction;
  readonly scale: Scale;
  /** evaluate-model's interval (`ciMethod`). */
  readonly interval: 'wilson' | 'wilson-binary' | 'bootstrap-multinomial' | 'delong' | 'analytic' | 'order-statistic' | 'none';
  /** compare-champion's test of the difference (`test`). */
  readonly pairedTest: 'mcnemar' | 'bootstrap-multinomial' | 'delong' | 'analytic' | 'paired-t' | 'none';
  /** What the metric needs beyond y_true and y_pred. */
  readonly needs?: 'score' | 'probabilities' | 'slices';
  /** Shown in the per-slice tables of its tasks. */
  readonly inSliceTable?: boolean;
  /** Confusion-matrix metrics: the statistic. */
  readonly confusion?: ConfusionStatistic;
}

const CLASSIFICATION: readonly Task[] = ['binary', 'multiclass'];
const BINARY: readonly Task[] = ['binary'];
const MULTICLASS: readonly Task[] = ['multiclass'];
const REGRESSION: readonly Task[] = ['regression'];

const confusion = (
  name: string,
  tasks: readonly Task[],
  statistic: ConfusionStatistic,
  extra: Partial<MetricInfo> = {},
): MetricInfo => ({ name, tasks, direction: 'higher-is-better', scale: 'proportion', interval: 'bootstrap-multinomial', pairedTest: 'bootstrap-multinomial', confusion: statistic, ...extra });

/** In report order: a task's metrics are the entries that list it, in this order. */
export const METRICS: readonly MetricInfo[] = Object.freeze([
  confusion('accuracy', CLASSIFICATION, (s) => accuracy(s), { interval: 'wilson', pairedTest: 'mcnemar', inSliceTable: true }),
  confusion('balanced_accuracy', CLASSIFICATION, (s) => balancedAccuracy(s), { inSliceTable: true }),
  confusion('precision', BINARY, (s, positive) => classPrecisionRecallF1(s, positive).precision, { interval: 'wilson-binary', inSliceTable: true }),
  confusion('recall', BINARY, (s, positive) => classPrecisionRecallF1(s, positive).recall, { interval: 'wilson-binary', inSliceTable: true }),
  confusion('f1', BINARY, (s, positive) => classPrecisionRecallF1(s, positive).f1, { inSliceTable: true }),
  confusion('precision_macro', CLASSIFICATION, (s) => averagedPrecisionRecallF1(s, 'macro').precision),
  confusion('recall_macro', CLASSIFICATION, (s) => averagedPrecisionRecallF1(s, 'macro').recall),
  confusion('f1_macro', CLASSIFICATION, (s) => averagedPrecisionRecallF1(s, 'macro').f1, { inSliceTable: true }),
  confusion('f1_micro', CLASSIFICATION, (s) => averagedPrecisionRecallF1(s, 'micro').f1),
  confusion('f1_weighted', CLASSIFICATION, (s) => averagedPrecisionRecallF1(s, 'weighted').f1),
  confusion('precision_weighted', CLASSIFICATION, (s) => averagedPrecisionRecallF1(s, 'weighted').precision),
  confusion('recall_weighted', CLASSIFICATION, (s) => averagedPrecisionRecallF1(s, 'weighted').recall),
  confusion('mcc', CLASSIFICATION, (s) => matthewsCorrcoef(s), { scale: 'bounded' }),
  confusion('cohen_kappa', CLASSIFICATION, (s) => cohenKappa(s), { scale: 'bounded' }),
  { name: 'roc_auc', tasks: BINARY, direction: 'higher-is-better', scale: 'proportion', interval: 'delong', pairedTest: 'delong', needs: 'score', inSliceTable: true },
  { name: 'roc_auc_ovr_macro', tasks: MULTICLASS, direction: 'higher-is-better', scale: 'proportion', interval: 'delong', pairedTest: 'delong', needs: 'probabilities' },
  { name: 'roc_auc_ovr_weighted', tasks: MULTICLASS, direction: 'higher-is-better', scale: 'proportion', interval: 'delong', pairedTest: 'delong', needs: 'probabilities' },
  { name: 'average_precision', tasks: BINARY, direction: 'higher-is-better', scale: 'proportion', interval: 'analytic', pairedTest: 'analytic', needs: 'score' },
  { name: 'log_loss', tasks: CLASSIFICATION, direction: 'lower-is-better', scale: 'unbounded', interval: 'analytic', pairedTest: 'analytic', needs: 'probabilities' },
  { name: 'brier', tasks: BINARY, direction: 'lower-is-better', scale: 'bounded', interval: 'analytic', pairedTest: 'analytic', needs: 'score' },
  // Expected calibration error (src/metrics/calibration.ts): equal-width and equal-mass bins; no interval (the estimate is biased upwards).
  { name: 'ece', tasks: CLASSIFICATION, direction: 'lower-is-better', scale: 'proportion', interval: 'none', pairedTest: 'none', needs: 'probabilities' },
  { name: 'ece_quantile', tasks: CLASSIFICATION, direction: 'lower-is-better', scale: 'proportion', interval: 'none', pairedTest: 'none', needs: 'probabilities' },
  { name: 'mae', tasks: REGRESSION, direction: 'lower-is-better', scale: 'unbounded', interval: 'analytic', pairedTest: 'paired-t', inSliceTable: true },
  { name: 'mse', tasks: REGRESSION, direction: 'lower-is-better', scale: 'unbounded', interval: 'analytic', pairedTest: 'paired-t' },
  { name: 'rmse', tasks: REGRESSION, direction: 'lower-is-better', scale: 'unbounded', interval: 'analytic', pairedTest: 'analytic', inSliceTable: true },
  { name: 'r2', tasks: REGRESSION, direction: 'higher-is-better', scale: 'bounded', interval: 'analytic', pairedTest: 'analytic', inSliceTable: true },
  { name: 'mape', tasks: REGRESSION, direction: 'lower-is-better', scale: 'unbounded', interval: 'analytic', pairedTest: 'paired-t' },
  { name: 'median_ae', tasks: REGRESSION, direction: 'lower-is-better', scale: 'unbounded', interval: 'order-statistic', pairedTest: 'none' },
  { name: 'explained_variance', tasks: REGRESSION, direction: 'higher-is-better', scale: 'bounded', interval: 'analytic', pairedTest: 'analytic' },
  // Across the values of a slice column (binary, evaluate-model): largest minus smallest rate.
  { name: 'demographic_parity_difference', tasks: BINARY, direction: 'lower-is-better', scale: 'proportion', interval: 'none', pairedTest: 'none', needs: 'slices' },
  { name: 'equal_opportunity_difference', tasks: BINARY, direction: 'lower-is-better', scale: 'proportion', interval: 'none', pairedTest: 'none', needs: 'slices' },
]);

/**
 * Metrics named with an argument in brackets: per class (`recall[fraud]`, also written
 * `recall[class=fraud]`) and at an operating point of the score (`recall_at_precision[0.9]`: the
 * highest recall among thresholds whose precision is at least 0.9).
 */
export interface ArgumentMetricInfo extends Omit<MetricInfo, 'confusion' | 'inSliceTable'> {
  readonly argument: 'class' | 'level';
}

export const ARGUMENT_METRICS: readonly ArgumentMetricInfo[] = Object.freeze([
  ...(['precision', 'recall', 'f1'] as const).map(
    (name): ArgumentMetricInfo => ({ name, argument: 'class', tasks: CLASSIFICATION, direction: 'higher-is-better', scale: 'proportion', interval: 'wilson', pairedTest: 'bootstrap-multinomial' }),
  ),
  { name: 'support', argument: 'class', tasks: CLASSIFICATION, direction: 'higher-is-better', scale: 'unbounded', interval: 'none', pairedTest: 'none' },
  { name: 'roc_auc', argument: 'class', tasks: CLASSIFICATION, direction: 'higher-is-better', scale: 'proportion', interval: 'delong', pairedTest: 'delong', needs: 'probabilities' },
  { name: 'recall_at_precision', argument: 'level', tasks: BINARY, direction: 'higher-is-better', scale: 'proportion', interval: 'bootstrap-multinomial', pairedTest: 'bootstrap-multinomial', needs: 'score' },
  { name: 'precision_at_recall', argument: 'level', tasks: BINARY, direction: 'higher-is-better', scale: 'proportion', interval: 'bootstrap-multinomial', pairedTest: 'bootstrap-multinomial', needs: 'score' },
]);

/** The entry of a metric written with an argument (`recall` of `recall[fraud]`). */
export function argumentMetricInfo(name: string): ArgumentMetricInfo | undefined {
  return ARGUMENT_METRICS.find((m) => m.name === name);
}

const BY_NAME: ReadonlyMap<string, MetricInfo> = new Map(METRICS.map((m) => [m.name, m]));
if (BY_NAME.size !== METRICS.length) throw new Error('a metric is listed twice in the catalogue');

/** The entry of a metric; undefined for a name the catalogue does not have. */
export function metricInfo(name: string): MetricInfo | undefined {
  return BY_NAME.get(name);
}

/** The metrics computed for every row set of a task (per-slice measures excluded), in report order. */
export function metricsOf(task: Task): string[] {
  return METRICS.filter((m) => m.tasks.includes(task) && m.needs !== 'slices').map((m) => m.name);
}

/** Confusion-matrix metrics of a task, in report order. */
export function confusionMetricsOf(task: 'binary' | 'multiclass'): string[] {
  return METRICS.filter((m) => m.confusion !== undefined && m.tasks.includes(task)).map((m) => m.name);
}

/** Every metric name, optionally only those measured on one set of rows (no slice measures). */
export function metricNames(options: { slices?: boolean } = {}): string[] {
  return METRICS.filter((m) => options.slices !== false || m.needs !== 'slices').map((m) => m.name);
}

/** `recall[fraud]` → `recall`: the catalogue name of a metric, its argument aside. */
function baseName(name: string): string {
  const bracket = name.indexOf('[');
  return bracket > 0 ? name.slice(0, bracket) : name;
}

function infoOf(name: string): Pick<MetricInfo, 'direction' | 'scale'> | undefined {
  return name.includes('[') ? argumentMetricInfo(baseName(name)) : BY_NAME.get(name);
}

export function directionOf(name: string): Direction {
  return infoOf(name)?.direction ?? 'higher-is-better';
}

/** True for metrics whose differences read in percentage points. */
export function readsInPoints(name: string): boolean {
  return infoOf(name)?.scale === 'proportion';
}
