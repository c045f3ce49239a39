/**
 * The shapes shared by the metric functions: columnar inputs (typed arrays, no per-row objects)
 * and one result per metric with its interval.
 */
import type { CalibrationResult } from './calibration.js';

/** How a metric's confidence interval was computed (named in the result object and the report). */
export type CiMethod = 'wilson' | 'delong' | 'bootstrap' | 'bootstrap-multinomial' | 'analytic';

/** One metric: its value, its confidence interval, and why either is missing. */
export interface MetricValue {
  /** null when the metric is undefined for this data (see `note`). */
  value: number | null;
  /** [lower, upper] at the requested confidence; null when intervals are off or undefined. */
  ci: [number, number] | null;
  ciMethod: CiMethod | null;
  /** A one-line explanation for a missing value or interval, or a convention applied (zero_division). */
  note?: string;
}

/** Interval settings, from the action inputs `confidence`, `bootstrap-samples`, `seed`. */
export interface IntervalOptions {
  /** Two-sided confidence level in (0, 1), e.g. 0.95. */
  confidence: number;
  /** Bootstrap replicates B (≥ 1) for the resampled intervals. */
  bootstrapSamples: number;
  /** Seed of the bootstrap's random stream (a safe integer). */
  seed: number;
  /** false: point metrics only (every `ci` null). */
  intervals: boolean;
}

export const DEFAULT_INTERVAL_OPTIONS: IntervalOptions = Object.freeze({
  confidence: 0.95,
  bootstrapSamples: 1000,
  seed: 0,
  intervals: true,
});

export type ClassificationTask = 'binary' | 'multiclass';

/**
 * Class names, `fixed` when the user listed them (the `labels` input, scikit-learn's `labels=`):
 * then every average of precision, recall and F1 runs over exactly these classes, a class that
 * occurs in neither y_true nor y_pred included (its 0/0 precision and recall count as 0, as
 * scikit-learn's default zero_division="warn" does). Otherwise the classes are those found in the
 * data, and a class absent from the rows scored (a slice, a bootstrap resample) leaves the
 * averages, as it would in scikit-learn called on those rows. The flag travels with the array
 * (prepared predictions, slices and paired files share it by reference).
 */
export type ClassLabels = readonly string[] & { readonly fixed?: true };

/** The labels as the user listed them: fixed (see {@link ClassLabels}). */
export function fixedClassLabels(labels: readonly string[]): ClassLabels {
  return Object.freeze(Object.assign([...labels], { fixed: true as const }));
}

/** True when the labels were listed by the user (see {@link ClassLabels}). */
export function labelsAreFixed(labels: readonly string[]): boolean {
  return (labels as ClassLabels).fixed === true;
}

/**
 * Predictions of a classifier, columnar. Class labels are codes into `labels`.
 *
 * - `labels`: the class names; the code of a class is its index. For a binary task, 1 or 2 names.
 *   Fixed labels ({@link ClassLabels}) keep every class in the averages.
 * - `yTrue`, `yPred`: one code per row, in [0, labels.length).
 * - `positive`: binary task only, the code of the positive class (default 1 — the second label).
 * - `score`: binary task only, the positive-class score (probability, or any ranking score for
 *   ROC AUC and average precision; log loss and Brier need probabilities in [0, 1]).
 * - `probabilities`: per-class probabilities, one Float64Array per label in `labels` order
 *   (column-major). Multiclass: needed for ROC AUC (one-vs-rest) and log loss. Binary: used for
 *   log loss when given, and its positive column stands in for a missing `score`.
 */
export interface ClassificationInput {
  labels: ClassLabels;
  yTrue: Int32Array;
  yPred: Int32Array;
  task?: ClassificationTask;
  positive?: number;
  score?: Float64Array;
  probabilities?: readonly Float64Array[];
}

export interface ClassificationResult {
  task: ClassificationTask;
  rows: number;
  metrics: Record<string, MetricValue>;
  /** Counts; rows = true label, columns = predicted label, both in `labels` order. */
  confusionMatrix: number[][];
  /** The equal-width calibration (reliability bins), when there are probabilities. */
  calibration?: CalibrationResult | null;
}

export interface RegressionResult {
  rows: number;
  metrics: Record<string, MetricValue>;
}
