/**
 * The confusion matrix C of K classes: C[t·K + p] counts the rows whose true class is t and
 * predicted class is p (row-major, rows = truth, as scikit-learn's `confusion_matrix`). Every
 * metric of hard predictions (accuracy, precision, recall, F1, balanced accuracy, MCC, kappa) is
 * a function of C alone, which is what lets the bootstrap resample C instead of the rows.
 *
 * Counts are kept in a Float64Array: exact up to 2^53, and the same type the multinomial
 * bootstrap produces, so point metrics and replicates go through the same functions.
 */
import { DataError } from '../errors.js';

/**
 * Counts `yTrue` × `yPred` codes into a K×K matrix.
 * @throws DataError naming the 1-based row of a code outside [0, K) (a missing label is −1).
 */
export function confusionMatrix(yTrue: Int32Array, yPred: Int32Array, classes: number): Float64Array {
  if (yTrue.length !== yPred.length) throw new RangeError(`y_true (${yTrue.length}) and y_pred (${yPred.length}) must have one entry per row`);
  const counts = new Float64Array(classes * classes);
  for (let r = 0; r < yTrue.length; r++) {
    const t = yTrue[r];
    const p = yPred[r];
    if (!(t >= 0 && t < classes && p >= 0 && p < classes)) {
      const which = t >= 0 && t < classes ? 'y_pred' : 'y_true';
      throw new DataError(`${which} has ${(which === 'y_true' ? t : p) < 0 ? 'a missing label' : 'a label outside the label set'}`, { row: r + 1 });
    }
    counts[t * classes + p]++;
  }
  return counts;
}

/**
 * The margins every confusion-matrix metric is a function of: per class the diagonal count, the
 * support (row sum) and the predicted count (column sum); the total and the trace. Computed once
 * per matrix (and once per bootstrap replicate, into a reused buffer), so each metric is O(K).
 */
export interface ConfusionSummary {
  readonly classes: number;
  /** N, all rows. */
  total: number;
  /** trace(C), rows predicted correctly. */
  correct: number;
  /** C[k,k]. */
  readonly diagonal: Float64Array;
  /** Σ_p C[k,p]: rows whose true class is k. */
  readonly support: Float64Array;
  /** Σ_t C[t,k]: rows predicted as k. */
  readonly predicted: Float64Array;
  /**
   * Every class counts in the macro averages, also one with no row in y_true or y_pred (classes
   * listed by the user, scikit-learn's labels=); otherwise such a class is left out.
   */
  readonly allClasses: boolean;
}

/** An empty summary for K classes, to be filled by {@link summarizeConfusion}. */
export function createConfusionSummary(classes: number, allClasses = false): ConfusionSummary {
  return { classes, total: 0, correct: 0, diagonal: new Float64Array(classes), support: new Float64Array(classes), predicted: new Float64Array(classes), allClasses };
}

/** Fills `into` (default: a new summary) with the margins of the K×K `counts`. */
export function summarizeConfusion(counts: ArrayLike<number>, classes: number, into: ConfusionSummary = createConfusionSummary(classes)): ConfusionSummary {
  const { diagonal, support, predicted } = into;
  predicted.fill(0);
  let total = 0;
  let correct = 0;
  for (let t = 0; t < classes; t++) {
    let row = 0;
    for (let p = 0; p < classes; p++) {
      const c = counts[t * classes + p];
      row += c;
      predicted[p] += c;
    }
    support[t] = row;
    diagonal[t] = counts[t * classes + t];
    total += row;
    correct += diagonal[t];
  }
  into.total = total;
  into.correct = correct;
  return into;
}

/** Σ of all cells: the number of rows. */
export function totalCount(counts: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < counts.length; i++) s += counts[i];
  return s;
}

/** The matrix as nested arrays (rows = truth), for the result object. */
export function toNestedArrays(counts: ArrayLike<number>, classes: number): number[][] {
  return Array.from({ length: classes }, (_, t) => Array.from({ length: classes }, (_, p) => counts[t * classes + p]));
}
