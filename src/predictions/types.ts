/**
 * Predictions prepared for the metrics: typed arrays per column, labels recoded to class codes,
 * the task decided. Shared by evaluate-model (one file) and compare-champion (two files, joined).
 */
import type { ClassLabels } from '../metrics/types.js';
import type { Task } from './task.js';

/** The column options every predictions-reading action takes (evaluate-model's inputs). */
export interface PredictionColumns {
  readonly task: Task | undefined;
  readonly labelColumn: string;
  readonly predictionColumn: string;
  readonly scoreColumn: string | undefined;
  /** A glob such as `proba_*`: per-class probability columns, the class after the prefix. */
  readonly scoreColumns: string | undefined;
  readonly positiveLabel: string | undefined;
  /** Every class label, when some may occur in neither y_true nor y_pred. */
  readonly labels: readonly string[];
  readonly sliceColumns: readonly string[];
  /** Binary: derive y_pred from the score at this threshold (score ≥ t is positive). */
  readonly threshold?: number;
}

export interface SliceColumn {
  readonly name: string;
  /** Code per row into `values`; -1 for a missing value (such rows belong to no slice). */
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

interface PreparedBase {
  readonly rows: number;
  readonly taskReason: string;
  readonly slices: readonly SliceColumn[];
}

export interface PreparedRegression extends PreparedBase {
  readonly task: 'regression';
  readonly yTrue: Float64Array;
  readonly yPred: Float64Array;
}

export interface PreparedClassification extends PreparedBase {
  readonly task: 'binary' | 'multiclass';
  /**
   * Class labels in sorted order (numeric order when all are numbers), as scikit-learn orders them;
   * fixed (ClassLabels) when the labels input listed them.
   */
  readonly labels: ClassLabels;
  readonly yTrue: Int32Array;
  readonly yPred: Int32Array;
  /** Binary: index of the positive class in `labels`, and why it was chosen. */
  readonly positive?: number;
  readonly positiveReason?: string;
  /** Binary: set when y_pred was derived from the score (score ≥ threshold), not read from the file. */
  readonly threshold?: number;
  /** Binary: the positive-class score per row. */
  readonly score?: Float64Array;
  /** Per-class probabilities in `labels` order (multiclass, or binary given as two columns). */
  readonly probabilities?: readonly Float64Array[];
}

export type PreparedPredictions = PreparedRegression | PreparedClassification;
